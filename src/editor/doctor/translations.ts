/**
 * Rule and report: the translation status of every page per language, read from the
 * engine's route table (which pages fall back to the default language):
 * translated, outdated (its source changed after the translation), needs translation
 * (made by `npm run new -- --from` and not translated yet) and falling back. Plus the
 * interface strings each language takes from the default language.
 */
import { spawnSync } from 'node:child_process';
import { missingKeys, UNREVIEWED } from '../../i18n/ui.ts';
import type { Route, RouteTable } from '../../routing/routes.ts';
import { COLLECTION_OF } from '../../content/read.ts';
import { contentHash, parseSourceHash, sourceHash } from '../hash.ts';
import type { MdxEntry, Project } from './project.ts';
import type { Problems } from './problems.ts';

export interface LocaleStatus {
  locale: string;
  /** Pages as "<collection>/<slug>" of the source, like forms/stalking. */
  translated: string[];
  outdated: string[];
  needsTranslation: string[];
  fallingBack: string[];
  /** Interface strings (buttons, headings) this language takes from the default language. */
  missingStrings: number;
  /** The built-in interface strings of this language have not been read by a native speaker yet. */
  unreviewedStrings: boolean;
}

export interface TranslationStatus {
  defaultLocale: string;
  /** Pages in the default language. */
  pages: number;
  locales: LocaleStatus[];
}

/** When each file was last committed (seconds), by path relative to the project. */
export type CommitDates = Map<string, number>;

const CONTENT_KINDS = new Set<Route['kind']>(['form', 'story', 'page', 'home', 'signals', 'help']);
/** Engine pages with an intro (home, signals, help) show a page of the pages collection. */
const COLLECTION: Partial<Record<Route['kind'], MdxEntry['collection']>> = { ...COLLECTION_OF, home: 'pages', signals: 'pages', help: 'pages' };

export function checkTranslations(project: Project, problems: Problems, table: RouteTable | undefined, dates?: CommitDates): TranslationStatus | undefined {
  const { campaign } = project;
  if (!campaign || !table) return undefined;
  const def = campaign.defaultLocale;
  const entryOf = (kind: Route['kind'], id?: string) => (id ? project.entries.find((e) => e.collection === COLLECTION[kind] && e.id === id) : undefined);
  const name = (e: MdxEntry) => `${e.collection}/${e.slug}`;
  const status = new Map<string, LocaleStatus>(
    campaign.locales.map((l) => [
      l.code,
      {
        locale: l.code,
        translated: [],
        outdated: [],
        needsTranslation: [],
        fallingBack: [],
        missingStrings: missingKeys(l.code, project.overrides).length,
        unreviewedStrings: UNREVIEWED.has(l.code),
      },
    ]),
  );
  let pages = 0;

  for (const route of table.routes) {
    if (!CONTENT_KINDS.has(route.kind) || !route.entryId) continue;
    const entry = entryOf(route.kind, route.entryId);
    if (!entry) continue;
    if (route.locale === def) {
      pages++;
      continue;
    }
    const s = status.get(route.locale)!;
    if (route.contentLocale !== route.locale) {
      s.fallingBack.push(name(entry));
      continue;
    }
    const source = entryOf(route.kind, table.byKey.get(route.key)?.get(def)?.entryId);
    const data = entry.data ?? {};
    if (data.needsTranslation === true) {
      s.needsTranslation.push(name(entry));
      problems.warn(
        'translation',
        entry.file,
        `not translated yet: this is still a copy of the ${sourceLocale(data, def)} text — translate it, then delete the line "needsTranslation: true"`,
        {
          line: entry.yaml?.lineOf(['needsTranslation']),
          field: 'needsTranslation',
        },
      );
      continue;
    }
    const outdated = isOutdated(project, entry, source, dates);
    if (outdated) {
      s.outdated.push(name(entry));
      problems.warn('translation', entry.file, outdated.message, { line: outdated.line, field: outdated.field });
    } else {
      s.translated.push(name(entry));
    }
  }
  return { defaultLocale: def, pages, locales: campaign.locales.filter((l) => l.code !== def).map((l) => status.get(l.code)!) };
}

function sourceLocale(data: Record<string, unknown>, def: string): string {
  return (typeof data.sourceHash === 'string' && parseSourceHash(data.sourceHash)?.locale) || def;
}

function isOutdated(
  project: Project,
  entry: MdxEntry,
  defaultSource: MdxEntry | undefined,
  dates?: CommitDates,
): { message: string; line?: number; field?: string } | undefined {
  const recorded = entry.data?.sourceHash;
  if (typeof recorded === 'string') {
    const parsed = parseSourceHash(recorded);
    if (!parsed) return undefined; // the schema reports the format
    const line = entry.yaml?.lineOf(['sourceHash']);
    const source = project.entries.find((e) => e.collection === entry.collection && e.id === `${parsed.locale}/${entry.slug}`);
    if (!source) {
      return {
        line,
        field: 'sourceHash',
        message: `this translation was made from ${entry.collection}/${parsed.locale}/${entry.slug}.mdx, which no longer exists — check the text against the current ${project.campaign!.defaultLocale} version, then remove the sourceHash line`,
      };
    }
    if (contentHash(source.text) !== parsed.hash) {
      return {
        line,
        field: 'sourceHash',
        message: `outdated: ${source.file} changed after this translation was made — update the translation to match, then set sourceHash: "${sourceHash(parsed.locale, source.text)}"`,
      };
    }
    return undefined;
  }
  if (!dates || !defaultSource) return undefined;
  const own = dates.get(entry.file);
  const src = dates.get(defaultSource.file);
  if (own !== undefined && src !== undefined && src > own) {
    return {
      message: `outdated: ${defaultSource.file} was changed (${day(src)}) after this translation was last changed (${day(own)}) — update the translation to match; to track it exactly from now on, add sourceHash: "${sourceHash(defaultSource.locale, defaultSource.text)}"`,
    };
  }
  return undefined;
}

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * The date of the last commit of every file in content/, from one read-only `git log`;
 * undefined when the project is not a git checkout (or git is not installed).
 */
export function gitCommitDates(root: string): CommitDates | undefined {
  const r = spawnSync('git', ['--no-optional-locks', 'log', '--relative', '--format=%x00%ct', '--name-only', '--', 'content'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 30_000,
  });
  if (r.status !== 0 || r.error) return undefined;
  const dates: CommitDates = new Map();
  for (const commit of r.stdout.split('\0').slice(1)) {
    const [time, ...files] = commit.split('\n');
    for (const f of files) if (f && !dates.has(f)) dates.set(f, Number(time));
  }
  return dates;
}
