import type { Command } from 'commander';
import { parseLocale } from '../arguments';
import { printJson, printLines, terminalWidth } from '../output';
import { renderTable } from '../text/table';

/** `waymark templates [--locale L]`: the built-in map templates. Needs no data directory. */
export function registerTemplates(program: Command): void {
  program
    .command('templates')
    .description('list the built-in map templates')
    .option('--locale <locale>', 'language of names: en, th, zh-TW, vi, fa', 'en')
    .option('--json', 'print JSON')
    .action(async (options: { locale: string; json?: boolean }) => {
      const { listTemplates } = await import('@waymark/domain');
      const templates = listTemplates(parseLocale(options.locale));
      if (options.json) return printJson(templates);
      printLines(
        renderTable(
          ['Template', 'Name', 'Kind', 'Stages'],
          templates.map((t) => [t.id, t.name, `${t.mapType} / ${t.journeyKind}`, t.stageNames.join(' → ')]),
          { maxWidth: terminalWidth() },
        ),
      );
    });
}
