/**
 * Sätteri (Astro 7's Markdown engine) plugin: resolves editors' internal links
 * (form:slug, help:, contact:id …) per locale, fails on broken ones with file and
 * line, and marks outbound links rel="noreferrer" so no other site learns where the
 * reader came from. Phone numbers in running text become tel: links, kept left to
 * right so their digit groups stay in order inside Arabic text.
 */
import { editorError } from '../config/campaign.ts';
import { existsSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { LINK_KINDS, resolveLink, type LinkTargets } from '../content/links.ts';
import { COLLECTION_OF, contentLocaleOf, readFast } from '../content/read.ts';
import { checkNode, GATE_HINT } from '../content/gate.ts';
import type { PathContext } from '../routing/paths.ts';
import { findPhoneNumbers, telHref } from '../help/phone.ts';
import { componentProblems, importedNames } from '../content/components.ts';
import type { Node } from '../content/mdast.ts';

export function mdxLinks(opts: { root: string; base: string; ctx: PathContext; municipalities: string[] }) {
  const targets: LinkTargets = {
    exists(kind, slug, locale) {
      if (kind === 'contact') return existsSync(`${opts.root}/content/contacts/${slug}.yaml`);
      if (kind === 'municipality') return opts.municipalities.includes(slug);
      const dir = `${opts.root}/content/${COLLECTION_OF[kind]}`;
      return [locale, opts.ctx.defaultLocale].some((l) => existsSync(`${dir}/${l}/${slug}.mdx`));
    },
    // Only for <SignalList … audience>: the form's frontmatter, read as the build reads it.
    audiencesOf(form, locale) {
      for (const l of [locale, opts.ctx.defaultLocale]) {
        const file = `content/forms/${l}/${form}.mdx`;
        if (!existsSync(`${opts.root}/${file}`)) continue;
        const { data } = readFast(opts.root, { collection: 'forms', file, id: `${l}/${form}`, locale: l, slug: form });
        return data && [...new Set(data.signals.flatMap((s) => s.audiences))];
      }
      return undefined;
    },
    // Only when a problem is reported: listing folders costs time.
    known(kind, locale) {
      if (kind === 'municipality') return opts.municipalities;
      const names = (dir: string, ext: RegExp) =>
        existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => ext.test(f))
              .map((f) => f.replace(ext, ''))
          : [];
      if (kind === 'contact') return names(`${opts.root}/content/contacts`, /\.ya?ml$/).sort();
      return [...new Set([locale, opts.ctx.defaultLocale].flatMap((l) => names(`${opts.root}/content/forms/${l}`, /\.mdx$/)))].sort();
    },
  };
  const fileOf = (ctx: { fileURL?: URL }) => (ctx.fileURL ? relative(opts.root, fileURLToPath(ctx.fileURL)) : '');
  // The gate (src/content/gate.ts): the first problem stops the build, named with file and line.
  const gateOptions = { base: opts.base, inPublic: (path: string) => existsSync(`${opts.root}/public/${path}`), linkKinds: LINK_KINDS };
  const gate = (node: Parameters<typeof checkNode>[0], ctx: { fileURL?: URL; source: string }, near: string) => {
    const [problem] = checkNode(node, gateOptions);
    if (!problem) return;
    const line = lineOf(ctx.source, new RegExp(escape(near)));
    throw editorError(`${fileOf(ctx)}${line}: ${problem.message}`, GATE_HINT, Number(line.slice(1)) || undefined);
  };
  // The components' rules (src/content/components.ts), the doctor's words: a capitalised name
  // that is no component would otherwise fail only while rendering, naming neither file nor line.
  const components = (node: Node, ctx: { fileURL?: URL; source: string }) => {
    const file = fileOf(ctx);
    const [problem] = componentProblems(node, {
      locale: localeOf(file),
      targets,
      imported: importedNames(ctx.source),
      base: opts.base,
      inPublic: gateOptions.inPublic,
    });
    if (!problem) return;
    const line = lineOf(ctx.source, new RegExp(`<${escape(node.name ?? '')}(?![\\w.-])`));
    throw editorError(`${file}${line}: ${problem.message}`, undefined, Number(line.slice(1)) || undefined);
  };
  const localeOf = (file: string) => contentLocaleOf(file, opts.ctx.defaultLocale);
  const links = defineMdastPlugin({
    name: 'signaal-links',
    // No source positions (the parse is faster and lighter): an error finds its line in the source.
    mdxJsxFlowElement(node, ctx) {
      gate(node, ctx, `<${node.name}`);
      components(node as unknown as Node, ctx);
    },
    mdxJsxTextElement(node, ctx) {
      gate(node, ctx, `<${node.name}`);
      components(node as unknown as Node, ctx);
    },
    mdxFlowExpression(node, ctx) {
      gate(node, ctx, `{${node.value}`);
    },
    mdxTextExpression(node, ctx) {
      gate(node, ctx, `{${node.value}`);
    },
    mdxjsEsm(node, ctx) {
      gate(node, ctx, node.value.split('\n')[0]);
    },
    image(node, ctx) {
      gate(node, ctx, `(${node.url}`);
    },
    link(node, ctx) {
      const file = fileOf(ctx);
      const locale = localeOf(file);
      // A link whose text is a phone number calls it, wherever the editor pointed it.
      const label = ctx.textContent(node).trim();
      const phone = findPhoneNumbers(label);
      if (phone.length === 1 && phone[0].number === label) {
        ctx.setProperty(node, 'url', telHref(label));
        ctx.setProperty(node, 'data', { hProperties: { dir: 'ltr', className: ['phone'] } });
        return;
      }
      gate(node, ctx, `(${node.url}`);
      if (/^https?:\/\//.test(node.url)) {
        ctx.setProperty(node, 'data', { hProperties: { rel: 'noreferrer' } });
        return;
      }
      try {
        const url = resolveLink(node.url, locale, opts.base, opts.ctx, targets);
        if (url) ctx.setProperty(node, 'url', url);
      } catch (e) {
        // The editor's message is the cause's own text with file and line (no `cause`: Astro's
        // dev overlay shows a cause as JSON, an empty "Cause: {}" box).
        throw editorError(`${file}${lineOf(ctx.source, new RegExp(escape(node.url)))}: ${(e as Error).message}`);
      }
    },
  });
  // Phone numbers in running text become tel: links. A plugin of its own: sharing one
  // pass with the link visitor took 0.5 GB more memory at 12,000 files (docs/benchmarks.md).
  const phones = defineMdastPlugin({
    name: 'signaal-phones',
    text(node, ctx) {
      const found = findPhoneNumbers(node.value);
      if (!found.length || ctx.parent(node)?.type === 'link') return;
      const parts: (
        { type: 'text'; value: string } | { type: 'link'; url: string; children: { type: 'text'; value: string }[]; data: Record<string, unknown> }
      )[] = [];
      let at = 0;
      for (const { index, number } of found) {
        if (index > at) parts.push({ type: 'text', value: node.value.slice(at, index) });
        parts.push({
          type: 'link',
          url: telHref(number),
          children: [{ type: 'text', value: number }],
          data: { hProperties: { dir: 'ltr', className: ['phone'] } },
        });
        at = index + number.length;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, parts);
    },
  });
  // Every text node crosses from the Rust parser to JavaScript, so the phone plugin only
  // joins in for documents whose source has a number at all (chosen before parsing;
  // a backslash escape such as 0800\-2000 is markup, not text).
  return ({ source }: { source: string }) => (findPhoneNumbers(source.replaceAll('\\', '')).length ? [links, phones] : links);
}

/** ":line" where the pattern first occurs in the source, or "" when it does not. */
function lineOf(source: string, pattern: RegExp): string {
  const at = source.search(pattern);
  return at < 0 ? '' : `:${source.slice(0, at).split('\n').length}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
