import { cliContext } from './cli-context';

/**
 * Output helpers: machine-readable JSON for `--json`, and text made safe for a terminal. They write to
 * the run's streams (`cliContext()`: the process's, or a `runCli` caller's).
 */

/**
 * Makes a closed stdout or stderr (`waymark ... --json | head`) end the output quietly: the first
 * EPIPE turns further writes to that stream into no-ops, and the command finishes its work and
 * cleanup as usual (an import still completes or rolls back) with its own exit code, instead of dying
 * on an unhandled 'error' event with a stack trace. Call once, before anything is printed.
 */
export function quietOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stream.write = (() => true) as typeof stream.write;
    });
  }
}

/** Prints a value as pretty JSON on stdout, with a trailing newline. */
export function printJson(value: unknown): void {
  cliContext().stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints lines on stdout. */
export function printLines(...lines: string[]): void {
  if (lines.length) cliContext().stdout.write(`${lines.join('\n')}\n`);
}

/** Prints lines on stderr (details before a failure's one `error:` line). */
export function printErrorLines(...lines: string[]): void {
  if (lines.length) cliContext().stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Replaces control characters (escape sequences, carriage returns, C1 controls) in user text with
 * U+FFFD so map content cannot drive the terminal. Keeps newlines and tabs become spaces.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/** Width available for tables: the terminal's, else `COLUMNS`, else 120. */
export function terminalWidth(): number {
  const fromEnv = Number(process.env.COLUMNS);
  return cliContext().stdout.columns || (Number.isInteger(fromEnv) && fromEnv > 20 ? fromEnv : 120);
}
