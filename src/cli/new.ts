/**
 * `npm run new -- <type> <slug> [--locale <code>] [--from <locale>]`: starts a new form
 * of violence, story, page or contact from a template, or (with --from) a translation
 * of an existing entry. Never overwrites a file. Says what it made and what to do next.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ContentError, type Campaign } from '../config/campaign.ts';
import { loadCampaign, readYaml } from '../config/load.ts';
import { formSchema } from '../content/schemas.ts';
import { parseOverrides, resolveStrings, type PartialStrings } from '../i18n/ui.ts';
import { href, pathFor, type PathContext } from '../routing/paths.ts';
import { buildRoutes } from '../routing/routes.ts';
import { localToday } from '../editor/today.ts';
import { sourceHash } from '../editor/hash.ts';
import { COLLECTION_OF, ENTRY_TYPES, entryPath, template, translationOf, type EntryType } from '../editor/templates.ts';
import type { CliResult } from './check.ts';

const USAGE = `usage: npm run new -- <type> <name> [--locale <language>] [--from <language>]

  <type>      form, story, page or contact
  <name>      the file name: lower-case letters, digits and hyphens, like partnergeweld
  --locale    the language of the new page (default: the campaign's default language)
  --from      start a translation: copy the page from this language into --locale

examples:
  npm run new -- page buurtavond
  npm run new -- form stalking --locale en --from nl
  npm run new -- contact oeverdam-wijkteam`;

const WHAT: Record<EntryType, string> = { form: 'form of violence', story: 'story', page: 'page', contact: 'contact' };

export interface NewOptions {
  /** YYYY-MM-DD for a new contact's verifiedAt; default: today. */
  today?: string;
}

export function runNew(argv: string[], root: string, options: NewOptions = {}): CliResult {
  const fail = (message: string, usage = false): CliResult => ({ code: 1, stdout: '', stderr: usage ? `${message}\n\n${USAGE}` : message });
  const positional: string[] = [];
  let locale: string | undefined;
  let from: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { code: 0, stdout: USAGE, stderr: '' };
    if (a === '--locale' || a === '--from') {
      const v = argv[++i];
      if (!v || v.startsWith('--')) return fail(`${a} needs a language code, like ${a} en`, true);
      if (a === '--locale') locale = v;
      else from = v;
    } else if (a.startsWith('--')) return fail(`unknown option "${a}"`, true);
    else positional.push(a);
  }
  const [type, slug, ...extra] = positional;
  if (!type || !slug) return fail('say what to make and its file name', true);
  if (extra.length)
    return fail(`too many names: "${extra.join(' ')}" — a file name has no spaces; use hyphens, like ${[slug, ...extra].join('-').toLowerCase()}`, true);
  if (!(ENTRY_TYPES as readonly string[]).includes(type)) return fail(`"${type}" is not a type of content — use form, story, page or contact`, true);
  const kind = type as EntryType;

  // The same rule as every reference to an entry: a slug.
  const slugCheck = formSchema.shape.relatedForms.safeParse([slug]);
  if (!slugCheck.success) {
    return fail(`"${slug}" cannot be a file name: use lower-case letters, digits and hyphens, like "${slugify(slug) || 'partnergeweld'}"`);
  }

  let campaign: Campaign;
  try {
    campaign = loadCampaign(root);
  } catch (e) {
    return fail(`${(e as Error).message}\n\nFix content/campaign.yaml first (npm run check lists every problem).`);
  }
  const locales = campaign.locales.map((l) => l.code);
  const def = campaign.defaultLocale;

  if (kind === 'contact') {
    if (from)
      return fail(
        `contacts have one file for every language: add the translated description under "description:" in content/contacts/${slug}.yaml, like "  ${locale ?? 'en'}: …"`,
      );
    if (locale) return fail('contacts have one file for every language: leave out --locale and write a description per language in the file');
  }
  const target = locale ?? def;
  if (!locales.includes(target)) return fail(`"${target}" is not one of the languages in content/campaign.yaml (${locales.join(', ')})`);
  if (from !== undefined && !locales.includes(from))
    return fail(`--from ${from}: "${from}" is not one of the languages in content/campaign.yaml (${locales.join(', ')})`);
  if (from !== undefined && from === target) {
    return fail(
      `--from ${from} and the new file are in the same language — say which language to translate into, like --locale ${locales.find((l) => l !== from) ?? 'en'} --from ${from}`,
    );
  }

  const path = entryPath(kind, slug, target);
  if (existsSync(`${root}/${path}`)) return fail(`${path} already exists; nothing was changed. Open it to edit it, or choose another name.`);

  const ctx = pathContext(root, campaign);
  if (kind !== 'contact') {
    const collection = COLLECTION_OF[kind];
    // The engine's own rules for where a page can live (reserved names like the section names).
    try {
      buildRoutes(campaign, ctx, [{ collection, id: `${target}/${slug}`, file: path, role: undefined }]);
    } catch (e) {
      const message = e instanceof ContentError ? e.problems.map((p) => p.message).join('; ') : (e as Error).message;
      return fail(`${path} cannot be made: ${message.replace(/;? ?rename the file$/, '')} — choose another name`);
    }
  }

  let text: string;
  let made: string;
  let next: string[];
  if (from !== undefined) {
    const collection = COLLECTION_OF[kind as Exclude<EntryType, 'contact'>];
    const sourcePath = `content/${collection}/${from}/${slug}.mdx`;
    if (!existsSync(`${root}/${sourcePath}`)) {
      const there = listSlugs(`${root}/content/${collection}/${from}`);
      const near = there.filter((s) => s.includes(slug) || slug.includes(s));
      return fail(
        `${sourcePath} does not exist, so there is nothing to translate${near.length ? ` — did you mean ${near.join(' or ')}?` : there.length ? ` — the ${from} ${collection} are: ${there.join(', ')}` : ''}`,
      );
    }
    const source = readFileSync(`${root}/${sourcePath}`, 'utf8');
    try {
      text = translationOf(source, sourceHash(from, source));
    } catch (e) {
      return fail(`${sourcePath}: ${(e as Error).message}`);
    }
    made = `Created ${path}: a copy of ${sourcePath} to translate into ${languageName(campaign, target)}.`;
    next = [
      `Next: translate the title, summary${kind === 'form' ? ', the signals' : ''} and the text into ${languageName(campaign, target)}. Keep the file name, the links like (form:…) and the lists like [victim].`,
      'Then delete the line "needsTranslation: true" and run npm run check.',
    ];
  } else {
    const forms = listSlugs(`${root}/content/forms/${def}`);
    ({ text } = template(kind, {
      slug,
      locale: target,
      defaultLocale: def,
      municipalities: campaign.organisation.municipalities.map((m) => m.slug),
      forms,
      today: options.today ?? localToday(),
    }));
    made = `Created ${path}: a new ${WHAT[kind]}${kind === 'contact' ? '' : ` in ${languageName(campaign, target)}`}.`;
    next = [`Next: open it and replace every TODO (EDITING.md explains each field). Then run npm run check to see what is left.`];
    if (kind !== 'contact' && target !== def && existsSync(`${root}/content/${COLLECTION_OF[kind]}/${def}/${slug}.mdx`)) {
      next.push(`Translating the ${def} ${WHAT[kind]}? Delete this file and use: npm run new -- ${kind} ${slug} --locale ${target} --from ${def}`);
    }
  }
  if (kind !== 'contact') {
    const url = href(campaign.base, pathFor(ctx, target, kind, slug));
    next.push(`See it with npm run dev at http://localhost:4321${url}`);
  } else {
    next.push(`Link to it from a page with [text](contact:${slug}).`);
  }

  mkdirSync(dirname(`${root}/${path}`), { recursive: true });
  try {
    writeFileSync(`${root}/${path}`, text, { flag: 'wx' });
  } catch {
    return fail(`${path} already exists; nothing was changed.`);
  }
  return { code: 0, stdout: [made, ...next].join('\n'), stderr: '' };
}

function pathContext(root: string, campaign: Campaign): PathContext {
  const locales = campaign.locales.map((l) => l.code);
  const overrides: Record<string, PartialStrings> = {};
  for (const locale of locales) {
    const file = `content/i18n/${locale}.yaml`;
    if (!existsSync(`${root}/${file}`)) continue;
    try {
      overrides[locale] = parseOverrides(readYaml(`${root}/${file}`, file), file);
    } catch {
      // npm run check reports it; the route names fall back to the built-in ones.
    }
  }
  return { defaultLocale: campaign.defaultLocale, strings: resolveStrings(locales, campaign.defaultLocale, overrides, campaign.fallback) };
}

function listSlugs(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => n.replace(/\.mdx$/, ''))
      .sort();
  } catch {
    return [];
  }
}

function languageName(campaign: Campaign, code: string): string {
  const l = campaign.locales.find((x) => x.code === code);
  return l ? `${l.name} (${code})` : code;
}

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
