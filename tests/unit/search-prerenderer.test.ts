/** The wrapped prerenderer: pages in language order, each page's HTML passed on unchanged. */
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { indexingPrerenderer } from '../../src/integration/search.ts';

// Only which locales exist matters for where their pages live.
const ctx = (...codes: string[]) => ({ defaultLocale: codes[0], strings: Object.fromEntries(codes.map((c) => [c, {}])) }) as never;

function fakePrerenderer(paths: string[]): AstroPrerenderer & { tornDown: boolean } {
  return {
    name: 'fake',
    tornDown: false,
    getStaticPaths: async () => paths.map((pathname) => ({ pathname, route: {} as never })),
    render: async (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('.txt')) return new Response('User-agent: *', { headers: { 'content-type': 'text/plain' } });
      return new Response(`<html lang="x"><body><main>${path}</main></body></html>`, { headers: { 'content-type': 'text/html' } });
    },
    async teardown() {
      this.tornDown = true;
    },
  };
}

describe('indexing prerenderer', () => {
  it('renders the pages language by language, keeping Astro’s order within a language', async () => {
    const inner = fakePrerenderer(['/', '/en/', '/vormen/', '/en/forms/', '/ar/', '/robots.txt', '/ar/forms/']);
    const outer = indexingPrerenderer(inner, { outDir: '/nonexistent/', base: '/campagne/', locales: ['nl', 'en', 'ar'], ctx: ctx('nl', 'en', 'ar') });
    const paths = (await outer.getStaticPaths()).map((p) => p.pathname);
    expect(paths).toEqual(['/', '/vormen/', '/robots.txt', '/en/', '/en/forms/', '/ar/', '/ar/forms/']);
    for (const path of paths) {
      const response = (await outer.render(new Request(`https://example.org/campagne${path}`), { routeData: {} as never })) as Response;
      expect(await response.text()).toBe(path.endsWith('.txt') ? 'User-agent: *' : `<html lang="x"><body><main>/campagne${path}</main></body></html>`);
      if (!path.endsWith('.txt')) expect(response.headers.get('content-type')).toBe('text/html');
    }
    await outer.teardown!();
    expect(inner.tornDown).toBe(true);
  });

  it('tears down without writing an index when a page failed to render', async () => {
    const inner = fakePrerenderer(['/', '/en/']);
    inner.render = async () => {
      throw new Error('broken page');
    };
    const outer = indexingPrerenderer(inner, { outDir: '/nonexistent/', base: '/', locales: ['nl', 'en'], ctx: ctx('nl', 'en') });
    await outer.getStaticPaths();
    await expect(outer.render(new Request('https://example.org/'), { routeData: {} as never })).rejects.toThrow('broken page');
    await outer.teardown!();
    expect(inner.tornDown).toBe(true);
  });
});
