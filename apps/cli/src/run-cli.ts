import { Command } from 'commander';
import type { CliContext } from './cli-context';
import { cliContext, withCliContext } from './cli-context';
import { errorToLine, exitCodeOf } from './cli-error';
import { registerCommands } from './commands/index';

/** The `waymark` program with every command, writing through the run's context. */
function buildProgram(): Command {
  const program = new Command('waymark')
    .description('Waymark: customer journey maps and the evidence behind them')
    .option(
      '--data <dir>',
      'data directory (default: $WAYMARK_DATA, else ./.waymark); DATABASE_URL selects PostgreSQL',
    )
    .configureOutput({
      writeOut: (text) => void cliContext().stdout.write(text),
      writeErr: (text) => void cliContext().stderr.write(text),
      getOutHelpWidth: () => cliContext().stdout.columns ?? 80,
      getErrHelpWidth: () => cliContext().stderr.columns ?? 80,
    })
    .exitOverride();
  registerCommands(program);
  return program;
}

/**
 * Runs one `waymark` command line (`argv` without node and the script, e.g. `['list', '--json']`)
 * and resolves with its exit code: 0, 1 for a failure, 2 for a usage error. Output goes to the
 * context's streams (default: the process's); a failure prints one `error:` line on stderr, never a
 * stack trace. `bin/waymark.js` runs it on `process.argv`; tests run it in-process with collecting
 * streams and stores opened once (see `testing/cli-harness.ts`). A fresh program is built per call.
 */
export async function runCli(argv: readonly string[], context: Partial<CliContext> = {}): Promise<number> {
  const full: CliContext = { ...cliContext(), ...context };
  return withCliContext(full, async () => {
    try {
      await buildProgram().parseAsync([...argv], { from: 'user' });
      return 0;
    } catch (error) {
      // Commander already printed its own usage errors, help and version on the right stream.
      const printed =
        error instanceof Error && 'code' in error && String(error.code).startsWith('commander.');
      if (!printed) full.stderr.write(`error: ${errorToLine(error)}\n`);
      return exitCodeOf(error);
    }
  });
}
