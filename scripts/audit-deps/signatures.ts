import { spawn } from 'node:child_process';

/** What `npm audit signatures` found: verified, a problem, or not run because the registry is out of reach. */
export type SignatureOutcome =
  | { kind: 'verified'; summary: string }
  | { kind: 'failed'; summary: string }
  | { kind: 'unreachable'; summary: string };

const NETWORK =
  /ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|network|socket hang up|request to \S+ failed/i;

/**
 * Classifies the output of `npm audit signatures`: exit 0 is verified; invalid or missing signatures
 * are a failure; network errors mean the registry is unreachable; anything else fails with npm's line.
 */
export function classifySignatures(exitCode: number | null, output: string): SignatureOutcome {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const summary = lines.find((l) => /verified|signature/i.test(l)) ?? lines[0] ?? '(no output)';
  if (exitCode === 0) return { kind: 'verified', summary };
  if (/invalid|missing/i.test(output) && /signature|attestation/i.test(output))
    return { kind: 'failed', summary };
  if (NETWORK.test(output)) {
    return { kind: 'unreachable', summary: lines.find((l) => NETWORK.test(l)) ?? summary };
  }
  return { kind: 'failed', summary: `npm audit signatures exited ${exitCode}: ${lines[0] ?? '(no output)'}` };
}

/**
 * Runs `npm audit signatures` in `cwd`, giving up after `timeoutMs` (then the registry counts as
 * unreachable: npm retries for minutes before it reports a network error).
 */
export async function runSignatureAudit(cwd: string, timeoutMs: number): Promise<SignatureOutcome> {
  return await new Promise((resolve) => {
    const child = spawn('npm', ['audit', 'signatures'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      resolve({
        kind: 'unreachable',
        summary: `the registry did not answer within ${Math.round(timeoutMs / 1000)} s`,
      });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ kind: 'unreachable', summary: `could not start npm: ${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(classifySignatures(code, output));
    });
  });
}
