import { Command } from 'commander';
import { registerCommands } from './commands/index';

const program = new Command('waymark').description('Waymark: customer journey maps and the evidence behind them');
registerCommands(program);
await program.parseAsync(process.argv);
