/**
 * The campaign file (content/campaign.yaml): one strict schema, parsed once when
 * astro.config.mjs loads. Pure: takes the parsed YAML, returns a typed campaign or
 * throws a CampaignError that names the file, the field and what was expected.
 */
import { AstroError as AstroUserError } from 'astro/errors';
import { z } from 'astro/zod';
import { AA_TEXT, INK, WHITE, contrast } from './colour.ts';
import { formatProblems, type ContentProblem, type Rule } from '../content/problems.ts';
import { validate } from '../content/schema-issues.ts';
import { SLUG } from '../content/slug.ts';
import type { LinedYaml } from '../editor/yaml.ts';

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(SLUG, 'expected a slug of lower-case letters, digits and hyphens');
const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour written as #rrggbb, like #7a1f5c');

export const localeSchema = z.strictObject({
  /** BCP 47 code, e.g. nl, en, ar, pt-BR. Used in URLs and in lang="…". */
  code: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/, 'expected a language code like nl, ar or pt-BR'),
  /** The language's name in that language, as the picker shows it: Nederlands, العربية. */
  name: text,
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
});

/** Status levels of the register (toegankelijkheidsverklaring.nl): A fully meets … E no statement. */
export const ACCESSIBILITY_STATUS = ['A', 'B', 'C', 'D', 'E'] as const;

const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD'),
);

const periodDay = z.string().regex(/^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day like 2026-11-17, or 11-25 for the same day every year');

const accessibilitySchema = z
  .strictObject({
    /** As in the register: A, B, C, D, or E while no statement has been published. */
    status: z.enum(ACCESSIBILITY_STATUS, { error: 'expected A, B, C, D or E, the status of the statement in the register' }),
    /** The statement's page in the register, once published. */
    register: z.url('expected the full address of the statement in the register').optional(),
    /** When an authorised manager approved the statement, and their function (not a name). */
    approvedAt: isoDay.optional(),
    approvedBy: z.record(z.string(), text).optional(),
    /** The research reports behind the status (required for A and B). */
    reports: z.array(z.strictObject({ title: text, url: z.url('expected the full address of the report') })).default([]),
    /** Where people report an accessibility problem; default: the campaign's contact. */
    contact: z.email('expected an e-mail address').optional(),
    /** The organisation's overview of all its websites and apps, with their statements. */
    overview: z.url().optional(),
    /** Example data of the default campaign: a strict build refuses it. */
    example: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    if ((a.status === 'A' || a.status === 'B') && a.reports.length === 0)
      ctx.addIssue({ code: 'custom', path: ['reports'], message: `status ${a.status} needs the research reports it rests on (title and url)` });
    if (a.status !== 'E' && !a.approvedAt)
      ctx.addIssue({ code: 'custom', path: ['approvedAt'], message: `a published statement (status ${a.status}) has the date it was approved` });
  });

export const campaignSchema = z
  .strictObject({
    /** Full URL where the site will be published, without the base path: https://www.voorbeeldstad.nl */
    site: z.url('expected the full address of the site, like https://www.voorbeeldstad.nl'),
    /** Sub-path when the site lives inside another site, like /huiselijk-geweld/. */
    base: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)*$/, 'expected a path that starts and ends with /, like / or /huiselijk-geweld/')
      .default('/'),
    /** Campaign name and tagline per locale code; the default locale is required. */
    name: z.record(z.string(), text),
    tagline: z.record(z.string(), text),
    organisation: z.strictObject({
      name: text,
      kind: z.enum(['municipality', 'region']),
      website: z.url().optional(),
      /** For regional campaigns: the municipalities that take part. */
      municipalities: z.array(z.strictObject({ slug, name: text })).default([]),
    }),
    locales: z.array(localeSchema).min(1, 'list at least one locale'),
    defaultLocale: z.string(),
    /**
     * Where a locale's missing interface strings come from, in order, e.g. `fa: [en, nl]`.
     * Without it, the default locale; the Dutch reference set always comes last.
     */
    fallback: z
      .record(z.string(), z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/, 'expected a language code like en or nl')).min(1))
      .default({}),
    theme: z.strictObject({
      /** Buttons, links and the header band; white text must be readable on it. */
      primary: hex,
      /** Highlights behind dark text. */
      accent: hex,
      /** Logo in public/, like /logo.svg. */
      logo: z
        .string()
        .regex(/^\/[^\s]+\.(svg|png|webp)$/, 'expected a path in public/ like /logo.svg')
        .optional(),
    }),
    quickExit: z
      .strictObject({
        /** A neutral, non-personalised page, the same for everyone. */
        url: z
          .url('expected the full address of a neutral site, like https://www.knmi.nl/')
          .refine(
            (u) => u.startsWith('https://'),
            'must start with https:// — over plain http, anyone on the network sees (and can change) where the reader goes',
          ),
      })
      .default({ url: 'https://www.knmi.nl/nederland-nu/weer/verwachtingen' }),
    /** Where readers and editors report problems with the site. */
    contact: z.email('expected an e-mail address'),
    /**
     * The accessibility statement, following the compulsory Dutch model: the engine shows
     * it on the page with role accessibility, so a municipality fills in data, not prose.
     */
    accessibility: accessibilitySchema.default({ status: 'E', reports: [], example: false }),
    /** Campaign weeks: a message on every page during these days (src/config/periods.ts). */
    periods: z
      .array(
        z.strictObject({
          /** First and last day, in Dutch time: 2026-11-17, or 11-25 for every year. */
          from: periodDay,
          to: periodDay,
          /** The message per locale; the default locale is required. */
          message: z.record(z.string(), text),
          /** Where to read more: a full https:// address. */
          link: z
            .url('expected the full address, like https://www.orangetheworld.nl')
            .refine((u) => u.startsWith('https://'), 'must start with https://')
            .optional(),
        }),
      )
      .default([]),
  })
  .superRefine((c, ctx) => {
    const codes = c.locales.map((l) => l.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) ctx.addIssue({ code: 'custom', path: ['locales', i, 'code'], message: `locale "${code}" is listed twice` });
    });
    if (!codes.includes(c.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `expected one of the listed locales (${codes.join(', ')}), got "${c.defaultLocale}"` });
    }
    for (const field of ['name', 'tagline'] as const) {
      if (!c[field][c.defaultLocale]) {
        ctx.addIssue({ code: 'custom', path: [field, c.defaultLocale], message: `required for the default locale "${c.defaultLocale}"` });
      }
      for (const code of Object.keys(c[field])) {
        if (!codes.includes(code))
          ctx.addIssue({ code: 'custom', path: [field, code], message: `"${code}" is not one of the listed locales (${codes.join(', ')})` });
      }
    }
    c.periods.forEach((p, i) => {
      if (p.from.length !== p.to.length)
        ctx.addIssue({ code: 'custom', path: ['periods', i, 'to'], message: 'write both days with a year (2026-11-17) or both without (11-25, every year)' });
      else if (p.from.length === 10 && p.from > p.to)
        ctx.addIssue({ code: 'custom', path: ['periods', i, 'to'], message: `the last day comes before the first (${p.from})` });
      if (!p.message[c.defaultLocale])
        ctx.addIssue({ code: 'custom', path: ['periods', i, 'message', c.defaultLocale], message: `required for the default locale "${c.defaultLocale}"` });
    });
    const by = c.accessibility.approvedBy;
    if (by && !by[c.defaultLocale]) {
      ctx.addIssue({ code: 'custom', path: ['accessibility', 'approvedBy', c.defaultLocale], message: `required for the default locale "${c.defaultLocale}"` });
    }
    for (const locale of Object.keys(c.fallback)) {
      if (!codes.includes(locale))
        ctx.addIssue({ code: 'custom', path: ['fallback', locale], message: `"${locale}" is not one of the listed locales (${codes.join(', ')})` });
    }
    const slugs = c.organisation.municipalities.map((m) => m.slug);
    slugs.forEach((s, i) => {
      if (slugs.indexOf(s) !== i)
        ctx.addIssue({ code: 'custom', path: ['organisation', 'municipalities', i, 'slug'], message: `municipality "${s}" is listed twice` });
    });
    const checks = [
      ['primary', WHITE, 'white text'],
      ['primary', WHITE, 'a white page (links)'],
      ['accent', INK, 'dark text'],
    ] as const;
    for (const [key, other, what] of checks) {
      const colour = c.theme[key];
      if (!/^#[0-9a-fA-F]{6}$/.test(colour)) continue;
      const ratio = contrast(colour, other);
      if (ratio < AA_TEXT) {
        ctx.addIssue({
          code: 'custom',
          path: ['theme', key],
          message: `${colour} has a contrast of ${ratio.toFixed(2)}:1 with ${what}; WCAG AA needs at least ${AA_TEXT}:1 — choose a ${key === 'accent' ? 'lighter' : 'darker'} colour`,
        });
        break;
      }
    }
  });

/**
 * Files the campaign file names that must be in public/ (the logo). A schema cannot
 * see the disk: the build and the doctor call this after parsing, with `exists` for a
 * path below public/.
 */
export function campaignFileProblems(campaign: Pick<Campaign, 'theme'>, exists: (publicPath: string) => boolean, yaml?: LinedYaml): ContentProblem[] {
  const logo = campaign.theme.logo;
  const line = yaml?.lineOf(['theme', 'logo']);
  return logo && !exists(logo.slice(1))
    ? [
        {
          rule: 'image',
          file: 'content/campaign.yaml',
          field: 'theme.logo',
          ...(line ? { line } : {}),
          message: `${logo} is not in public/ (looked for public${logo}) — save the logo there, or correct the path`,
        },
      ]
    : [];
}

export type CampaignInput = z.input<typeof campaignSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Locale = z.infer<typeof localeSchema>;

/** What every content error tells an editor to do next (shown as the hint in the build and the dev overlay). */
export const CONTENT_HINT = 'Fix it in the file named above and save. `npm run check` lists every problem at once; EDITING.md explains each field.';

/** The hint for MDX's own syntax errors. */
export const MDX_HINT =
  'Look at the line named above: every <Component> needs its closing </Component> (or ends with />), and { } in text must be written \\{ \\}. EDITING.md, "Components", shows each one.';

/** What a rule found in one file: the field (path) and message, and the line when known. */
export interface FileProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/**
 * Content problems, thrown: an AstroError (AstroUserError) with a hint, so the build and
 * the dev overlay show it as such. It carries the problems as values (file, line, field,
 * rule, message), which the doctor lists as they are.
 */
export class ContentError extends AstroUserError {
  /** The first problem's file. */
  readonly file: string;
  readonly problems: ContentProblem[];
  constructor(file: string, problems: FileProblem[], hint = CONTENT_HINT, rule: Rule = 'schema') {
    const list = problems.map((p): ContentProblem => ({
      rule,
      file,
      message: p.message,
      ...(p.path ? { field: p.path } : {}),
      ...(p.line ? { line: p.line } : {}),
      ...(p.column ? { column: p.column } : {}),
    }));
    super(formatProblems(list), hint);
    this.name = 'ContentError';
    this.file = file;
    this.problems = list;
  }

  /** Problems of any files at once; the hint is the first problem's own, else the given one. */
  static of(problems: ContentProblem[], hint = problems.find((p) => p.hint)?.hint ?? CONTENT_HINT): ContentError {
    const e = new ContentError(problems[0]?.file ?? 'content', [], hint);
    (e as { problems: ContentProblem[] }).problems = problems;
    e.message = problems.length > 1 ? `${problems.length} problems in the content:\n\n${formatProblems(problems)}` : formatProblems(problems);
    return e;
  }
}

/** The problems an engine check threw, as values; anything else is a bug, thrown on. */
export function problemsOf(error: unknown): ContentProblem[] {
  if (error instanceof ContentError) return error.problems;
  throw error;
}

/** Throws the problems a rule found, if any. */
export function throwProblems(problems: ContentProblem[], hint?: string): void {
  if (problems.length) throw ContentError.of(problems, hint);
}

/** An editor's mistake found while a page renders (a link, a component): message and hint. */
export function editorError(message: string, hint = CONTENT_HINT, line?: number): Error {
  const e = new AstroUserError(message, hint);
  e.name = 'ContentError';
  // MDX takes the line from here for the error's location (the dev overlay shows it).
  if (line) Object.assign(e, { line, column: 1 });
  return e;
}

/** Several content errors at once, so an editor sees every problem in one run. */
export function combine(errors: Error[]): Error {
  if (errors.length === 1) return errors[0];
  if (errors.every((e) => e instanceof ContentError)) return ContentError.of(errors.flatMap((e) => e.problems));
  return editorError(`${errors.length} problems in the content:\n\n${errors.map((x) => x.message).join('\n\n')}`);
}

export function parseCampaign(data: unknown, file = 'content/campaign.yaml', yaml?: LinedYaml): Campaign {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, [{ path: '', message: 'expected a YAML file of fields (site, name, locales, …)' }]);
  }
  const result = validate(campaignSchema, data);
  if (!result.data)
    throw new ContentError(
      file,
      result.issues.map((i) => ({ path: i.field, message: i.message, line: yaml?.lineOf(i.path) })),
    );
  return result.data;
}
