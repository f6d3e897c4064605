/**
 * Reads the campaign's entries from content/ for the build: the frontmatter of every
 * MDX file and every contact, checked against its schema (src/content/read.ts, the
 * reader the doctor uses too). The MDX bodies are not read here: pages import them as
 * modules (src/components/EntryContent.astro), like any Astro page imports MDX. This
 * replaces Astro's content layer, which cost about 40 % extra build time for a large
 * campaign (docs/benchmarks.md).
 *
 * Every problem in every file is collected, so an editor sees them all in one run;
 * each names the file, the line and the field.
 */
import type { z } from 'astro/zod';
import { throwProblems } from '../config/campaign.ts';
import type { ContentProblem } from './problems.ts';
import { contentFiles, readFast, type Collection, type ContentFile, type FileCache } from './read.ts';
import type { contactSchema, formSchema, pageSchema, storySchema } from './schemas.ts';

/** An entry of the built site: a content file and its checked fields. */
export interface Entry<C extends Collection, D> extends ContentFile<C> {
  /** Relative to the project, as Astro names it: content/forms/nl/stalking.mdx (the same as file). */
  filePath: string;
  data: D;
}

export type FormEntry = Entry<'forms', z.infer<typeof formSchema>>;
export type StoryEntry = Entry<'stories', z.infer<typeof storySchema>>;
export type PageEntry = Entry<'pages', z.infer<typeof pageSchema>>;
export type ContactEntry = Entry<'contacts', z.infer<typeof contactSchema>>;
export type MdxEntry = FormEntry | StoryEntry | PageEntry;

export interface Content {
  forms: FormEntry[];
  stories: StoryEntry[];
  pages: PageEntry[];
  contacts: ContactEntry[];
}

/** cache: the dev server's results of earlier reads, so only changed files are read again. */
export function loadContent(root: string, cache?: FileCache): Content {
  const problems: ContentProblem[] = [];
  const content: Content = { forms: [], stories: [], pages: [], contacts: [] };
  for (const f of contentFiles(root).files) {
    const read = readFast(root, f, cache);
    problems.push(...read.problems);
    if (read.data) (content[f.collection] as Entry<Collection, unknown>[]).push({ ...f, filePath: f.file, data: read.data });
  }
  throwProblems(problems);
  return content;
}
