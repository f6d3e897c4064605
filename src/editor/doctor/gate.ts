/**
 * Rule: the gate (src/content/gate.ts) — nothing from another origin, no inline code,
 * raw HTML from the allow-list, Markdown images from public/, no link that leads
 * nowhere. The same checkNode() the build's Markdown plugin calls; here every problem
 * of every file is listed with its line instead of stopping at the first.
 */
import { existsSync } from 'node:fs';
import { checkNode, GATE_HINT, type JsxAttributeNode } from '../../content/gate.ts';
import { LINK_KINDS } from '../../content/links.ts';
import { lineOf, walkTree } from '../../content/mdast.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

export function checkGate(project: Project, problems: Problems): void {
  const opts = { base: project.campaign?.base ?? '/', inPublic: (path: string) => existsSync(`${project.root}/public/${path}`), linkKinds: LINK_KINDS };
  for (const entry of project.entries) {
    if (!entry.tree) continue;
    walkTree(entry.tree, (node) => {
      if (node.type === 'link') return; // links.ts checks links, with the gate's checkLinkAddress and the resolver
      for (const p of checkNode(node as Parameters<typeof checkNode>[0] & { attributes?: JsxAttributeNode[] }, opts)) {
        const line = lineOf(node);
        problems.add({ severity: 'error', rule: p.rule, file: entry.file, message: p.message, hint: GATE_HINT, ...(line ? { line } : {}) });
      }
    });
  }
}
