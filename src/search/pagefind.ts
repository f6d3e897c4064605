/**
 * Runs Pagefind through its Node API at the end of the build (no separate command).
 * Pages opt in with data-pagefind-body on <main>, so header, footer, safety notice
 * and quick exit are never indexed; <html lang> gives one index per language.
 */
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
    if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
