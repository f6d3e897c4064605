/**
 * The gate for what an editor writes in MDX: nothing that loads from another origin,
 * no inline code, raw HTML only from a short allow-list, images only from public/,
 * and no link that leads nowhere. Pure: each rule returns the problems it finds, and
 * both the build's Markdown plugin (src/integration/mdx-links.ts, which throws them)
 * and the content doctor (src/editor/doctor/gate.ts, which lists them) call these
 * functions, so a rule exists once. Documented for editors in EDITING.md, "What the
 * build refuses".
 */

/** The hint with every refusal, in the build and the dev overlay. */
export const GATE_HINT =
  'A page of this site loads nothing from another website and runs no code of its own, so that no one else learns who reads it. EDITING.md, "What the build refuses", says what to write instead; `npm run check` lists every such problem at once.';

import { closest, orList } from './schema-issues.ts';

export type GateRule = 'other-origin' | 'inline-code' | 'html' | 'image' | 'link';

export interface GateProblem {
  rule: GateRule;
  /** What is wrong and what to write instead, in plain words. */
  message: string;
}

/**
 * Raw HTML an editor may write in MDX: text-level and structural elements that load
 * nothing and run nothing. Everything else has a Markdown form or a component.
 */
export const ALLOWED_HTML = [
  'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'dl', 'dt', 'em', 'i', 'ins',
  'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'time', 'u', 'wbr',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
] as const;

/** Attributes an allowed element may carry (anything else is refused: style, on…, src…). */
export const ALLOWED_ATTRIBUTES = ['lang', 'dir', 'title', 'datetime', 'open', 'colspan', 'rowspan', 'scope', 'id'] as const;

/** What to write instead of an element that is not allowed, by element. */
const INSTEAD: Record<string, { rule: GateRule; say: string }> = {
  iframe: { rule: 'other-origin', say: 'embeds another website, which then learns who reads the page — put the film in public/ and use <Video src="/videos/film.mp4" captions="/videos/film.vtt" poster="/videos/film.jpg" />' },
  frame: { rule: 'other-origin', say: 'embeds another website — link to it with [text](https://…) instead' },
  object: { rule: 'other-origin', say: 'embeds a file or another website — put the file in public/ and link to it, or use <Video> or <Figure>' },
  embed: { rule: 'other-origin', say: 'embeds a file or another website — put the file in public/ and link to it, or use <Video> or <Figure>' },
  img: { rule: 'image', say: 'is not how images are added — save the image in public/ and write ![what it shows](/images/photo.jpg) or <Figure src="/images/photo.jpg" alt="…" width="800" height="600" />' },
  picture: { rule: 'image', say: 'is not how images are added — use <Figure src="/images/photo.jpg" alt="…" width="800" height="600" /> with the image in public/' },
  source: { rule: 'image', say: 'is not how media are added — use <Video> or <Figure> with the file in public/' },
  video: { rule: 'image', say: 'is not how films are added — put the film in public/ and use <Video src="/videos/film.mp4" captions="/videos/film.vtt" poster="/videos/film.jpg" />' },
  audio: { rule: 'image', say: 'is not how sound is added — put the file in public/ and link to it: [listen](/audio/file.mp3)' },
  track: { rule: 'image', say: 'is not how captions are added — give <Video> a captions="/videos/film.vtt" file in public/' },
  script: { rule: 'inline-code', say: 'runs code in the reader\'s browser; pages carry no scripts of their own (the site\'s own behaviour comes from the engine)' },
  style: { rule: 'inline-code', say: 'adds styles the site\'s security policy blocks; the campaign\'s colours are set in content/campaign.yaml' },
  link: { rule: 'other-origin', say: 'loads a file into the page; pages load only the engine\'s own files' },
  meta: { rule: 'other-origin', say: 'changes the page\'s head (a refresh would send the reader elsewhere); the engine writes the head' },
  base: { rule: 'other-origin', say: 'changes where every link of the page leads; the engine sets the base' },
  a: { rule: 'html', say: 'is written as a Markdown link: [text](https://…) for another website, [text](page:slug) for a page of this site' },
  form: { rule: 'html', say: 'would send what a reader types somewhere; pages have no forms of their own' },
  input: { rule: 'html', say: 'is part of a form; pages have no forms of their own' },
  button: { rule: 'html', say: 'does nothing without a script; use a link' },
};

const OTHER_ORIGIN = /(^|[\s,("'=])(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s/]/i;

/** Whether a URL (or a list of them, as in srcset) points to another origin: https://…, //host/…, data:, javascript:. */
export function isOtherOrigin(value: string): boolean {
  return OTHER_ORIGIN.test(value) || /^\s*(javascript|data|vbscript):/i.test(value);
}

export type AttributeValue = string | true | { expression: string } | undefined;

/** A JSX node's attributes as MDX's syntax tree holds them (mdast-util-mdx-jsx). */
export interface JsxAttributeNode {
  type: string;
  name?: string;
  value?: unknown;
}

/** The attributes of a JSX node as the gate reads them; a {...spread} counts as code. */
export function attributesOf(attributes: readonly JsxAttributeNode[] = []): { name: string; value: AttributeValue }[] {
  return attributes.map((a) => {
    if (a.type !== 'mdxJsxAttribute' || !a.name) return { name: 'on{…}', value: { expression: String(a.value ?? '') } };
    if (a.value === null || a.value === undefined) return { name: a.name, value: true };
    if (typeof a.value === 'string') return { name: a.name, value: a.value };
    return { name: a.name, value: { expression: String((a.value as { value?: unknown }).value ?? '') } };
  });
}

/** Every gate problem of one node of MDX's syntax tree (the build and the doctor walk the tree their own way). */
export function checkNode(
  node: { type: string; name?: string | null; attributes?: readonly JsxAttributeNode[]; value?: unknown; url?: string },
  opts: { base: string; inPublic: (path: string) => boolean; linkKinds: readonly string[] },
): GateProblem[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!node.name) return [];
      return /^[a-z]/.test(node.name) ? checkHtmlElement(node.name, attributesOf(node.attributes)) : checkComponentAttributes(node.name, attributesOf(node.attributes));
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return checkExpression(String(node.value ?? ''));
    case 'mdxjsEsm':
      return checkEsm(String(node.value ?? ''));
    case 'image':
      return checkImage(node.url ?? '', opts.base, opts.inPublic);
    case 'link':
      return checkLinkAddress(node.url ?? '', opts.linkKinds);
    default:
      return [];
  }
}

/** A raw HTML element (a lower-case JSX name) with its attributes. */
export function checkHtmlElement(name: string, attributes: { name: string; value: AttributeValue }[]): GateProblem[] {
  const tag = `<${name}>`;
  const instead = INSTEAD[name];
  if (instead) return [{ rule: instead.rule, message: `${tag} ${instead.say}` }];
  if (!(ALLOWED_HTML as readonly string[]).includes(name)) {
    return [{ rule: 'html', message: `${tag} is not one of the HTML elements pages may use (${ALLOWED_HTML.map((e) => `<${e}>`).join(' ')}); write Markdown or use a component (EDITING.md, "What the build refuses")` }];
  }
  const problems: GateProblem[] = [];
  for (const { name: attr, value } of attributes) {
    const text = typeof value === 'string' ? value : typeof value === 'object' ? value.expression : '';
    if (/^on/i.test(attr)) problems.push({ rule: 'inline-code', message: `${tag}: ${attr}="…" runs code in the reader's browser; pages carry no scripts — remove it` });
    else if (attr === 'style') problems.push({ rule: 'inline-code', message: `${tag}: style="…" is blocked by the site's security policy — remove it; the campaign's colours are set in content/campaign.yaml` });
    else if (isOtherOrigin(text)) problems.push({ rule: 'other-origin', message: `${tag}: ${attr}="${text}" points to another website, which would learn who reads the page — remove it` });
    else if (!(ALLOWED_ATTRIBUTES as readonly string[]).includes(attr)) problems.push({ rule: 'html', message: `${tag}: the attribute ${attr} is not allowed on raw HTML (allowed: ${ALLOWED_ATTRIBUTES.join(', ')})` });
  }
  return problems;
}

/** Any attribute of a component: nothing from another origin, no code in it. */
export function checkComponentAttributes(name: string, attributes: { name: string; value: AttributeValue }[]): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const { name: attr, value } of attributes) {
    if (/^on/i.test(attr) || attr === 'style') problems.push({ rule: 'inline-code', message: `<${name}>: ${attr}="…" is not an attribute a page may carry — remove it` });
    else if (typeof value === 'object' && isOtherOrigin(value.expression)) problems.push({ rule: 'other-origin', message: `<${name}>: ${attr}={…} points to another website — save the file in public/ and write its place, like ${attr}="/images/photo.jpg"` });
  }
  return problems;
}

/**
 * A { } expression in the text. It runs when the page is built and could write any
 * HTML, around every other rule: only a plain piece of text such as {' '} is allowed.
 */
export function checkExpression(code: string): GateProblem[] {
  if (/^\s*(?:'[^'\\]*'|"[^"\\]*")?\s*$/.test(code) || /^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) return [];
  return [{ rule: 'inline-code', message: `{${code.length > 40 ? `${code.slice(0, 40)}…` : code}} is code, which pages may not carry — to show a curly brace write \\{ or \\}` }];
}

/** import and export lines: editors' components are there without them. */
export function checkEsm(code: string): GateProblem[] {
  return [{ rule: 'inline-code', message: `"${code.split('\n')[0].slice(0, 60)}" is code, which pages may not carry — the components (<Callout>, <Figure>, …) need no import; remove the line` }];
}

/**
 * A Markdown image ![alt](url): a file of this site in public/. `exists` answers for a
 * path below public/ ("images/a.png").
 */
export function checkImage(url: string, base: string, exists: (publicPath: string) => boolean): GateProblem[] {
  if (isOtherOrigin(url) || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    const own = url.split(/[?#]/)[0].split('/').pop() ?? 'photo.jpg';
    return [{ rule: 'other-origin', message: `the image ${url} is on another website, which would learn who reads the page — save it in public/ and write ![what it shows](/images/${own})` }];
  }
  if (!url.startsWith('/')) return [{ rule: 'image', message: `the image ${url} must start with / — write its place in public/, like ![what it shows](/images/photo.jpg)` }];
  let path = base !== '/' && url.startsWith(base) ? url.slice(base.length) : url.slice(1);
  path = path.split(/[?#]/)[0];
  try {
    path = decodeURI(path);
  } catch {
    /* kept as written */
  }
  if (path.split('/').includes('..') || !exists(path)) return [{ rule: 'image', message: `the image "${url}" does not exist (looked for public/${path}) — check the name, or put the file in public/` }];
  return [];
}

/**
 * A Markdown link's address, before the engine's own kinds (form:, page:, help: …,
 * listed in `kinds`) are resolved by src/content/links.ts: links out, e-mail, phone
 * and anchors pass; code, unknown kinds and addresses written out are refused.
 */
export function checkLinkAddress(url: string, kinds: readonly string[]): GateProblem[] {
  if (/^(https?:|mailto:|tel:|sms:|#)/i.test(url) || url.startsWith('/')) return []; // root-relative: the resolver explains
  const scheme = /^([a-zA-Z][\w+.-]*):/.exec(url)?.[1];
  if (scheme && kinds.includes(scheme)) return [];
  if (scheme && /^(javascript|data|vbscript)$/i.test(scheme)) return [{ rule: 'inline-code', message: `the link ${url.slice(0, 40)} runs code; pages carry no scripts — link to a page instead` }];
  if (scheme) {
    const close = closest(scheme, kinds);
    return [{ rule: 'link', message: `"${scheme}:" is not a kind of link Signaal knows${close ? ` — did you mean ${close}:?` : ''} Use ${orList(kinds.map((k) => `${k}:`))}` }];
  }
  if (url.startsWith('//')) return [{ rule: 'link', message: `the link ${url} has no https: in front — write https://${url.slice(2)}` }];
  return [
    {
      rule: 'link',
      message: `the link "${url}" is not a web address or a page of this site — write [text](page:${url.replace(/[^a-z0-9-]/g, '') || 'slug'}), (form:slug) or a full https:// address`,
    },
  ];
}
