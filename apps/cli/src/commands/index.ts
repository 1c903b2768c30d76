import type { Command } from 'commander';

/** Every command module registers its commands on the root program here. */
export function registerCommands(_program: Command): void {}
