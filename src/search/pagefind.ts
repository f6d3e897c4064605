/**
 * Runs Pagefind through its Node API at the end of the build (no separate command).
 * Pages opt in with data-pagefind-body on <main>, so header, footer, safety notice
 * and quick exit are never indexed; <html lang> gives one index per language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { walk } from '../content/files.ts';

/**
 * Pages indexed by one Pagefind process. Pagefind holds a whole index in memory while
 * it writes it (about 60 KB a page), so the languages are indexed a few at a time, each
 * pass in a fresh process, keeping it near 50 MB next to the build's own memory
 * (docs/benchmarks.md); a language is never split. The default campaign is one pass.
 */
export const PAGES_PER_PASS = 700;

/** `prefixes` are the folders of the other locales; the default locale has none. */
export async function buildSearchIndex(outDir: string, prefixes: string[], pagesPerPass = PAGES_PER_PASS): Promise<{ pages: number }> {
  const outputPath = `${outDir}pagefind`;
  let pages = 0;
  let entry: Record<string, unknown> | undefined;
  const languages: Record<string, unknown> = {};
  for (const glob of indexPasses(outDir, prefixes, pagesPerPass)) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
    try {
      const added = await index.addDirectory({ path: outDir, glob });
      if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
      if (!added.page_count) continue;
      pages += added.page_count;
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close(); // ends the process, and its memory, before the next pass
    }
    // Each pass writes its own languages' files and an entry file naming only those.
    entry = JSON.parse(readFileSync(`${outputPath}/pagefind-entry.json`, 'utf8')) as Record<string, unknown>;
    Object.assign(languages, entry.languages);
  }
  if (entry) {
    // The entry file Pagefind writes for all languages at once (languages sorted by code).
    const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(`${outputPath}/pagefind-entry.json`, JSON.stringify({ ...entry, languages: sorted }));
  }
  return { pages };
}

/**
 * The globs of the passes: locales in order, packed while they fit in `pagesPerPass`.
 * A locale is its folder; the default locale is the pages at the top level and every
 * top-level folder that is not a locale's (nor Pagefind's or Astro's assets). Folder
 * names are slugs and route names, so they need no escaping in a glob.
 * A locale without a single data-pagefind-body page (only fallback copies, say) is left
 * out: on its own, Pagefind would index its pages whole, header and footer included,
 * where one pass over the whole site skips them.
 */
export function indexPasses(outDir: string, prefixes: string[], pagesPerPass = PAGES_PER_PASS): string[] {
  const skip = new Set([...prefixes, 'pagefind', '_astro']);
  const home = { globs: new Set<string>(), files: [] as string[] };
  const others = new Map(prefixes.map((p) => [p, { globs: new Set([`${p}/**/*.html`]), files: [] as string[] }]));
  for (const file of walk(outDir)) {
    if (!file.endsWith('.html')) continue;
    const slash = file.indexOf('/');
    const top = slash < 0 ? '' : file.slice(0, slash);
    const locale = others.get(top);
    if (locale) locale.files.push(file);
    else if (!skip.has(top)) {
      home.globs.add(top ? `${top}/**/*.html` : '*.html');
      home.files.push(file);
    }
  }
  const searchable = (files: string[]) => files.some((f) => readFileSync(`${outDir}${f}`, 'utf8').includes('data-pagefind-body'));
  const passes: { globs: string[]; pages: number }[] = [];
  for (const { globs, files } of [home, ...others.values()]) {
    if (!searchable(files)) continue;
    const last = passes.at(-1);
    if (last && last.pages + files.length <= pagesPerPass) {
      last.globs.push(...globs);
      last.pages += files.length;
    } else passes.push({ globs: [...globs], pages: files.length });
  }
  return passes.map(({ globs }) => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`));
}
