/** Reads the built site: every HTML page with its parsed document. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContext } from '../../src/integration/context.ts';
import { localeOfPath as localeOfPathIn } from '../../src/routing/paths.ts';
import { DIST, ROOT } from './paths.ts';

const { campaign: loaded, strings } = loadContext(ROOT);
export const campaign = loaded;

export interface BuiltPage {
  /** Path relative to dist, e.g. "en/forms/stalking/index.html". */
  file: string;
  /** URL path relative to the base, e.g. "en/forms/stalking/". */
  path: string;
  doc: HTMLElement;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

let cache: BuiltPage[] | undefined;
export function builtPages(): BuiltPage[] {
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((abs) => {
      const file = relative(DIST, abs);
      const html = readFileSync(abs, 'utf8');
      return { file, path: file.replace(/index\.html$/, ''), doc: parse(html), html };
    });
  return cache;
}

export const localeOfPath = (path: string) => localeOfPathIn({ defaultLocale: campaign.defaultLocale, strings }, path);
