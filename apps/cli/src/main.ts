import { quietOnClosedOutput } from './output';
import { runCli } from './run-cli';

quietOnClosedOutput();

process.exitCode = await runCli(process.argv.slice(2));
