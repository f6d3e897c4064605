/**
 * Frontmatter and data schemas of the content (src/content/load.ts). Pure zod, no Astro runtime,
 * so the content doctor and unit tests can use the same schemas as the build.
 */
import { z } from 'astro/zod';
import { SLUG } from './slug.ts';

export const AUDIENCES = ['victim', 'bystander', 'child', 'professional'] as const;
export const audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audience>;

const slug = z
  .string()
  .regex(SLUG, 'expected a slug of lower-case letters, digits and hyphens, like "partnergeweld"');
const text = z.string().trim().min(1, 'must not be empty');
const source = z.strictObject({ title: text, url: z.url('expected a full URL starting with https://') });

/** Dates may be written as 2026-10-01 (YAML turns that into a Date) or as a string. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD').refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'expected a real calendar date (YYYY-MM-DD)',
  ),
);

export const signal = z.strictObject({
  text,
  audiences: z.array(audience).min(1, 'name at least one audience: victim, bystander, child or professional'),
});
export type Signal = z.infer<typeof signal>;

/** Fields every MDX entry has. */
const common = {
  title: text,
  summary: text,
  sources: z.array(source).default([]),
  /** Set by `npm run new -- --from`: the text still has to be translated. */
  needsTranslation: z.boolean().default(false),
  /**
   * Set by `npm run new -- --from`: "<locale>:<hash>" of the file this translation was
   * made from, so `npm run check` can tell when that source changed afterwards.
   */
  sourceHash: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?:[0-9a-f]{8,64}$/, 'expected "<language>:<code>" as written by npm run new, like "nl:3fa9c2d1e0b4"; npm run check shows the current code')
    .optional(),
};

export const formSchema = z.strictObject({
  ...common,
  order: z.number().int().default(100),
  relatedForms: z.array(slug).default([]),
  signals: z.array(signal).min(1, 'list the signals of this form of violence'),
});

export const PROVENANCE_KINDS = ['composite-example', 'real-with-consent'] as const;

/**
 * `provenance: composite-example` (written for the campaign from several experiences), or
 * a real story with the consent it was published under:
 * `{ kind: real-with-consent, consentDate: 2026-03-01, consentBy: the narrator }`.
 */
const provenance = z.preprocess(
  (v) => (typeof v === 'string' ? { kind: v } : v),
  z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('composite-example') }),
      z.strictObject({
        kind: z.literal('real-with-consent'),
        consentDate: isoDate,
        /** Who gave consent, like "the narrator" or "her guardian". */
        consentBy: text,
      }),
    ],
    { error: 'expected "composite-example", or kind: real-with-consent with consentDate and consentBy' },
  ),
);
export type Provenance = z.infer<typeof provenance>;

export const storySchema = z.strictObject({
  ...common,
  pseudonym: text,
  relatedForms: z.array(slug).min(1, 'name at least one related form of violence'),
  /** Where the story comes from; shown with the story, and a strict build refuses examples. */
  provenance,
  /** How the story was made anonymous; shown with the story. */
  note: text,
  /** The contacts that helped, shown at the end of the story. */
  contacts: z.array(slug).default([]),
});

/** Engine pages look up free pages by role, never by slug, so campaigns may rename them. */
export const PAGE_ROLES = [
  'home',
  'about',
  'bystanders',
  'reporting',
  'professionals',
  'online-safety',
  'privacy',
  'accessibility',
  /** Intros shown above the engine's signals overview and help page. */
  'signals',
  'help',
  'selfcheck',
  'other',
] as const;

export const pageSchema = z.strictObject({
  ...common,
  role: z.enum(PAGE_ROLES).default('other'),
  order: z.number().int().default(100),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time written as HH:MM, like 09:00');
const interval = z
  .tuple([time, time])
  .refine(([from, to]) => from < to, 'the closing time must be after the opening time');
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
const weekly = z.strictObject(Object.fromEntries(DAYS.map((d) => [d, z.array(interval).optional()])) as Record<Day, z.ZodOptional<z.ZodArray<typeof interval>>>);
export const hours = z.union([z.literal('24/7'), weekly], {
  error: 'expected "24/7" or a weekly schedule like { mon: [["09:00", "17:00"]] }',
});
export type Hours = z.infer<typeof hours>;

/** Dutch and international numbers: digits, spaces and dashes, optionally starting with +. */
export const phone = z
  .string()
  .regex(/^\+?[0-9][0-9 -]{1,18}[0-9]$/, 'expected a phone number of digits, spaces and dashes, like 0800-2000 or +31 247 247 247');

export const CONTACT_KINDS = ['emergency', 'helpline', 'police', 'chat', 'app', 'team', 'shelter', 'desk', 'advice'] as const;

/** What anonymity a contact offers (contact field `anonymity`). */
export const ANONYMITY = ['none', 'advice', 'full'] as const;

export const contactSchema = z.strictObject({
  name: text,
  kind: z.enum(CONTACT_KINDS),
  phone: phone.optional(),
  sms: phone.optional(),
  whatsapp: phone.optional(),
  chat: z.url().optional(),
  website: z.url().optional(),
  /** Omit when the hours are not known for sure: the card then says to check the website. */
  hours: hours.optional(),
  free: z.boolean(),
  /**
   * What anonymity the service offers: none; advice (asking advice is anonymous, a report is
   * not: Veilig Thuis); full (the service never needs your name: an anonymous chat or tip line).
   */
  anonymity: z.enum(ANONYMITY, { error: 'expected none, advice (only asking advice is anonymous) or full (the service never needs your name)' }),
  /** Replaced by anonymity in 0.3: a yes/no promised too much. */
  anonymous: z
    .never({ error: 'replaced by "anonymity: none", "anonymity: advice" (only asking advice is anonymous) or "anonymity: full"' })
    .optional(),
  scope: z.union([z.literal('national'), z.array(slug).min(1)]),
  relatedForms: z.array(slug).default([]),
  audiences: z.array(audience).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code like nl or en')).default([]),
  /** Short description per locale code; the default locale is required (checked with the campaign). */
  description: z.record(z.string(), text),
  /** Lower comes first in lists. */
  order: z.number().int().default(100),
  source: z.url('expected the full URL where this contact was checked'),
  verifiedAt: isoDate,
  example: z.boolean().default(false),
});
export type Contact = z.infer<typeof contactSchema>;
