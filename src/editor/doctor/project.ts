/**
 * Reads a campaign's content/ and public/ folders from disk, the way the engine
 * does (the same folders, file patterns and YAML parser), without building anything.
 * Problems found while reading (bad YAML, MDX syntax, files in the wrong place)
 * go into the problem list; everything that could be read is returned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDir, walk } from '../../content/files.ts';
import { mdxToMdast, type MdastNode } from 'satteri';
import { campaignFileProblems, campaignSchema, type Campaign } from '../../config/campaign.ts';
import { parseOverrides, resolveStrings, type PartialStrings, type UiStrings } from '../../i18n/ui.ts';
import type { PathContext } from '../../routing/paths.ts';
import type { Collection } from '../../routing/routes.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { parseYaml, type LinedYaml } from '../yaml.ts';
import { engineProblems } from './engine-errors.ts';
import type { Problems } from './problems.ts';
import { validate } from './schema-issues.ts';

export const COLLECTIONS: Collection[] = ['forms', 'stories', 'pages'];
const CONTENT_ENTRIES = new Set(['campaign.yaml', 'forms', 'stories', 'pages', 'contacts', 'i18n']);

export interface MdxEntry {
  /** Relative to the project: content/forms/nl/stalking.mdx */
  file: string;
  collection: Collection;
  /** The content-layer id as the engine makes it: "nl/stalking". */
  id: string;
  locale: string;
  slug: string;
  text: string;
  /** The frontmatter; undefined when the file has none. */
  yaml?: LinedYaml;
  /** The frontmatter as read, before the schema (an object, or undefined). */
  data?: Record<string, unknown>;
  /** The frontmatter after the schema, when it is valid. */
  parsed?: Record<string, unknown>;
  /** The parsed MDX (frontmatter and body), with file line numbers; undefined on a syntax error. */
  tree?: MdastNode;
}

export interface ContactEntry {
  file: string;
  id: string;
  text: string;
  yaml: LinedYaml;
  data?: Record<string, unknown>;
  parsed?: Record<string, unknown>;
}

export interface Project {
  root: string;
  campaign?: Campaign;
  campaignYaml?: LinedYaml;
  /** Interface strings per locale (with the campaign's overrides), when the campaign is valid. */
  strings?: Record<string, UiStrings>;
  overrides: Record<string, PartialStrings>;
  ctx?: PathContext;
  entries: MdxEntry[];
  contacts: ContactEntry[];
  /** Every file in public/, relative to the project: public/logo.svg */
  publicFiles: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function readProject(root: string, problems: Problems): Project {
  const project: Project = { root, overrides: {}, entries: [], contacts: [], publicFiles: [] };
  readCampaign(project, problems);
  readI18n(project, problems);
  if (project.campaign) {
    const { campaign } = project;
    project.strings = resolveStrings(
      campaign.locales.map((l) => l.code),
      campaign.defaultLocale,
      project.overrides,
      campaign.fallback,
    );
    project.ctx = { defaultLocale: campaign.defaultLocale, strings: project.strings };
  }
  const contentDir = `${root}/content`;
  if (existsSync(contentDir)) {
    for (const name of readdirSync(contentDir)) {
      if (!CONTENT_ENTRIES.has(name) && !name.startsWith('.')) {
        problems.warn(
          'structure',
          `content/${name}`,
          `Signaal does not read this ${isDir(`${contentDir}/${name}`) ? 'folder' : 'file'}; content goes in campaign.yaml, forms/, stories/, pages/, contacts/ or i18n/ — check the spelling`,
        );
      }
    }
  }
  for (const collection of COLLECTIONS) readCollection(project, collection, problems);
  readContacts(project, problems);
  project.publicFiles = walk(`${root}/public`).map((f) => `public/${f}`);
  return project;
}

function readCampaign(project: Project, problems: Problems): void {
  const file = 'content/campaign.yaml';
  const path = `${project.root}/${file}`;
  if (!existsSync(path)) {
    problems.error(
      'structure',
      file,
      'the campaign file is missing: run the command in the project folder (the one with content/ in it), or copy content/campaign.yaml from the default campaign',
    );
    return;
  }
  const yaml = parseYaml(readFileSync(path, 'utf8'));
  project.campaignYaml = yaml;
  if (yamlErrors(yaml, file, problems)) return;
  if (!isObject(yaml.data)) {
    problems.error('schema', file, 'expected a YAML file of fields (site, name, locales, …)');
    return;
  }
  const result = validate(campaignSchema, yaml.data);
  for (const issue of result.issues) problems.error('schema', file, issue.message, { line: yaml.lineOf(issue.path), field: issue.field });
  project.campaign = result.data;
  if (result.data) {
    for (const p of campaignFileProblems(result.data, (f) => existsSync(`${project.root}/public/${f}`))) {
      problems.error('image', file, p.message, { line: yaml.lineOf(p.path.split('.')), field: p.path });
    }
  }
}

function readI18n(project: Project, problems: Problems): void {
  const dir = `${project.root}/content/i18n`;
  if (!existsSync(dir)) return;
  const locales = project.campaign?.locales.map((l) => l.code);
  for (const name of readdirSync(dir).sort()) {
    const file = `content/i18n/${name}`;
    if (!/\.ya?ml$/.test(name)) {
      problems.warn('structure', file, 'only .yaml files are read here; name the file after its language, like en.yaml');
      continue;
    }
    const locale = name.replace(/\.ya?ml$/, '');
    if (locales && !locales.includes(locale)) {
      problems.error(
        'structure',
        file,
        `"${locale}" is not one of the locales in content/campaign.yaml (${locales.join(', ')}) — rename the file or add the language to campaign.yaml`,
      );
      continue;
    }
    const yaml = parseYaml(readFileSync(`${dir}/${name}`, 'utf8'));
    if (yamlErrors(yaml, file, problems)) continue;
    try {
      project.overrides[locale] = parseOverrides(yaml.data, file);
    } catch (e) {
      for (const p of engineProblems(e)) problems.error('schema', file, p.message, { field: p.field, line: p.field ? yaml.lineOf([p.field]) : undefined });
    }
  }
}

function readCollection(project: Project, collection: Collection, problems: Problems): void {
  const dir = `${project.root}/content/${collection}`;
  for (const rel of walk(dir)) {
    const file = `content/${collection}/${rel}`;
    if (!rel.endsWith('.mdx')) {
      if (!rel.split('/').pop()!.startsWith('.')) {
        problems.warn(
          'structure',
          file,
          `this file is not read: pages are .mdx files in content/${collection}/<language>/${/\.md$/.test(rel) ? ' — rename it to .mdx' : ''}`,
        );
      }
      continue;
    }
    const id = rel.replace(/\.mdx$/, '');
    const parts = id.split('/');
    const text = readFileSync(`${dir}/${rel}`, 'utf8');
    const entry: MdxEntry = { file, collection, id, locale: parts.length === 2 ? parts[0] : '', slug: parts[parts.length - 1], text };
    project.entries.push(entry);
    const split = splitFrontmatter(text);
    if (split.yaml === undefined) {
      problems.error('yaml', file, 'the file must start with frontmatter: a block between two lines of --- with at least title and summary (see EDITING.md)', {
        line: 1,
      });
    } else {
      entry.yaml = parseYaml(split.yaml, split.yamlLine);
      if (!yamlErrors(entry.yaml, file, problems)) {
        if (isObject(entry.yaml.data)) entry.data = entry.yaml.data;
        else problems.error('yaml', file, 'the frontmatter must be fields like "title: …", one per line', { line: split.yamlLine });
      }
    }
    try {
      entry.tree = mdxToMdast(text);
    } catch (e) {
      const message = (e as Error).message;
      const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
      problems.error(
        'mdx',
        file,
        `the text cannot be read as MDX: ${m ? m[3] : message}. Check for a { or < that should be written as \\{ or \\<, or a component that is not closed`,
        {
          line: m ? Number(m[1]) : undefined,
        },
      );
    }
  }
}

function readContacts(project: Project, problems: Problems): void {
  const dir = `${project.root}/content/contacts`;
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const file = `content/contacts/${name}`;
    if (!/\.ya?ml$/.test(name)) {
      if (!name.startsWith('.')) problems.warn('structure', file, 'this file is not read: contacts are .yaml files directly in content/contacts/');
      continue;
    }
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    const yaml = parseYaml(text);
    const entry: ContactEntry = { file, id: name.replace(/\.ya?ml$/, ''), text, yaml };
    project.contacts.push(entry);
    if (yamlErrors(yaml, file, problems)) continue;
    if (isObject(yaml.data)) entry.data = yaml.data;
    else problems.error('yaml', file, 'expected the fields of a contact (name, kind, …), one per line', { line: 1 });
  }
}

function yamlErrors(yaml: LinedYaml, file: string, problems: Problems): boolean {
  for (const e of yaml.errors) {
    problems.error('yaml', file, `this is not valid YAML: ${e.message}. Check the indentation, and put text with a colon (:) or # between "quotes"`, {
      line: e.line,
    });
  }
  return yaml.errors.length > 0;
}
