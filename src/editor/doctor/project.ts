/**
 * Reads a campaign's content/ and public/ folders from disk, the way the engine
 * does (the same folders, file patterns and YAML parser), without building anything.
 * Problems found while reading (bad YAML, MDX syntax, files in the wrong place)
 * go into the problem list; everything that could be read is returned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDir, walk } from '../../content/files.ts';
import { mdxToMdast, type MdastNode } from 'satteri';
import { campaignFileProblems, MDX_HINT, parseCampaign, problemsOf, type Campaign } from '../../config/campaign.ts';
import { overridesFileProblem, parseOverrides, resolveStrings, type PartialStrings, type UiStrings } from '../../i18n/ui.ts';
import type { PathContext } from '../../routing/paths.ts';
import { contentFiles, MDX_COLLECTIONS, readFile, yamlProblems, type MdxCollection, type ReadFile } from '../../content/read.ts';
import type { ContentProblem } from '../../content/problems.ts';
import { mdxSyntaxProblem } from '../../content/mdx-syntax.ts';
import { parseYaml, type LinedYaml } from '../yaml.ts';
import type { Problems } from './problems.ts';

export const COLLECTIONS = MDX_COLLECTIONS;
const CONTENT_ENTRIES = new Set(['campaign.yaml', 'forms', 'stories', 'pages', 'contacts', 'i18n']);

/** An MDX entry as the engine's reader reads it (file, id, locale, slug, text, yaml, data as written), plus: */
export interface MdxEntry extends ReadFile<MdxCollection> {
  /** The frontmatter after the schema, when it is valid. */
  parsed?: Record<string, unknown>;
  /** The parsed MDX (frontmatter and body), with file line numbers; undefined on a syntax error. */
  tree?: MdastNode;
}

export interface ContactEntry extends ReadFile<'contacts'> {
  yaml: LinedYaml;
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
  readEntries(project, problems);
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
  if (report(problems, yamlProblems(yaml, file))) return;
  try {
    project.campaign = parseCampaign(yaml.data, file, yaml);
  } catch (e) {
    report(problems, problemsOf(e));
    return;
  }
  report(
    problems,
    campaignFileProblems(project.campaign, (f) => existsSync(`${project.root}/public/${f}`), yaml),
  );
}

/** Adds the engine's problems as errors; true when there were any. */
function report(problems: Problems, found: ContentProblem[]): boolean {
  for (const p of found) problems.add({ severity: 'error', ...p });
  return found.length > 0;
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
    const wrong = locales && overridesFileProblem(file, locale, locales);
    if (wrong) {
      report(problems, [wrong]);
      continue;
    }
    const yaml = parseYaml(readFileSync(`${dir}/${name}`, 'utf8'));
    if (report(problems, yamlProblems(yaml, file))) continue;
    try {
      project.overrides[locale] = parseOverrides(yaml.data, file, yaml);
    } catch (e) {
      report(problems, problemsOf(e));
    }
  }
}

/** Reads every entry through the engine's reader (src/content/read.ts); MDX is parsed for the body rules. */
function readEntries(project: Project, problems: Problems): void {
  const { files, ignored } = contentFiles(project.root);
  for (const i of ignored) problems.warn('structure', i.file, i.message);
  for (const f of files) {
    const read = readFile(project.root, f);
    for (const p of read.problems) problems.add({ severity: 'error', ...p });
    if (f.collection === 'contacts') {
      // A contact without readable YAML has nothing more to check.
      if (read.entry.yaml) project.contacts.push(read.entry as ContactEntry);
      continue;
    }
    const entry = read.entry as MdxEntry;
    project.entries.push(entry);
    try {
      entry.tree = mdxToMdast(entry.text);
    } catch (e) {
      const p = mdxSyntaxProblem((e as Error).message);
      problems.add({ severity: 'error', rule: 'mdx', file: entry.file, message: p.message, hint: MDX_HINT, ...(p.line ? { line: p.line } : {}) });
    }
  }
}
