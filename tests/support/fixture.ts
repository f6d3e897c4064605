/**
 * A throw-away campaign folder (by default tests/fixtures/minimal) that uses the
 * engine of this repository, changed by a test to contain one kind of bad input or
 * one configuration, then built. Like a campaign of a municipality, it holds only
 * content/, public/, package.json and astro.config.mjs: no engine files.
 */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** The astro.config.mjs of a campaign, as `signaal init` writes it. */
export const CAMPAIGN_CONFIG = `import { defineConfig } from 'astro/config';\nimport signaal from 'signaal';\n\nexport default defineConfig({ integrations: [signaal()] });\n`;

/**
 * node_modules as an install of the engine package gives it: this repository's engine
 * files (as `npm pack` would ship them) in node_modules/signaal, every other package
 * linked from this repository's node_modules.
 */
export function installEngine(dir: string) {
  mkdirSync(`${dir}/node_modules/signaal`, { recursive: true });
  for (const name of readdirSync(`${ROOT}/node_modules`)) {
    if (name !== 'signaal') symlinkSync(`${ROOT}/node_modules/${name}`, `${dir}/node_modules/${name}`);
  }
  for (const f of ['package.json', 'bin', 'src']) cpSync(`${ROOT}/${f}`, `${dir}/node_modules/signaal/${f}`, { recursive: true });
}

export function fixture(from = `${ROOT}/tests/fixtures/minimal`): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-fixture-'));
  cpSync(from, dir, { recursive: true });
  if (!existsSync(`${dir}/astro.config.mjs`)) writeFileSync(`${dir}/astro.config.mjs`, CAMPAIGN_CONFIG);
  if (!existsSync(`${dir}/package.json`)) writeFileSync(`${dir}/package.json`, '{ "name": "fixture", "private": true, "type": "module" }\n');
  installEngine(dir);
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
