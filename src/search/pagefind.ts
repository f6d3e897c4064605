/**
 * Runs Pagefind through its Node API at the end of the build (no separate command).
 * Pages opt in with data-pagefind-body on <main>, so header, footer, safety notice
 * and quick exit are never indexed; <html lang> gives one index per language.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

/**
 * One language at a time: Pagefind holds a whole index in memory while it writes it,
 * so indexing the languages one after the other (each in a fresh Pagefind process)
 * needs a sixth of the memory of indexing them together, for the same files.
 * `prefixes` are the folders of the other locales; the default locale has none.
 */
export async function buildSearchIndex(outDir: string, prefixes: string[]): Promise<{ pages: number }> {
  const outputPath = `${outDir}pagefind`;
  let pages = 0;
  let entry: Record<string, unknown> | undefined;
  const languages: Record<string, unknown> = {};
  for (const glob of localeGlobs(outDir, prefixes)) {
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
      await pagefind.close(); // frees the process and its memory before the next language
    }
    // Each pass writes its own languages' files and an entry file naming only those.
    entry = JSON.parse(readFileSync(`${outputPath}/pagefind-entry.json`, 'utf8')) as Record<string, unknown>;
    Object.assign(languages, entry.languages);
  }
  if (entry) {
    // The same entry file Pagefind writes for all languages at once (languages sorted by code).
    const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(`${outputPath}/pagefind-entry.json`, JSON.stringify({ ...entry, languages: sorted }));
  }
  return { pages };
}

/**
 * A glob per locale: each other locale's folder, and for the default locale the pages
 * at the top level and every top-level folder that is not a locale's (or Pagefind's,
 * or Astro's assets). Folder names are slugs and route names, so they need no escaping.
 */
export function localeGlobs(outDir: string, prefixes: string[]): string[] {
  const skip = new Set([...prefixes, 'pagefind', '_astro']);
  const folders = readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !skip.has(e.name))
    .map((e) => `${e.name}/**/*.html`)
    .sort();
  return [`{${['*.html', ...folders].join(',')}}`, ...prefixes.map((p) => `${p}/**/*.html`)];
}
