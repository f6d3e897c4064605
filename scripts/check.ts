/** npm run check — see src/cli/check.ts. */
import { runCheck } from '../src/cli/check.ts';

const result = runCheck(process.argv.slice(2), process.cwd());
if (result.stdout) process.stdout.write(`${result.stdout}\n`);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
process.exitCode = result.code;
