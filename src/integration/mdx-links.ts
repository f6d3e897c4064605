/**
 * Sätteri (Astro 7's Markdown engine) plugin: resolves editors' internal links
 * (form:slug, help:, contact:id …) per locale, fails on broken ones with file and
 * line, and marks outbound links rel="noreferrer" so no other site learns where the
 * reader came from. Phone numbers in running text become tel: links, kept left to
 * right so their digit groups stay in order inside Arabic text.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { resolveLink, type LinkTargets } from '../content/links.ts';
import type { PathContext } from '../routing/paths.ts';
import { findPhoneNumbers, telHref } from '../help/phone.ts';

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
      // A link whose text is a phone number calls it, wherever the editor pointed it.
      const label = ctx.textContent(node).trim();
      const phone = findPhoneNumbers(label);
      if (phone.length === 1 && phone[0].number === label) {
        ctx.setProperty(node, 'url', telHref(label));
        ctx.setProperty(node, 'data', { hProperties: { dir: 'ltr', className: ['phone'] } });
        return;
      }
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
    text(node, ctx) {
      const found = findPhoneNumbers(node.value);
      if (!found.length || ctx.parent(node)?.type === 'link') return;
      const parts: ({ type: 'text'; value: string } | { type: 'link'; url: string; children: { type: 'text'; value: string }[]; data: Record<string, unknown> })[] = [];
      let at = 0;
      for (const { index, number } of found) {
        if (index > at) parts.push({ type: 'text', value: node.value.slice(at, index) });
        parts.push({ type: 'link', url: telHref(number), children: [{ type: 'text', value: number }], data: { hProperties: { dir: 'ltr', className: ['phone'] } } });
        at = index + number.length;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, parts);
    },
  });
}
