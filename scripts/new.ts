/** npm run new — see src/cli/new.ts. */
import { runNew } from '../src/cli/new.ts';

const result = runNew(process.argv.slice(2), process.cwd());
if (result.stdout) process.stdout.write(`${result.stdout}\n`);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
process.exitCode = result.code;
