/**
 * The campaign under test and its built site, for the promise checks
 * (src/testing/checks/) and the engine's own tests. The campaign is the folder in
 * SIGNAAL_PROJECT (set by `signaal test`), else the current folder; its site is dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContext } from '../integration/context.ts';
import { readRoutes } from '../data/load-site.ts';
import { format, type UiKey } from '../i18n/ui.ts';
import { localeOfPath as localeOfPathIn } from '../routing/paths.ts';

export const PROJECT = resolve(process.env.SIGNAAL_PROJECT ?? process.cwd());
export const DIST = `${PROJECT}/dist`;

const context = loadContext(PROJECT, () => {});
export const campaign = context.campaign;
export const strings = context.strings;
export const ctx = { defaultLocale: campaign.defaultLocale, strings };
/** The route table the pages were built from. */
export const routes = readRoutes(context);

export const t = (key: UiKey, locale = campaign.defaultLocale, values?: Record<string, string>) => format(strings[locale][key], values);
export const localeOfPath = (path: string) => localeOfPathIn(ctx, path);
export const isNotFound = (p: { file: string }) => /(^|\/)404\.html$/.test(p.file);
/** The locale a built page is in (a 404 page by its file, others by their path). */
export const localeOfPage = (p: BuiltPage) => (isNotFound(p) ? localeOfPath(p.file) : localeOfPath(p.path));

export interface BuiltPage {
  /** Path relative to dist, e.g. "en/forms/stalking/index.html". */
  file: string;
  /** URL path relative to the base, e.g. "en/forms/stalking/". */
  path: string;
  doc: HTMLElement;
  html: string;
}

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

let cache: BuiltPage[] | undefined;
export function builtPages(): BuiltPage[] {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST} holds no built site: run \`signaal build\` first`);
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((abs) => {
      const file = relative(DIST, abs);
      const html = readFileSync(abs, 'utf8');
      return { file, path: file.replace(/index\.html$/, ''), doc: parse(html), html };
    });
  return cache;
}
