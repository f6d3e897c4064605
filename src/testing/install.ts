/** Copies of a campaign that build with the same engine: for rebuild and upgrade checks. */
import { cpSync, existsSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The engine package's own folder (where bin/, src/ and package.json are). */
export const ENGINE = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** The campaign's own files: what a copy of it needs to build the same site. */
export const CAMPAIGN_FILES = ['content', 'public', 'package.json', 'astro.config.mjs'];

/**
 * node_modules in `dir` as installing the engine package gives it: the engine's own
 * files (what `npm pack` ships) in node_modules/signaal, every other package linked
 * from `modules`.
 */
export function installEngine(dir: string, modules: string, engine = ENGINE) {
  mkdirSync(`${dir}/node_modules/signaal`, { recursive: true });
  mkdirSync(`${dir}/node_modules/.bin`);
  for (const name of readdirSync(modules)) if (name !== 'signaal' && name !== '.bin') symlinkSync(`${modules}/${name}`, `${dir}/node_modules/${name}`);
  // The commands, as npm links them: the packages' own and `signaal`, so npm scripts find them.
  if (existsSync(`${modules}/.bin`))
    for (const name of readdirSync(`${modules}/.bin`))
      if (name !== 'signaal') symlinkSync(readlinkSync(`${modules}/.bin/${name}`), `${dir}/node_modules/.bin/${name}`);
  symlinkSync('../signaal/bin/signaal.mjs', `${dir}/node_modules/.bin/signaal`);
  for (const f of ['package.json', 'bin', 'src']) cpSync(`${engine}/${f}`, `${dir}/node_modules/signaal/${f}`, { recursive: true });
}

/** The node_modules folder a campaign's packages come from: its own, or the nearest above it, as Node looks. */
export function nodeModulesOf(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules', 'astro'))) return join(d, 'node_modules');
    if (dirname(d) === d) throw new Error(`${dir}: no node_modules folder here or above; run npm install first`);
  }
}
