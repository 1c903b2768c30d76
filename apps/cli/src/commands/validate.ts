import { basename } from 'node:path';
import type { Command } from 'commander';
import { errorToLine } from '../cli-error';
import { readDocumentFile } from '../documents';
import { printJson, printLines } from '../output';

/** `waymark validate FILE`: checks a .json or .xlsx document without touching the store. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a .json or .xlsx map file; prints "ok" or the first problem')
    .argument('<file>', 'the .json or .xlsx file')
    .option('--json', 'print the result as JSON (the error still goes to stderr)')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        const { journey, personas } = await readDocumentFile(file);
        if (!options.json) return printLines('ok');
        printJson({
          ok: true,
          file: basename(file),
          id: journey.id,
          title: journey.title,
          stages: journey.stages.length,
          lanes: journey.lanes.length,
          items: journey.items.length,
          personas: personas.length,
        });
      } catch (error) {
        if (options.json) printJson({ ok: false, file: basename(file), error: errorToLine(error) });
        throw error;
      }
    });
}
