/**
 * Sätteri (Astro 7's Markdown engine) plugin: resolves editors' internal links
 * (form:slug, help:, contact:id …) per locale, fails on broken ones with file and
 * line, and marks outbound links rel="noreferrer" so no other site learns where the
 * reader came from. Phone numbers in running text become tel: links, kept left to
 * right so their digit groups stay in order inside Arabic text.
 */
import { editorError } from '../config/campaign.ts';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { LINK_KINDS, resolveLink, type LinkTargets } from '../content/links.ts';
import { checkNode, GATE_HINT } from '../content/gate.ts';
import type { PathContext } from '../routing/paths.ts';
import { findPhoneNumbers, telHref } from '../help/phone.ts';
import { BUILT_IN_NAMES, MDX_COMPONENT_NAMES, isMdxComponent } from '../components/mdx/names.ts';
import { closest, orList } from '../content/schema-issues.ts';

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
  const fileOf = (ctx: { fileURL?: URL }) => (ctx.fileURL ? relative(opts.root, fileURLToPath(ctx.fileURL)) : '');
  // The gate (src/content/gate.ts): the first problem stops the build, named with file and line.
  const gateOptions = { base: opts.base, inPublic: (path: string) => existsSync(`${opts.root}/public/${path}`), linkKinds: LINK_KINDS };
  const gate = (node: Parameters<typeof checkNode>[0], ctx: { fileURL?: URL; source: string }, near: string) => {
    const [problem] = checkNode(node, gateOptions);
    if (!problem) return;
    const line = lineOf(ctx.source, new RegExp(escape(near)));
    throw editorError(`${fileOf(ctx)}${line}: ${problem.message}`, GATE_HINT, Number(line.slice(1)) || undefined);
  };
  const links = defineMdastPlugin({
    name: 'signaal-links',
    // No source positions (the parse is faster and lighter): an error finds its line in the source.
    mdxJsxFlowElement(node, ctx) {
      gate(node, ctx, `<${node.name}`);
      checkComponentName(node, () => fileOf(ctx), ctx.source);
    },
    mdxJsxTextElement(node, ctx) {
      gate(node, ctx, `<${node.name}`);
      checkComponentName(node, () => fileOf(ctx), ctx.source);
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
      const locale = /^content\/[^/]+\/([^/]+)\//.exec(file)?.[1] ?? opts.ctx.defaultLocale;
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

/**
 * A capitalised JSX name in MDX must be one of the editors' components (or imported in
 * the file itself): otherwise MDX fails only when the page renders, with a message that
 * names neither the file nor the line.
 */
function checkComponentName(node: { name: string | null }, fileOf: () => string, source: string) {
  if (!node.name) return; // <>…</>
  const name = node.name.split('.')[0];
  if (!/^[A-Z]/.test(name) || isMdxComponent(name) || BUILT_IN_NAMES.includes(name) || importedNames(source).has(name)) return;
  const line = lineOf(source, new RegExp(`<${escape(node.name)}(?![\\w.-])`));
  const close = closest(name, MDX_COMPONENT_NAMES);
  const known = orList(MDX_COMPONENT_NAMES.map((c) => `<${c}>`));
  throw editorError(
    `${fileOf()}${line}: <${node.name}> is not a component Signaal knows — ${close ? `did you mean <${close}>? The components are` : 'use'} ${known} (see EDITING.md, "Components"); to show the text <${node.name}> itself, write \\<${node.name}>`,
  );
}

/** Names a file imports itself (import X from …, import { A, B as C } from …). */
const imports = new Map<string, Set<string>>();
function importedNames(source: string): Set<string> {
  let names = imports.get(source);
  if (!names) {
    names = new Set(
      [...source.matchAll(/^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+(\w+))?/gm)].flatMap((m) => [
        ...(m[1] ? [m[1]] : []),
        ...(m[2]
          ? m[2]
              .split(',')
              .map((s) =>
                s
                  .trim()
                  .split(/\s+as\s+/)
                  .pop()!,
              )
              .filter(Boolean)
          : []),
        ...(m[3] ? [m[3]] : []),
      ]),
    );
    if (imports.size > 200) imports.clear();
    imports.set(source, names);
  }
  return names;
}
