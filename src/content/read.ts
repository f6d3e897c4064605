/**
 * The one content reader: which files of content/ are entries, and their frontmatter
 * or YAML read and checked against the schemas, every problem a value with its line.
 * The build (src/content/load.ts) and the doctor (src/editor/doctor/project.ts) both
 * read through here, so they see the same entries and report the same words.
 */
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import { splitFrontmatter } from '../editor/frontmatter.ts';
import { parseYaml, type LinedYaml } from '../editor/yaml.ts';
import { validate } from './schema-issues.ts';
import { walk } from './files.ts';
import type { ContentProblem } from './problems.ts';
import { contactSchema, formSchema, pageSchema, storySchema } from './schemas.ts';

/** The MDX collections and their schemas: content/<collection>/<locale>/<slug>.mdx. */
export const MDX_SCHEMAS = { forms: formSchema, stories: storySchema, pages: pageSchema } as const;
export type MdxCollection = keyof typeof MDX_SCHEMAS;
export const MDX_COLLECTIONS = Object.keys(MDX_SCHEMAS) as MdxCollection[];
export const SCHEMAS = { ...MDX_SCHEMAS, contacts: contactSchema } as const;
/** The collection of each kind of entry, as links (form:slug) and `npm run new` name them. */
export const COLLECTION_OF = { form: 'forms', story: 'stories', page: 'pages' } as const satisfies Record<string, MdxCollection>;
export type Collection = keyof typeof SCHEMAS;

/** The language folder of a content file (content/<collection>/<locale>/<slug>.mdx), or the fallback. */
export function contentLocaleOf(file: string, fallback: string): string {
  return /(?:^|\/)content\/[^/]+\/([^/]+)\//.exec(file)?.[1] ?? fallback;
}

/** One file of content/ that is an entry. */
export interface ContentFile<C extends Collection = Collection> {
  collection: C;
  /** Relative to the project: content/forms/nl/stalking.mdx */
  file: string;
  /** "<locale>/<slug>" for MDX entries, "<slug>" for contacts: the path below the collection without extension. */
  id: string;
  /** The language folder ('' for contacts, or a file not in one). */
  locale: string;
  slug: string;
}

/** A file in a collection folder that is not read, and why (the doctor warns about it). */
export interface IgnoredFile {
  file: string;
  message: string;
}

/** Every entry file of the campaign, in a stable order; hidden files and folders are skipped. */
export function contentFiles(root: string): { files: ContentFile[]; ignored: IgnoredFile[] } {
  const files: ContentFile[] = [];
  const ignored: IgnoredFile[] = [];
  const hidden = (rel: string) => rel.split('/').some((part) => part.startsWith('.'));
  for (const collection of MDX_COLLECTIONS) {
    for (const rel of walk(`${root}/content/${collection}`)) {
      const file = `content/${collection}/${rel}`;
      if (hidden(rel)) continue;
      if (!rel.endsWith('.mdx')) {
        ignored.push({ file, message: `this file is not read: pages are .mdx files in content/${collection}/<language>/${/\.md$/.test(rel) ? ' — rename it to .mdx' : ''}` });
        continue;
      }
      const id = rel.slice(0, -'.mdx'.length);
      const parts = id.split('/');
      files.push({ collection, file, id, locale: parts.length === 2 ? parts[0] : '', slug: parts[parts.length - 1] });
    }
  }
  for (const rel of walk(`${root}/content/contacts`)) {
    const file = `content/contacts/${rel}`;
    if (hidden(rel)) continue;
    if (!/\.ya?ml$/.test(rel) || rel.includes('/')) {
      ignored.push({ file, message: 'this file is not read: contacts are .yaml files directly in content/contacts/' });
      continue;
    }
    const id = rel.replace(/\.ya?ml$/, '');
    files.push({ collection: 'contacts', file, id, locale: '', slug: id });
  }
  return { files, ignored };
}

export interface ReadFile<C extends Collection = Collection> extends ContentFile<C> {
  text: string;
  /** The YAML with line numbers (the frontmatter, or the whole contact file); undefined when an MDX file has none. */
  yaml?: LinedYaml;
  /** The fields as written, before the schema; undefined when they cannot be read. */
  data?: Record<string, unknown>;
}

/** YAML syntax errors as problems, the same words for every YAML file. */
export function yamlProblems(yaml: LinedYaml, file: string): ContentProblem[] {
  return yaml.errors.map((e) => ({
    rule: 'yaml',
    file,
    ...(e.line ? { line: e.line } : {}),
    message: `invalid YAML: ${e.message}. Check the indentation, and put text with a colon (:) or # between "quotes"`,
  }));
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads a file's YAML with its lines; problems: no frontmatter, invalid YAML, not a set of fields. */
export function readFile<C extends Collection>(root: string, f: ContentFile<C>, text = readFileSync(`${root}/${f.file}`, 'utf8')): { entry: ReadFile<C>; problems: ContentProblem[] } {
  const entry: ReadFile<C> = { ...f, text };
  const problems: ContentProblem[] = [];
  const mdx = f.collection !== 'contacts';
  const split = mdx ? splitFrontmatter(text) : { yaml: text, yamlLine: 1 };
  if (split.yaml === undefined) {
    problems.push({
      rule: 'yaml',
      file: f.file,
      line: 1,
      message: 'the file must start with frontmatter: a block between two lines of --- with at least title and summary (see EDITING.md)',
    });
    return { entry, problems };
  }
  entry.yaml = parseYaml(split.yaml, split.yamlLine);
  problems.push(...yamlProblems(entry.yaml, f.file));
  if (problems.length) return { entry, problems };
  const data = entry.yaml.data ?? {};
  if (isObject(data)) entry.data = data;
  else
    problems.push({
      rule: 'yaml',
      file: f.file,
      line: split.yamlLine,
      message: mdx ? 'the frontmatter must be fields like "title: …", one per line' : 'expected the fields of a contact (name, kind, …), one per line',
    });
  return { entry, problems };
}

/** Checks fields against the collection's schema; each problem with its field and line. */
export function checkFields<C extends Collection>(entry: ReadFile<C>): { data?: z.infer<(typeof SCHEMAS)[C]>; problems: ContentProblem[] } {
  const result = validate(SCHEMAS[entry.collection], entry.data ?? {});
  return {
    data: result.data as z.infer<(typeof SCHEMAS)[C]> | undefined,
    problems: result.issues.map((i) => {
      const line = entry.yaml?.lineOf(i.path);
      return { rule: 'schema' as const, file: entry.file, field: i.field, message: i.message, ...(line ? { line } : {}) };
    }),
  };
}

/** What readFast found per file, with the file's time and size when read (the dev server keeps one). */
export type FileCache = Map<string, { key: string; result: { data?: unknown; problems: ContentProblem[] } }>;

/**
 * The build's fast path: js-yaml's core schema reads YAML 1.2 like the `yaml` package
 * (dates stay text) at a tenth of the cost, which counts with thousands of files; a file
 * that fails is read again with lines (readFile, checkFields) for its problems.
 */
export function readFast<C extends Collection>(root: string, f: ContentFile<C>, cache?: FileCache): { data?: z.infer<(typeof SCHEMAS)[C]>; problems: ContentProblem[] } {
  if (cache) {
    // The dev server: a file read before, unchanged since (same time and size), is not read again.
    const stat = statSync(`${root}/${f.file}`);
    const key = `${stat.mtimeMs}:${stat.size}`;
    const hit = cache.get(f.file);
    if (hit?.key === key) return hit.result as ReturnType<typeof readFast<C>>;
    const result = readFast(root, f);
    cache.set(f.file, { key, result });
    return result;
  }
  const text = readFileSync(`${root}/${f.file}`, 'utf8');
  const yaml = f.collection === 'contacts' ? text : splitFrontmatter(text).yaml;
  if (yaml !== undefined) {
    try {
      const result = SCHEMAS[f.collection].safeParse(load(yaml, { schema: CORE_SCHEMA }) ?? {});
      if (result.success) return { data: result.data as z.infer<(typeof SCHEMAS)[C]>, problems: [] };
    } catch {
      /* a YAML error: reported below with its line */
    }
  }
  const read = readFile(root, f, text);
  return read.problems.length ? read : checkFields(read.entry);
}
