/**
 * `npm run check`: the content doctor on the command line.
 *   --json            a machine-readable report on stdout
 *   --translations    list the pages per language that are outdated, untranslated or falling back
 *   --today YYYY-MM-DD  measure contact dates against another day
 *   --root <folder>   check another campaign folder than the current one
 * Exit code 1 when there are errors, 0 with warnings only, 2 when the command is wrong.
 */
import { resolve } from 'node:path';
import { runDoctor } from '../editor/doctor/index.ts';
import { formatJson, formatReport } from '../editor/doctor/format.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run check [-- --json] [--translations] [--today YYYY-MM-DD] [--root <folder>]';

export function runCheck(argv: string[], cwd: string): CliResult {
  let json = false;
  let list = false;
  let today: string | undefined;
  let root = cwd;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--translations') list = true;
    else if (a === '--today' && /^\d{4}-\d{2}-\d{2}$/.test(argv[i + 1] ?? '')) today = argv[++i];
    else if (a === '--root' && argv[i + 1]) root = resolve(cwd, argv[++i]);
    else if (a === '--help' || a === '-h') return { code: 0, stdout: USAGE, stderr: '' };
    else return { code: 2, stdout: '', stderr: `unknown option "${a}"\n${USAGE}` };
  }
  const report = runDoctor(root, { today });
  return {
    code: report.errors ? 1 : 0,
    stdout: json ? formatJson(report) : formatReport(report, { listTranslations: list }),
    stderr: '',
  };
}
