/**
 * `signaal init <folder> [--name <text>] [--languages nl,en,ar] [--municipalities "A,B"]
 *   [--organisation <text>] [--site <url>] [--base /path/]`: writes a new campaign folder
 * that builds at once. Never asks a question (it also runs from scripts and pipes) and
 * never overwrites: the folder must be new or empty.
 *
 * What it writes comes from the engine's starter set (src/starter/): the safety pages
 * every campaign needs (online safety, privacy, accessibility) and the national
 * contacts, sourced from ../shared/facts by the engine's maintainers. Languages the
 * starter set has no text for get the default language's text marked
 * needsTranslation, so readers see it with a notice until it is translated.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { parseCampaign } from '../config/campaign.ts';
import { sourceHash } from '../editor/hash.ts';
import { translationOf } from '../editor/templates.ts';
import { ENGINE_VERSION } from '../integration/context.ts';
import type { CliResult } from './check.ts';

const STARTER = fileURLToPath(new URL('../starter/', import.meta.url));

const USAGE = `usage: signaal init <folder> [options]

  --name <text>             the campaign's name in the first language
  --tagline <text>          its tagline (default: a standard line for nl and en)
  --languages nl,en,ar      the languages; the first is the default
  --municipalities "A,B"    the municipalities that take part (a regional campaign)
  --organisation <text>     the organisation behind the campaign
  --site <url>              where the site will be published
  --base /path/             a sub-path of that site, like /huiselijk-geweld/`;

const TAGLINES: Record<string, string> = {
  nl: 'Geweld thuis is nooit normaal. Je staat er niet alleen voor.',
  en: 'Violence at home is never normal. You are not alone.',
};
const NAMES: Record<string, string> = { nl: 'Samen tegen huiselijk geweld', en: 'Together against domestic violence' };

export const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The writing direction of a language, from the platform's own locale data. */
function directionOf(code: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function runInit(argv: string[], cwd: string): CliResult {
  const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n\n${USAGE}` });
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { code: 0, stdout: USAGE, stderr: '' };
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      if (!['name', 'tagline', 'languages', 'municipalities', 'organisation', 'site', 'base'].includes(key)) return fail(`unknown option "${a}"`);
      if (value === undefined || value.startsWith('--')) return fail(`${a} needs a value`);
      flags[key] = value;
    } else positional.push(a);
  }
  if (positional.length !== 1) return fail('name one folder to write the campaign into');
  const dir = resolve(cwd, positional[0]);
  if (existsSync(dir) && readdirSync(dir).length) return { code: 1, stdout: '', stderr: `${dir} is not empty; nothing was written. Choose a new folder.` };

  const languages = (flags.languages ?? 'nl,en')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const def = languages[0];
  const municipalities = (flags.municipalities ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const organisation = flags.organisation ?? (municipalities.length === 1 ? `Gemeente ${municipalities[0]}` : 'Regio (vul in)');
  const campaign = {
    site: flags.site ?? 'https://www.example.org',
    base: flags.base ?? '/',
    name: { [def]: flags.name ?? NAMES[def] ?? NAMES.en },
    tagline: { [def]: flags.tagline ?? TAGLINES[def] ?? TAGLINES.en },
    organisation: {
      name: organisation,
      kind: municipalities.length > 1 ? 'region' : 'municipality',
      municipalities: municipalities.map((name) => ({ slug: slugify(name), name })),
    },
    locales: languages.map((code) => ({ code, name: nativeName(code), dir: directionOf(code) })),
    defaultLocale: def,
    theme: { primary: '#1d4f91', accent: '#fde9a9' },
    quickExit: { url: 'https://www.knmi.nl/nederland-nu/weer/verwachtingen' },
    contact: 'redactie@example.org',
    // Fill in from the register (toegankelijkheidsverklaring.nl): E means not published yet.
    accessibility: { status: 'E' },
  };
  try {
    parseCampaign(campaign);
  } catch (e) {
    return { code: 1, stdout: '', stderr: `These options do not make a valid campaign; nothing was written.\n${(e as Error).message}` };
  }

  const files: Record<string, string> = {};
  const name = slugify(basename(dir)) || 'campagne';
  files['package.json'] = `${JSON.stringify(
    {
      name,
      private: true,
      type: 'module',
      scripts: { dev: 'signaal dev', build: 'signaal build', check: 'signaal check', new: 'signaal new', preview: 'signaal preview', test: 'signaal test' },
      dependencies: { signaal: `^${ENGINE_VERSION}` },
      allowScripts: { node: true, esbuild: true },
    },
    null,
    2,
  )}\n`;
  files['astro.config.mjs'] =
    `import { defineConfig } from 'astro/config';\nimport signaal from 'signaal';\n\nexport default defineConfig({\n  integrations: [signaal()],\n});\n`;
  files['.gitignore'] = 'node_modules/\ndist/\n.astro/\n';
  files['content/campaign.yaml'] = `# The campaign file: see EDITING.md (in node_modules/signaal) for every field.\n${stringify(campaign)}`;

  // The safety pages: the starter's own text per language, else the default's, to translate.
  const untranslated: string[] = [];
  const pages = readdirSync(join(STARTER, 'pages', 'nl'));
  const sourceLocale = existsSync(join(STARTER, 'pages', def)) ? def : 'en';
  for (const locale of languages) {
    for (const page of pages) {
      const own = join(STARTER, 'pages', locale, page);
      const path = `content/pages/${locale}/${page}`;
      if (existsSync(own)) files[path] = readFileSync(own, 'utf8');
      else {
        const source = readFileSync(join(STARTER, 'pages', sourceLocale, page), 'utf8');
        files[path] = locale === def ? source : translationOf(source, sourceHash(sourceLocale, source));
        untranslated.push(path);
      }
    }
  }
  // National contacts with their descriptions in the chosen languages.
  for (const file of readdirSync(join(STARTER, 'contacts'))) {
    const contact = parse(readFileSync(join(STARTER, 'contacts', file), 'utf8')) as { description: Record<string, string> };
    const description = Object.fromEntries(languages.filter((l) => contact.description[l]).map((l) => [l, contact.description[l]]));
    if (!description[def]) description[def] = contact.description[sourceLocale] ?? contact.description.en;
    files[`content/contacts/${file}`] = stringify({ ...contact, description });
  }
  const local = campaign.organisation.municipalities[0];
  files['content/contacts/voorbeeld-wijkteam.yaml'] = `# EXAMPLE DATA: replace with a real, verified local contact, or remove this file.\n${stringify({
    name: `Wijkteam ${local?.name ?? organisation} (voorbeeld)`,
    kind: 'team',
    website: `${campaign.site}/`,
    free: true,
    anonymity: 'none',
    scope: local ? [local.slug] : 'national',
    audiences: ['victim', 'bystander'],
    description: {
      [def]:
        def === 'nl' ? 'Voorbeeldgegevens: vervang dit door een echt, gecontroleerd contact.' : 'Example data: replace this with a real, verified contact.',
    },
    order: 100,
    source: `${campaign.site}/`,
    verifiedAt: new Date().toISOString().slice(0, 10),
    example: true,
  })}`;
  files['public/.gitkeep'] = '';

  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const lines = [
    `Created a campaign in ${dir} (${Object.keys(files).length} files).`,
    '',
    'Next:',
    `  cd ${positional[0]} && npm install && npm run build`,
    '  Fill in content/campaign.yaml (site, organisation, colours, contact) and replace content/contacts/voorbeeld-wijkteam.yaml.',
  ];
  if (untranslated.length) lines.push(`  Translate ${untranslated.length} page(s) marked needsTranslation (npm run check lists them).`);
  return { code: 0, stdout: lines.join('\n'), stderr: '' };
}
