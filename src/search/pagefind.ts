/**
 * The search index, built while the pages render: the integration hands every page
 * Astro renders to a SearchIndexer (src/integration/search.ts). As soon as the last
 * page of a language has rendered, Pagefind indexes that language on the second core
 * while Astro renders the next one on the first, instead of reading every page again
 * after the build. Pages opt in with data-pagefind-body on <main>, so header, footer,
 * safety notice and quick exit are never indexed; <html lang> names the language.
 *
 * One Pagefind process per language, one language at a time: Pagefind holds a
 * language's whole index in memory until it is written (about 0.2 GB for 2,000
 * pages), and only ending its process gives that memory back (docs/benchmarks.md).
 * A language's pages are indexed sorted by file, so the index does not depend on the
 * order in which they rendered.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

/**
 * What Pagefind reads of a page: its <html> tag (the language) and its
 * <main data-pagefind-body> (src/layouts/Base.astro), the only part it indexes anyway;
 * undefined for a page without one. Pagefind parses a third of the bytes, and the
 * index is the same (tests/site/search-index.test.ts).
 */
export function searchDocument(html: string): string | undefined {
  const main = /<main\b[^>]*\bdata-pagefind-body\b/.exec(html);
  const close = '</main>';
  const end = html.lastIndexOf(close);
  const root = /<html\b[^>]*>/.exec(html);
  if (!main || !root || end < main.index) return undefined;
  return `<!DOCTYPE html>${root[0]}<body>${html.slice(main.index, end + close.length)}</body></html>`;
}

interface Language {
  /** Pages the build will render in this language (searchable or not). */
  expected: number;
  received: number;
  pages: { sourcePath: string; content: string }[];
  queued: boolean;
}

export class SearchIndexer {
  readonly #outputPath: string;
  readonly #languages = new Map<string, Language>();
  #pages = 0;
  #entry: Record<string, unknown> | undefined;
  readonly #entries: Record<string, unknown> = {};
  // Languages are indexed one after the other, each in its own Pagefind process.
  #queue: Promise<void> = Promise.resolve();

  /** `expected`: how many pages of each language (a locale code) the build will render. */
  constructor(outDir: string, expected: Map<string, number>) {
    this.#outputPath = `${outDir}pagefind`;
    for (const [code, count] of expected) this.#languages.set(code, { expected: count, received: 0, pages: [], queued: false });
  }

  /**
   * One rendered page of `language`: its HTML, or undefined for a page that is not HTML.
   * `sourcePath` is its file in the output folder, from which Pagefind makes its URL.
   * A page without <main data-pagefind-body> is left out, as Pagefind leaves it out of
   * a site that has such pages; a language without any gets no index at all.
   */
  add(language: string, sourcePath: string, html: string | undefined): void {
    const lang = this.#languages.get(language);
    if (!lang) throw new Error(`Search index: ${sourcePath} is in a language the build did not announce ("${language}")`);
    if (lang.queued) throw new Error(`Search index: ${sourcePath} came after the pages of its language were indexed`);
    lang.received++;
    const content = html === undefined ? undefined : searchDocument(html);
    if (content) lang.pages.push({ sourcePath, content });
    if (lang.received === lang.expected) this.#enqueue(lang);
  }

  /** After the last page: indexes what is left and writes the entry file of all languages. */
  async finish(): Promise<{ pages: number }> {
    for (const lang of this.#languages.values()) if (!lang.queued) this.#enqueue(lang);
    await this.#queue;
    if (this.#entry) {
      // The entry file Pagefind writes for all languages at once (languages sorted by code).
      const languages = Object.fromEntries(Object.entries(this.#entries).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(`${this.#outputPath}/pagefind-entry.json`, JSON.stringify({ ...this.#entry, languages }));
    }
    return { pages: this.#pages };
  }

  /** After a failed build: ends a Pagefind process that may still run. */
  async abort(): Promise<void> {
    await this.#queue.catch(() => {});
    await pagefind.close();
  }

  #enqueue(lang: Language) {
    lang.queued = true;
    this.#queue = this.#queue.then(() => this.#index(lang));
    this.#queue.catch(() => {}); // reported by finish(), not as an unhandled rejection meanwhile
  }

  async #index(lang: Language) {
    const pages = lang.pages.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
    lang.pages = [];
    if (!pages.length) return;
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
    try {
      // All pages at once: Pagefind reads them in the order sent.
      for (const added of await Promise.all(pages.map((page) => index.addHTMLFile(page)))) {
        if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
      }
      this.#pages += pages.length;
      const written = await index.writeFiles({ outputPath: this.#outputPath });
      if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close(); // ends the process, and its memory, before the next language
    }
    // Each language writes an entry file naming only itself.
    this.#entry = JSON.parse(readFileSync(`${this.#outputPath}/pagefind-entry.json`, 'utf8')) as Record<string, unknown>;
    Object.assign(this.#entries, this.#entry.languages);
  }
}
