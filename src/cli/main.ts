/**
 * The `signaal` command. Every command works on the campaign folder it is run in
 * (where package.json, content/ and public/ are).
 */
import { runAstro } from './astro.ts';
import { runBuild } from './build.ts';
import { runCheck, type CliResult } from './check.ts';
import { runInit } from './init.ts';
import { runNew } from './new.ts';
import { runSiteTests } from './test.ts';

const USAGE = `usage: signaal <command> [options]

  build [--strict]   build the site into dist/ (a failed build keeps the old dist/)
  dev                the site on http://localhost:4321 while you edit
  preview            serve dist/
  check [--json]     the content doctor: every problem at once, per file and line
  new <type> <name>  start a form, story, page or contact from a template
  init <folder>      write a new campaign folder that builds at once
  test               build, then check the built site keeps every promise to readers`;

function print(result: CliResult): number {
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  return result.code;
}

export async function main(argv: string[], cwd: string): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build':
      return runBuild(rest, cwd);
    case 'dev':
    case 'preview':
      return runAstro(command, rest, cwd);
    case 'check':
      return print(runCheck(rest, cwd));
    case 'new':
      return print(runNew(rest, cwd));
    case 'init':
      return print(runInit(rest, cwd));
    case 'test':
      return runSiteTests(rest, cwd);
    case undefined:
    case '--help':
    case '-h':
      return print({ code: command ? 0 : 2, stdout: USAGE, stderr: '' });
    default:
      return print({ code: 2, stdout: '', stderr: `unknown command "${command}"\n\n${USAGE}` });
  }
}
