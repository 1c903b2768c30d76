import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

/** What the benchmark ran on, for results.md. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  duckdb: string;
  os: string;
  date: string;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  try {
    const match = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match?.[1]) return `${match[1]}, Linux ${readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim()}`;
  } catch {
    // Fall through.
  }
  return process.platform;
}

/** Describes the machine: CPU model (/proc/cpuinfo), usable cores, memory, Node and DuckDB versions, date. */
export async function describeMachine(): Promise<Machine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll('SELECT library_version, source_id FROM pragma_version()');
  const [version, source] = reader.getRows()[0] ?? [];
  connection.closeSync();
  instance.closeSync();
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    duckdb: `${String(version)} (${String(source)})`,
    os: osName(),
    date: new Date().toISOString(),
  };
}
