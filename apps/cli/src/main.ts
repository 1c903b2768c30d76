import { Command } from 'commander';
import { errorToLine, exitCodeOf } from './cli-error';
import { registerCommands } from './commands/index';
import { quietOnClosedOutput } from './output';

quietOnClosedOutput();

const program = new Command('waymark')
  .description('Waymark: customer journey maps and the evidence behind them')
  .option(
    '--data <dir>',
    'data directory (default: $WAYMARK_DATA, else ./.waymark); DATABASE_URL selects PostgreSQL',
  )
  .exitOverride();
registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = exitCodeOf(error);
  // Commander already printed its own usage errors, help and version on the right stream.
  const printed = error instanceof Error && 'code' in error && String(error.code).startsWith('commander.');
  if (!printed) process.stderr.write(`error: ${errorToLine(error)}\n`);
  process.exitCode = code;
}
