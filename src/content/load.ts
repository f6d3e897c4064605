/**
 * Reads the campaign's entries from content/: the frontmatter of every MDX file and
 * every contact, each checked against its schema. The MDX bodies are not read here:
 * pages import them as modules (src/components/EntryContent.astro), like any Astro
 * page imports MDX. This replaces Astro's content layer, which cost about 40 % extra
 * build time for a large campaign (docs/benchmarks.md).
 *
 * Every problem in every file is collected, so an editor sees them all in one run;
 * each names the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { combine, ContentError } from '../config/campaign.ts';
import { splitFrontmatter } from '../editor/frontmatter.ts';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseYaml } from '../editor/yaml.ts';
import { validate } from '../editor/doctor/schema-issues.ts';
import { walk } from './files.ts';
import { contactSchema, formSchema, pageSchema, storySchema, type Contact } from './schemas.ts';

export interface Entry<C extends string, D> {
  collection: C;
  /** "<locale>/<slug>", as on disk under content/<collection>/. */
  id: string;
  /** Relative to the project: content/forms/nl/stalking.mdx */
  filePath: string;
  data: D;
}

export type FormEntry = Entry<'forms', z.infer<typeof formSchema>>;
export type StoryEntry = Entry<'stories', z.infer<typeof storySchema>>;
export type PageEntry = Entry<'pages', z.infer<typeof pageSchema>>;
export type ContactEntry = Entry<'contacts', Contact>;
export type MdxEntry = FormEntry | StoryEntry | PageEntry;

export interface Content {
  forms: FormEntry[];
  stories: StoryEntry[];
  pages: PageEntry[];
  contacts: ContactEntry[];
}

const MDX_SCHEMAS = { forms: formSchema, stories: storySchema, pages: pageSchema } as const;

export function loadContent(root: string): Content {
  const errors: Error[] = [];
  const read = <C extends string, S extends z.ZodType>(collection: C, schema: S, file: string, text: string, firstLine = 1): Entry<C, z.infer<S>> | undefined => {
    const rel = file.slice(`content/${collection}/`.length);
    const entry = (data: z.infer<S>) => ({ collection, id: rel.replace(/\.(mdx|ya?ml)$/, ''), filePath: file, data });
    // Fast path: js-yaml's core schema reads YAML 1.2 like the `yaml` package (dates stay
    // text) at a tenth of the cost, which counts with thousands of files.
    try {
      const result = schema.safeParse(load(text, { schema: CORE_SCHEMA }) ?? {});
      if (result.success) return entry(result.data);
    } catch {
      /* a YAML error: reported below with its line */
    }
    const yaml = parseYaml(text, firstLine);
    const at = (line: number | undefined) => (line ? ` (line ${line})` : '');
    if (yaml.errors.length) {
      const [first] = yaml.errors;
      errors.push(new ContentError(first.line ? `${file}:${first.line}` : file, [{ path: '', message: `invalid YAML: ${first.message}` }]));
      return undefined;
    }
    const result = validate(schema, yaml.data ?? {});
    if (result.issues.length) {
      errors.push(new ContentError(file, result.issues.map((i) => ({ path: i.field, message: `${i.message}${at(yaml.lineOf(i.path))}` }))));
      return undefined;
    }
    return entry(result.data as z.infer<S>);
  };

  const mdx = <C extends keyof typeof MDX_SCHEMAS>(collection: C) =>
    filesIn(root, collection, /\.mdx$/, true).flatMap((file) => {
      const split = splitFrontmatter(readFileSync(`${root}/${file}`, 'utf8'));
      if (split.yaml === undefined) {
        errors.push(new ContentError(file, [{ path: '', message: 'the file must start with frontmatter: a block between two lines of --- with at least title and summary' }]));
        return [];
      }
      return read(collection, MDX_SCHEMAS[collection], file, split.yaml, split.yamlLine) ?? [];
    });

  const content = {
    forms: mdx('forms'),
    stories: mdx('stories'),
    pages: mdx('pages'),
    contacts: filesIn(root, 'contacts', /\.ya?ml$/, false).flatMap(
      (file) => read('contacts', contactSchema, file, readFileSync(`${root}/${file}`, 'utf8')) ?? [],
    ),
  } as Content;
  if (errors.length) throw combine(errors);
  return content;
}

/** content/<collection>/… files matching the pattern, in a stable order; hidden files and folders are skipped. */
function filesIn(root: string, collection: string, pattern: RegExp, recursive: boolean): string[] {
  return walk(`${root}/content/${collection}`)
    .filter((rel) => pattern.test(rel) && (recursive || !rel.includes('/')) && !rel.split('/').some((part) => part.startsWith('.')))
    .map((rel) => `content/${collection}/${rel}`);
}
