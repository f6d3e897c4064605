/**
 * A throw-away campaign folder (by default tests/fixtures/minimal) that uses the
 * engine of this repository, changed by a test to contain one kind of bad input or
 * one configuration, then built. Like a campaign of a municipality, it holds only
 * content/, public/, package.json and astro.config.mjs: no engine files.
 */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { astroBuild } from './build.ts';
import { ROOT } from './paths.ts';
import { installEngine } from '../../src/testing/install.ts';

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

/** The package.json of a campaign, as `signaal init` writes it (without the dependency: installEngine puts the engine in place). */
export const CAMPAIGN_PACKAGE = {
  name: 'fixture',
  private: true,
  type: 'module',
  scripts: { dev: 'signaal dev', build: 'signaal build', check: 'signaal check', new: 'signaal new', test: 'signaal test' },
};

export function fixture(from = `${ROOT}/tests/fixtures/minimal`): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-fixture-'));
  cpSync(from, dir, { recursive: true });
  if (!existsSync(`${dir}/astro.config.mjs`)) writeFileSync(`${dir}/astro.config.mjs`, CAMPAIGN_CONFIG);
  if (!existsSync(`${dir}/package.json`)) writeFileSync(`${dir}/package.json`, `${JSON.stringify(CAMPAIGN_PACKAGE, null, 2)}\n`);
  installEngine(dir, `${ROOT}/node_modules`, ROOT);
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
