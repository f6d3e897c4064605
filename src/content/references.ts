/**
 * Cross-reference checks between entries: related forms, contacts and municipality
 * slugs must exist. Pure; every problem names the file and the field.
 */
import { throwProblems, type Campaign } from '../config/campaign.ts';
import type { ContentProblem } from './problems.ts';

export interface RefEntry {
  file: string;
  collection: 'forms' | 'stories' | 'pages' | 'contacts';
  data: Record<string, unknown>;
}

/** Throws the reference problems (the build). */
export function checkReferences(campaign: Campaign, entries: RefEntry[]): void {
  throwProblems(referenceProblems(campaign, entries));
}

/** Every reference to a form, contact, municipality or locale that does not exist, as values. */
export function referenceProblems(campaign: Campaign, entries: RefEntry[]): ContentProblem[] {
  const slugOf = (file: string) => file.split('/').pop()!.replace(/\.(mdx?|ya?ml)$/, '');
  const forms = new Set(entries.filter((e) => e.collection === 'forms').map((e) => slugOf(e.file)));
  const contacts = new Set(entries.filter((e) => e.collection === 'contacts').map((e) => slugOf(e.file)));
  const municipalities = new Set(campaign.organisation.municipalities.map((m) => m.slug));
  const locales = campaign.locales.map((l) => l.code);
  const out: ContentProblem[] = [];

  for (const e of entries) {
    const problems: { path: string; message: string }[] = [];
    const list = (field: string, known: Set<string>, what: string, where: string) => {
      const values = e.data[field];
      if (!Array.isArray(values)) return;
      values.forEach((v, i) => {
        if (!known.has(v)) problems.push({ path: `${field}[${i}]`, message: `${what} "${v}" does not exist (${where})` });
      });
    };
    list('relatedForms', forms, 'form of violence', 'expected a file name from content/forms/<locale>/');
    if (e.collection === 'stories') list('contacts', contacts, 'contact', 'expected a file name from content/contacts/');
    if (e.collection === 'contacts') {
      if (Array.isArray(e.data.scope)) list('scope', municipalities, 'municipality', 'expected a slug from organisation.municipalities in content/campaign.yaml');
      const description = (e.data.description ?? {}) as Record<string, string>;
      if (!description[campaign.defaultLocale]) problems.push({ path: `description.${campaign.defaultLocale}`, message: 'a description in the default locale is required' });
      for (const code of Object.keys(description)) {
        if (!locales.includes(code)) problems.push({ path: `description.${code}`, message: `"${code}" is not one of the locales in content/campaign.yaml (${locales.join(', ')})` });
      }
    }
    for (const p of problems) out.push({ rule: 'reference', file: e.file, field: p.path, message: p.message });
  }
  return out;
}
