/**
 * Templates for `npm run new`: a new form of violence, story, page or contact that
 * passes the content schemas as it is, with TODO placeholders that `npm run check`
 * keeps pointing at until they are replaced. Pure: no disk, no clock.
 */

export const ENTRY_TYPES = ['form', 'story', 'page', 'contact'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** The marker in placeholder text; `npm run check` warns while it is still there. */
export const PLACEHOLDER = 'TODO';

export { COLLECTION_OF } from '../content/read.ts';
import { COLLECTION_OF } from '../content/read.ts';

export interface TemplateOptions {
  slug: string;
  /** Language of the new file (MDX types). */
  locale: string;
  /** The campaign's default language: contacts need a description in it. */
  defaultLocale: string;
  /** Municipalities of the campaign: a new contact is local to the first one. */
  municipalities: string[];
  /** Existing forms of violence: a story must name at least one. */
  forms: string[];
  /** YYYY-MM-DD, for a contact's verifiedAt. */
  today: string;
}

/** Where a new entry of this type lives, relative to the project. */
export function entryPath(type: EntryType, slug: string, locale: string): string {
  return type === 'contact' ? `content/contacts/${slug}.yaml` : `content/${COLLECTION_OF[type]}/${locale}/${slug}.mdx`;
}

const HEADINGS: Record<string, Record<'what' | 'feel' | 'do' | 'help' | 'helpLink' | 'worked', string>> = {
  nl: {
    what: 'Wat is het?',
    feel: 'Hoe kan het voelen?',
    do: 'Wat kun je doen?',
    help: 'Waar vind je hulp?',
    helpLink: 'Meer contacten vind je op de pagina [hulp](help:).',
    worked: 'Welke hulp werkte',
  },
  en: {
    what: 'What is it?',
    feel: 'How can it feel?',
    do: 'What can you do?',
    help: 'Where can you find help?',
    helpLink: 'You can find more contacts on the [help](help:) page.',
    worked: 'The help that worked',
  },
};

const q = (s: string) => JSON.stringify(s);

export function template(type: EntryType, o: TemplateOptions): { path: string; text: string } {
  const h = HEADINGS[o.locale] ?? HEADINGS.en;
  const T = PLACEHOLDER;
  const path = entryPath(type, o.slug, o.locale);
  switch (type) {
    case 'form':
      return {
        path,
        text: `---
# A form of violence. Every field is explained in EDITING.md ("Frontmatter fields").
title: ${q(`${T}: name of this form of violence`)}
summary: ${q(`${T}: one or two short sentences: what it is, and that help exists.`)}
# Lower numbers come first in lists.
order: 100
# Other forms of violence to point readers to, by file name, like [stalking, partnergeweld].
relatedForms: []
# What people may notice. audiences: victim, bystander, child and/or professional.
signals:
  - text: ${q(`${T}: something a victim may notice.`)}
    audiences: [victim]
  - text: ${q(`${T}: something a bystander may notice.`)}
    audiences: [bystander]
# Where the facts on this page come from: title and full web address.
sources: []
#  - title: Huiselijkgeweld.nl
#    url: https://www.huiselijkgeweld.nl
---

## ${h.what}

${T}: explain it in short, simple sentences.

## ${h.feel}

${T}

## ${h.do}

${T}

## ${h.help}

${h.helpLink}
`,
      };
    case 'story':
      return {
        path,
        text: `---
# A personal story. Every field is explained in EDITING.md ("Frontmatter fields").
title: ${q(`${T}: title of the story`)}
summary: ${q(`${T}: one or two sentences about the story.`)}
# A made-up first name: never the real one.
pseudonym: ${q(`${T}: made-up name`)}
# Where the story comes from: composite-example (written for the campaign; a strict build
# refuses it), or a real story told with consent:
#   provenance: { kind: real-with-consent, consentDate: 2026-01-31, consentBy: the narrator }
provenance: composite-example
# The forms of violence this story is about, by file name.
relatedForms: [${o.forms[0] ?? 'partnergeweld'}]
# How the story was made anonymous; it is shown with the story.
note: ${q(`${T}: for example, this story combines experiences of several people; names and details were changed.`)}
# The contacts that helped, by file name in content/contacts/, like [veilig-thuis].
contacts: []
sources: []
---

${T}: tell the story in short, simple sentences.

## ${h.worked}

${T}

${h.helpLink}
`,
      };
    case 'page':
      return {
        path,
        text: `---
# A page. Every field is explained in EDITING.md ("Frontmatter fields").
title: ${q(`${T}: title of the page`)}
summary: ${q(`${T}: one or two sentences: what the reader finds on this page.`)}
# What the page is for: other, or one of home, about, bystanders, reporting,
# professionals, online-safety, privacy, accessibility, signals, help.
role: other
# Lower numbers come first in lists.
order: 100
sources: []
---

${T}: write the page in short, simple sentences.

## ${T}: a heading

${h.helpLink}
`,
      };
    case 'contact': {
      const scope = o.municipalities.length ? `[${o.municipalities[0]}]` : 'national';
      return {
        path,
        text: `# A help contact, shown on the help pages. See EDITING.md ("Adding a local contact").
name: ${q(`${T}: name of the organisation or team`)}
# One of: emergency, helpline, police, chat, app, team, shelter, desk, advice.
kind: team
# Remove the # in front of the lines you need. Write phone numbers as people dial them.
# phone: 0800-2000
# sms: 0800-2000
# whatsapp: +31 6 12345678
# chat: https://www.example.org/chat
# website: https://www.example.org
# Opening hours: 24/7, or per day (mon tue wed thu fri sat sun). Leave out when unsure.
# hours:
#   mon: [["09:00", "17:00"]]
#   tue: [["09:00", "12:00"], ["13:00", "17:00"]]
# Is calling free? Anonymity: none, advice (only asking advice is anonymous) or full (never needs a name).
free: true
anonymity: none
# national, or the municipalities it serves, from content/campaign.yaml.
scope: ${scope}
# The forms of violence it helps with (file names) and who it is for.
relatedForms: []
audiences: [victim, bystander]
# Languages spoken, like [nl, en].
languages: [${o.defaultLocale.split('-')[0]}]
# A short description per language; ${o.defaultLocale} is required.
description:
  ${o.defaultLocale}: ${q(`${T}: what they do and when to contact them, in one or two sentences.`)}
# Lower numbers come first in lists.
order: 100
# The web page where you checked these details, and the date you checked them.
source: https://www.example.org/${T}
verifiedAt: ${o.today}
`,
      };
    }
  }
}

/**
 * A copy of an entry to translate: the same file, marked needsTranslation: true, with
 * the code of the source version (sourceHash) so the doctor can tell when it changes.
 */
export function translationOf(sourceText: string, sourceHash: string): string {
  const eol = sourceText.includes('\r\n') ? '\r\n' : '\n';
  const lines = sourceText.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? '')) throw new Error('the source file has no frontmatter (the --- block at the top)');
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (end === -1) throw new Error('the frontmatter of the source file is not closed with ---');
  const front = lines.slice(1, end).filter((l) => !/^(needsTranslation|sourceHash):/.test(l) && l !== TRANSLATE_COMMENT);
  front.push(TRANSLATE_COMMENT, 'needsTranslation: true', `sourceHash: ${q(sourceHash)}`);
  return ['---', ...front, ...lines.slice(end)].join(eol);
}

const TRANSLATE_COMMENT = '# Translate this file, then delete the line "needsTranslation: true". Keep sourceHash.';
