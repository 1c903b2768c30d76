import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from './spawn-cli';

/**
 * Smoke tests of the real binary (`node apps/cli/bin/waymark.js`, spawned): the process entry, exit
 * codes, the streams and what only the environment decides (DATABASE_URL, the data directory). The
 * commands themselves are tested in-process (`runCli`, `testing/cli-harness.ts`).
 */

let dir = '';
const SLOW = 120_000;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-bin-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the waymark binary', () => {
  it('prints help on stdout and exits 0; a usage error exits 2 with one line', async () => {
    const help = await spawnCli(['--help'], join(dir, 'data'), dir);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: waymark \[options\] \[command\]/);
    // The figures panel's empty state names this command (apps/web FiguresEmpty.tsx).
    const events = await spawnCli(['events', 'import', '--help'], join(dir, 'data'), dir);
    expect(events.code).toBe(0);
    expect(events.stdout).toMatch(/^Usage: waymark events import \[options\] <file>/);
    const usage = await spawnCli(['analyze', 'dfg', '--events', 'x.csv', '--to', 'soon'], dir, dir);
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toBe(
      'error: --to: expected a date like 2024-01-31 or a date-time like 2024-01-31T12:00:00Z, got "soon"\n',
    );
    const unknown = await spawnCli(['frobnicate'], join(dir, 'data'), dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("error: unknown command 'frobnicate'\n");
  });

  it(
    'creates and lists a map in a data directory of its own',
    async () => {
      const data = join(dir, 'own');
      const created = await spawnCli(['new', '--template', 'purchase', '--title', 'Smoke'], data, dir);
      expect(created).toMatchObject({ code: 0, stderr: '' });
      const id = created.stdout.trim();
      const listed = await spawnCli(['list', '--json'], data, dir);
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id, title: 'Smoke' })]);
    },
    SLOW,
  );

  it('names a data directory that is a file, and a DATABASE_URL it cannot use, in one line', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    const blocked = await spawnCli(['list'], join(dir, 'a-file'), dir);
    expect(blocked).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: ${join(dir, 'a-file')}: expected a directory, but a file is in the way\n`,
    });
    const badUrl = await spawnCli(['list'], join(dir, 'data'), dir, { DATABASE_URL: 'mysql://x' });
    expect(badUrl).toMatchObject({
      code: 1,
      stderr: 'error: DATABASE_URL: expected a URL like postgres://user:password@host:5432/database\n',
    });
  });
});
