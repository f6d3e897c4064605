/**
 * Sätteri (Astro 7's Markdown engine) plugin: resolves editors' internal links
 * (form:slug, help:, contact:id …) per locale, fails on broken ones with file and
 * line, and marks outbound links rel="noreferrer" so no other site learns where the
 * reader came from.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { resolveLink, type LinkTargets } from '../content/links.ts';
import type { PathContext } from '../routing/paths.ts';

const COLLECTION_OF = { form: 'forms', story: 'stories', page: 'pages' } as const;

export function mdxLinks(opts: { root: string; base: string; ctx: PathContext; municipalities: string[] }) {
  const targets: LinkTargets = {
    exists(kind, slug, locale) {
      if (kind === 'contact') return existsSync(`${opts.root}/content/contacts/${slug}.yaml`);
      if (kind === 'municipality') return opts.municipalities.includes(slug);
      const dir = `${opts.root}/content/${COLLECTION_OF[kind]}`;
      return [locale, opts.ctx.defaultLocale].some((l) => existsSync(`${dir}/${l}/${slug}.mdx`));
    },
  };
  return defineMdastPlugin({
    name: 'signaal-links',
    options: { position: true },
    link(node, ctx) {
      const file = ctx.fileURL ? relative(opts.root, fileURLToPath(ctx.fileURL)) : '';
      const locale = /^content\/[^/]+\/([^/]+)\//.exec(file)?.[1] ?? opts.ctx.defaultLocale;
      if (/^https?:\/\//.test(node.url)) {
        ctx.setProperty(node, 'data', { hProperties: { rel: 'noreferrer' } });
        return;
      }
      try {
        const url = resolveLink(node.url, locale, opts.base, opts.ctx, targets);
        if (url) ctx.setProperty(node, 'url', url);
      } catch (e) {
        const line = node.position?.start.line;
        throw new Error(`${file}${line ? `:${line}` : ''}: ${(e as Error).message}`);
      }
    },
  });
}
