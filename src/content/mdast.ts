/** Small helpers to walk the MDX syntax tree that satteri (Astro's Markdown engine) gives. */

export interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number; column: number } };
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  [key: string]: unknown;
}

/** Calls visit for every node, parents before children, with the chain of ancestors. */
export function walkTree(root: unknown, visit: (node: Node, ancestors: Node[]) => void): void {
  const go = (node: Node, ancestors: Node[]) => {
    visit(node, ancestors);
    for (const child of node.children ?? []) go(child, [...ancestors, node]);
  };
  go(root as Node, []);
}

export const lineOf = (node: Node): number | undefined => node.position?.start.line;

/** The plain text inside a node. */
export function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

/** A JSX attribute: its text value, true when written without a value, or undefined when absent. */
export function attribute(node: Node, name: string): string | true | { expression: string } | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (attr.value === null || attr.value === undefined) return true;
  if (typeof attr.value === 'string') return attr.value;
  const v = attr.value as { value?: string };
  return { expression: v.value ?? '' };
}

export const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
