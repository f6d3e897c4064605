/**
 * A throw-away copy of the engine with a small campaign (tests/fixtures/minimal),
 * changed by a test to contain one kind of bad input, then built.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { astroBuild } from './build.ts';
import { ROOT } from './paths.ts';

export interface Fixture {
  dir: string;
  write(file: string, text: string): void;
  edit(file: string, change: (text: string) => string): void;
  remove(file: string): void;
  build(args?: string[], env?: Record<string, string>): { status: number | null; output: string };
  dispose(): void;
}

export function fixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-fixture-'));
  cpSync(`${ROOT}/tests/fixtures/minimal`, dir, { recursive: true });
  cpSync(`${ROOT}/src`, `${dir}/src`, { recursive: true });
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(`${ROOT}/${f}`, `${dir}/${f}`);
  symlinkSync(`${ROOT}/node_modules`, `${dir}/node_modules`, 'dir');
  if (!existsSync(`${dir}/public`)) mkdirSync(`${dir}/public`);
  return {
    dir,
    write(file, text) {
      mkdirSync(dirname(`${dir}/${file}`), { recursive: true });
      writeFileSync(`${dir}/${file}`, text);
    },
    edit(file, change) {
      writeFileSync(`${dir}/${file}`, change(readFileSync(`${dir}/${file}`, 'utf8')));
    },
    remove(file) {
      rmSync(`${dir}/${file}`, { recursive: true });
    },
    build: (args, env) => astroBuild(dir, args, env),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
