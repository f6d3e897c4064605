/**
 * The rules of the editors' MDX components (<HelpCard id="veilig-thuis" />, <Figure … />):
 * known names and attributes (src/components/mdx/names.ts), required attributes, allowed
 * values, attributes that name a contact, form or municipality, what goes inside. One
 * rule set, run on each JSX node: by the build's Markdown plugin (src/integration/mdx-links.ts,
 * which stops at the first problem) and by the doctor (every problem, with its line).
 * The components in src/components/mdx/ only read the values (check.ts).
 */
import { AUDIENCES } from './schemas.ts';
import {
  CALLOUT_TYPES,
  CAPTION_EXTENSIONS,
  IMAGE_EXTENSIONS,
  MDX_COMPONENT_ATTRIBUTES,
  MDX_COMPONENT_NAMES,
  VIDEO_EXTENSIONS,
  BUILT_IN_NAMES,
  attributeHint,
  type MdxComponentName,
} from '../components/mdx/names.ts';
import type { LinkTargets } from './links.ts';
import { attribute, isJsx, textOf, walkTree, type Node } from './mdast.ts';
import { closest, orList } from './schema-issues.ts';

type Target = 'contact' | 'form' | 'municipality';

export interface ComponentRules {
  /** Attributes that must be there and not be empty. */
  required?: string[];
  /** Attributes that must be there unless the other attribute is: { alt: 'decorative' }. */
  requiredUnless?: Record<string, string>;
  /** At least one of these attributes must be there. */
  oneOf?: string[];
  /** Attributes whose value names an entry that must exist. */
  refs?: Record<string, Target>;
  /** Attributes with a fixed set of values. */
  values?: Record<string, readonly string[]>;
  /** Attributes that are a whole number of pixels: width="800" or width={800}. */
  pixels?: string[];
  /** Attributes that name a file in public/ of one of these types. */
  extensions?: Record<string, readonly string[]>;
  /** What goes between the opening and the closing tag: anything, text, or a numbered list. */
  children?: 'content' | 'text' | 'numbered-list';
}

/**
 * The rules the components in src/components/mdx/ check when the site is built (the
 * attributes each one takes are in names.ts). Files named by src, captions and poster
 * are checked in images.ts.
 */
export const COMPONENTS: Record<MdxComponentName, ComponentRules> = {
  Callout: { required: ['type'], values: { type: CALLOUT_TYPES }, children: 'content' },
  HelpCard: { required: ['id'], refs: { id: 'contact' } },
  ContactList: { oneOf: ['form', 'municipality'], refs: { form: 'form', municipality: 'municipality' }, values: { audience: AUDIENCES } },
  SignalList: { required: ['form'], refs: { form: 'form' }, values: { audience: AUDIENCES } },
  StoryQuote: { required: ['name'], children: 'text' },
  Steps: { children: 'numbered-list' },
  Video: { required: ['src', 'captions', 'poster'], extensions: { src: VIDEO_EXTENSIONS, captions: CAPTION_EXTENSIONS, poster: IMAGE_EXTENSIONS } },
  Figure: { required: ['src', 'width', 'height'], requiredUnless: { alt: 'decorative' }, pixels: ['width', 'height'], extensions: { src: IMAGE_EXTENSIONS } },
};

const WHAT: Record<string, string> = {
  alt: 'a short description of what the image shows, for people who cannot see it (only for an image that adds nothing to the text, write decorative instead)',
  captions: 'the captions file (.vtt) in public/, so people who cannot hear the video can follow it',
  poster: 'an image in public/ that is shown before the video plays',
  src: 'the file in public/',
  id: 'the file name of a contact in content/contacts/',
  type: `the kind of box: ${orList(CALLOUT_TYPES.map((t) => `"${t}"`))}`,
  form: 'the file name of a form of violence in content/forms/',
  name: 'the made-up name (pseudonym) of the person who said it',
  width: 'the width of the image in pixels, so the page does not jump while it loads',
  height: 'the height of the image in pixels, so the page does not jump while it loads',
};

const isEmpty = (v: ReturnType<typeof attribute>) => v === undefined || v === true || (typeof v === 'string' && !v.trim());

/** Whether a node holds a numbered list: Markdown "1." or an HTML <ol>. */
function hasNumberedList(node: Node): boolean {
  let found = false;
  walkTree(node, (n) => {
    if ((n.type === 'list' && n.ordered === true) || (isJsx(n) && n.name === 'ol')) found = true;
  });
  return found;
}

export interface ComponentProblem {
  rule: 'component';
  /** The component and attribute, like HelpCard.id. */
  field: string;
  message: string;
}

/** The problems of one node: [] for anything that is not a component. */
export interface ComponentOptions {
  locale: string;
  targets: LinkTargets;
  imported: ReadonlySet<string>;
  /** The campaign's base path, and whether a path below public/ exists (for src, captions, poster). */
  base: string;
  inPublic: (path: string) => boolean;
}

export function componentProblems(node: Node, opts: ComponentOptions): ComponentProblem[] {
  if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name) || BUILT_IN_NAMES.includes(node.name) || opts.imported.has(node.name.split('.')[0])) return [];
  const out: ComponentProblem[] = [];
  const name = node.name;
  const rules = (COMPONENTS as Record<string, ComponentRules>)[name];
  if (!rules) {
    const close = closest(name, MDX_COMPONENT_NAMES);
    const known = orList(MDX_COMPONENT_NAMES.map((c) => `<${c}>`));
    return [
      {
        rule: 'component',
        field: name,
        message: `<${name}> is not a component Signaal knows — ${close ? `did you mean <${close}>? The components are` : 'use'} ${known} (see EDITING.md, "Components"); to show the text <${name}> itself, write \\<${name}>`,
      },
    ];
  }
  const error = (field: string, message: string) => out.push({ rule: 'component', field: `${name}.${field}`, message });
  const allowed = MDX_COMPONENT_ATTRIBUTES[name as MdxComponentName];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || allowed.includes(attr.name)) continue;
    const close = closest(attr.name, allowed);
    const list = allowed.length ? `<${name}> takes ${orList(allowed.map(attributeHint))}` : `<${name}> takes no attributes`;
    error(attr.name, `<${name} ${attr.name}="…">: "${attr.name}" is not an attribute of <${name}> — ${close ? `did you mean ${close}? ` : ''}${list}`);
  }
  for (const attr of rules.required ?? []) {
    if (isEmpty(attribute(node, attr))) error(attr, `<${name}> needs ${attr}="…": ${WHAT[attr] ?? 'it is required'}`);
  }
  for (const [attr, unless] of Object.entries(rules.requiredUnless ?? {})) {
    if (attribute(node, unless) === undefined && isEmpty(attribute(node, attr))) {
      error(attr, `<${name}> needs ${attr}="…": ${WHAT[attr] ?? 'it is required'}`);
    }
  }
  if (rules.oneOf && rules.oneOf.every((attr) => isEmpty(attribute(node, attr)))) {
    error(rules.oneOf[0], `<${name}> needs ${orList(rules.oneOf.map((a) => `${a}="…"`))}: say which ${rules.oneOf.join(' or ')} to use`);
  }
  for (const [attr, target] of Object.entries(rules.refs ?? {})) {
    const v = attribute(node, attr);
    if (typeof v !== 'string' || !v) continue;
    if (!opts.targets.exists(target, v, opts.locale)) {
      const where =
        target === 'contact'
          ? 'content/contacts/'
          : target === 'form'
            ? 'content/forms/<language>/'
            : 'organisation.municipalities in content/campaign.yaml';
      const known = opts.targets.known(target, opts.locale);
      const close = closest(v, known);
      const what = target === 'form' ? 'form of violence' : target;
      error(
        attr,
        `<${name} ${attr}="${v}">: there is no ${what} "${v}" — ${close ? `did you mean "${close}"? ` : ''}use a ${target === 'municipality' ? 'slug' : 'file name'} from ${where}${known.length && known.length <= 12 ? ` (${known.join(', ')})` : ''}`,
      );
    }
  }
  for (const [attr, values] of Object.entries(rules.values ?? {})) {
    const v = attribute(node, attr);
    if (typeof v === 'string' && !values.includes(v)) {
      error(attr, `<${name} ${attr}="${v}">: "${v}" is not allowed — use ${orList([...values])}`);
    }
  }
  // <SignalList form audience>: the form must have signals for that audience.
  const form = attribute(node, 'form');
  const audience = attribute(node, 'audience');
  if (name === 'SignalList' && typeof form === 'string' && typeof audience === 'string' && (AUDIENCES as readonly string[]).includes(audience)) {
    const audiences = opts.targets.audiencesOf(form, opts.locale);
    if (audiences && !audiences.includes(audience)) {
      error(
        'audience',
        `<${name} form="${form}" audience="${audience}">: the form "${form}" has no signals for audience "${audience}" — choose another audience (its signals are for ${audiences.join(', ')}), or leave audience out`,
      );
    }
  }
  // A flag (decorative) is written without a value, and a decorative image has no alt text.
  for (const [attr, unless] of Object.entries(rules.requiredUnless ?? {})) {
    const flag = attribute(node, unless);
    if (flag !== undefined && flag !== true) error(unless, `<${name} ${unless}="…">: ${unless} takes no value — write just ${unless}, or leave it out`);
    else if (flag === true && !isEmpty(attribute(node, attr)))
      error(attr, `<${name} ${unless} ${attr}="…">: a ${unless} image has no ${attr} text — remove ${unless} if the image tells something, or remove ${attr}`);
  }
  for (const attr of rules.pixels ?? []) {
    const v = attribute(node, attr);
    const text = typeof v === 'string' ? v : typeof v === 'object' ? v.expression : undefined;
    if (text !== undefined && text.trim() && !/^\s*[1-9]\d*\s*$/.test(text)) {
      error(attr, `<${name} ${attr}="${text}">: write a whole number of pixels, like ${attr}="800"`);
    }
  }
  for (const [attr, extensions] of Object.entries(rules.extensions ?? {})) {
    const v = attribute(node, attr);
    if (typeof v !== 'string' || !v.trim()) continue;
    const src = v.trim();
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
      error(
        attr,
        `<${name} ${attr}="${src}">: this is on another website; this site never shows anything from elsewhere (no YouTube, no Vimeo, no image links), because that tells the other website who reads the page — save the file in public/ and write its place there, like ${attr}="/${src.split(/[?#]/)[0].split('/').pop()}"`,
      );
      continue;
    }
    const ext = /\.[a-z0-9]+$/i.exec(src.split(/[?#]/)[0])?.[0].toLowerCase();
    if (!ext || !extensions.includes(ext)) {
      error(attr, `<${name} ${attr}="${src}">: use a ${orList([...extensions])} file`);
      continue;
    }
    if (!src.startsWith('/')) {
      error(attr, `<${name} ${attr}="${src}">: write the file's place in public/, starting with /`);
      continue;
    }
    let path = (opts.base !== '/' && src.startsWith(opts.base) ? src.slice(opts.base.length) : src.slice(1)).split(/[?#]/)[0];
    try {
      path = decodeURI(path);
    } catch {
      /* kept as written */
    }
    if (path.split('/').includes('..') || !opts.inPublic(path)) {
      error(attr, `<${name} ${attr}="${src}">: the file public/${path} does not exist — check the name (capitals count), or put the file in public/`);
    }
  }
  if ((rules.children === 'content' && !node.children?.length) || (rules.children === 'text' && !textOf(node).trim())) {
    error('children', `<${name}> is empty — write the text between <${name} …> and </${name}>`);
  }
  if (rules.children === 'numbered-list' && !hasNumberedList(node)) {
    error('children', `<${name}> needs a numbered list inside — write each step on its own line starting with a number, like "1. Bel 0800-2000."`);
  }
  return out;
}

/** Names a file imports itself (import X from …, import { A, B as C } from …): those components are the file's own. */
export function importedNames(source: string): ReadonlySet<string> {
  // Asked for every component of a file: read each source once (most import nothing).
  if (!source.includes('import')) return NONE;
  let names = imported.get(source);
  if (!names) {
    if (imported.size > 200) imported.clear();
    imported.set(source, (names = readImports(source)));
  }
  return names;
}
const NONE: ReadonlySet<string> = new Set();
const imported = new Map<string, ReadonlySet<string>>();

function readImports(source: string): Set<string> {
  return new Set(
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
}
