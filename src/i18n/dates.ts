/** Dates written for readers, in their language (pure). */

const formats = new Map<string, Intl.DateTimeFormat>();

/** 2026-03-01 → "1 maart 2026" (nl), "1 March 2026" (en); read as a calendar day, not a moment. */
export function formatDate(iso: string, locale: string): string {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(new Date(`${iso}T00:00:00Z`));
}
