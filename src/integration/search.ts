/**
 * Astro's prerenderer, wrapped so that every page it renders also goes to the search
 * index (src/search/pagefind.ts) while the next page renders. The pages are put in
 * language order, so Pagefind needs one language in memory at a time.
 */
import type { AstroPrerenderer } from 'astro';
import { localeOfPath, type PathContext } from '../routing/paths.ts';
import { SearchIndexer } from '../search/pagefind.ts';

export interface SearchOptions {
  /** The output folder, ending with '/'. */
  outDir: string;
  /** The site's base path, ending with '/'. */
  base: string;
  /** The campaign's locales, in order, and where their pages live (src/routing/paths.ts). */
  locales: string[];
  ctx: PathContext;
}

/** A page's path relative to the site's base: 'en/forms/stalking/'. */
const relativePath = (pathname: string, base: string) => (pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));

export function indexingPrerenderer(inner: AstroPrerenderer, { outDir, base, locales, ctx }: SearchOptions): AstroPrerenderer {
  const rank = new Map(locales.map((code, i) => [code, i]));
  const decoder = new TextDecoder();
  let indexer: SearchIndexer | undefined;
  let failed = false;
  return {
    name: `${inner.name}+signaal-search`,
    setup: inner.setup && (() => inner.setup!()),
    collectStaticImages: inner.collectStaticImages && (() => inner.collectStaticImages!()),
    async getStaticPaths() {
      const paths = (await inner.getStaticPaths()).map((p) => ({ p, language: localeOfPath(ctx, relativePath(p.pathname, '/')) }));
      // A stable sort: within a language, Astro's order stays.
      paths.sort((a, b) => rank.get(a.language)! - rank.get(b.language)!);
      const counts = new Map<string, number>();
      for (const { language } of paths) counts.set(language, (counts.get(language) ?? 0) + 1);
      indexer = new SearchIndexer(outDir, counts);
      return paths.map(({ p }) => p);
    },
    async render(request, options) {
      const result = await inner.render(request, options).catch((error: unknown) => {
        failed = true;
        throw error;
      });
      const response = result instanceof Response ? result : result.response;
      const path = relativePath(decodeURI(new URL(request.url).pathname), base);
      const language = localeOfPath(ctx, path);
      const page = path === '' || path.endsWith('/');
      if (response.status !== 200 || !page || !response.headers.get('content-type')?.startsWith('text/html')) {
        indexer!.add(language, path, undefined);
        return result;
      }
      const body = await response.arrayBuffer();
      indexer!.add(language, `${path}index.html`, decoder.decode(body));
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    async teardown() {
      await inner.teardown?.();
      // Astro tears down after a failed render too: then the Pagefind process only ends.
      if (failed) await indexer?.abort();
      else await indexer?.finish();
    },
  };
}
