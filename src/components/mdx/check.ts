/**
 * Checks the MDX components run on their attributes while the site is built. A mistake
 * stops the build with one line for the editor: the MDX file, the component as written,
 * what is wrong and what to do ("content/pages/nl/x.mdx: <Figure src="/a.jpg">: alt is
 * missing — …"). `npm run check` reports the same mistakes with line numbers
 * (src/editor/doctor/components.ts).
 */
import { editorError } from '../../config/campaign.ts';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { closest, orList } from '../../content/schema-issues.ts';
import { MDX_COMPONENT_ATTRIBUTES, attributeHint, type MdxComponentName } from './names.ts';

export type Props = Record<string, unknown>;

/** A component as the editor wrote it, to recognise it in the file: <Video src="/a.mp4">. */
export function tagOf(name: string, props: Props): string {
  const attrs = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (v === true) return k;
      if (typeof v === 'string') return `${k}="${v.length > 50 ? `${v.slice(0, 47)}…` : v}"`;
      return `${k}={${JSON.stringify(v)}}`;
    });
  return `<${[name, ...attrs].join(' ')}>`;
}

/** What to do, led by `did you mean "stalking"?` when the value looks like a typo of a known one. */
export function suggest(value: string, known: readonly string[], todo: string): string {
  const close = closest(value, known);
  return close ? `did you mean "${close}"? ${todo.charAt(0).toUpperCase()}${todo.slice(1)}` : todo;
}

/** Builds the error the build stops with. */
export function componentError(file: string, name: string, props: Props, problem: string): Error {
  return editorError(`${file}: ${tagOf(name, props)}: ${problem} (see EDITING.md, "Components")`);
}

/** Fails on attributes the component does not have, usually a typo. */
export function checkAttributes(file: string, name: MdxComponentName, props: Props): void {
  const allowed = MDX_COMPONENT_ATTRIBUTES[name];
  for (const key of Object.keys(props)) {
    if (allowed.includes(key)) continue;
    const list = allowed.length ? `<${name}> takes ${orList(allowed.map(attributeHint))}` : `<${name}> takes no attributes`;
    throw componentError(file, name, props, `"${key}" is not an attribute of <${name}> — ${suggest(key, allowed, list)}`);
  }
}

/** A text attribute that must be there and not be empty. */
export function requiredText(file: string, name: string, props: Props, key: string, what: string): string {
  const v = props[key];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v === undefined || v === true || (typeof v === 'string' && !v.trim())) {
    throw componentError(file, name, props, `${key}="…" is missing or empty — add ${key}="…": ${what}`);
  }
  throw componentError(file, name, props, `${key} must be text between "quotes" — write ${key}="…": ${what}`);
}

/** An optional text attribute: undefined when absent, an error when empty or not text. */
export function optionalText(file: string, name: string, props: Props, key: string): string | undefined {
  const v = props[key];
  if (v === undefined) return undefined;
  if (typeof v === 'string' && v.trim()) return v.trim();
  throw componentError(file, name, props, `${key} is empty — write a text between the quotes, or remove ${key}`);
}

/** One value of a fixed list. */
export function oneOf<T extends string>(file: string, name: string, props: Props, key: string, values: readonly T[]): T {
  const v = props[key];
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  const problem = v === undefined || v === true ? `${key}="…" is missing` : `${key}="${String(v)}" is not allowed`;
  throw componentError(
    file,
    name,
    props,
    `${problem} — ${suggest(typeof v === 'string' ? v : '', values, `use ${orList(values.map((x) => `${key}="${x}"`))}`)}`,
  );
}

/** A whole number of pixels, written width="800" or width={800}. */
export function pixels(file: string, name: string, props: Props, key: string, what: string): number {
  const v = props[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (Number.isInteger(n) && n > 0) return n;
  if (v === undefined || v === true) {
    throw componentError(
      file,
      name,
      props,
      `${key}="…" is missing — add ${what}, in pixels, like ${key}="800", so the page does not jump while the image loads`,
    );
  }
  throw componentError(file, name, props, `${key}="${String(v)}" is not a number of pixels — write a whole number like ${key}="800" (${what})`);
}

/** The language of a content file: content/<collection>/<locale>/<slug>.mdx. */
export function contentLocaleOf(file: string, fallback: string): string {
  return /(?:^|\/)content\/[^/]+\/([^/]+)\//.exec(file)?.[1] ?? fallback;
}

/**
 * A file of this site in public/, as the editor wrote it (/videos/a.mp4, or with the
 * campaign's base in front). Fails on addresses of other websites, on paths outside
 * public/, on the wrong kind of file and on files that do not exist. Returns the path
 * below public/ ("videos/a.mp4"); the caller turns it into an address with url().
 */
export function publicFile(opts: {
  file: string;
  name: string;
  props: Props;
  key: string;
  base: string;
  /** Allowed file extensions, and what such a file is ("a video", "a captions file"). */
  extensions: readonly string[];
  kind: string;
  /** What the attribute is for, and a good value: "/videos/uitleg.mp4". */
  what: string;
  example: string;
}): string {
  const { file, name, props, key, base, extensions, kind, what } = opts;
  const src = requiredText(file, name, props, key, what);
  const example = `${key}="${opts.example}"`;
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
    const own = src.split(/[?#]/)[0].split('/').pop() ?? '';
    const better = extensions.includes(extname(own).toLowerCase()) ? `${key}="/${own}"` : example;
    throw componentError(
      file,
      name,
      props,
      `${key}="${src}" is on another website; this site never shows anything from elsewhere (no YouTube, no Vimeo, no image links), because that tells the other website who reads the page — save the file in public/ and write its place there, like ${better}`,
    );
  }
  if (!src.startsWith('/')) {
    throw componentError(file, name, props, `${key}="${src}" must start with / — write the file's place in public/, like ${example}`);
  }
  let path = base !== '/' && src.startsWith(base) ? src.slice(base.length) : src.slice(1);
  path = path.split(/[?#]/)[0];
  try {
    path = decodeURI(path);
  } catch {
    /* keep it as written */
  }
  const inPublic = normalize(path);
  if (inPublic.startsWith('..') || inPublic.split(sep).includes('..')) {
    throw componentError(file, name, props, `${key}="${src}" points outside public/ — put the file in public/ and write its place there, like ${example}`);
  }
  const ext = extname(inPublic).toLowerCase();
  if (!extensions.includes(ext)) {
    throw componentError(file, name, props, `${key}="${src}" is not ${kind} — use a ${orList([...extensions])} file in public/, like ${example}`);
  }
  const abs = join(process.cwd(), 'public', inPublic);
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    throw componentError(file, name, props, `the file public/${inPublic} does not exist — check the name (capitals count), or put the file in public/`);
  }
  return inPublic.split(sep).join('/');
}
