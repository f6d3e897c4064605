/**
 * Text in another language than the page around it (an interface string that fell
 * back, a campaign name not translated yet) must carry its own lang and dir, or a
 * screen reader speaks Dutch with a Persian voice and punctuation lands on the wrong
 * side. Where the text is produced (t(), localizedText()) it is wrapped in marks;
 * once the page is complete, renderMarks() turns each mark into <span lang dir> in
 * text, and into Unicode directional isolates where no element can go (attributes,
 * <title>). Pure.
 */

const OPEN = '\uE000';
const SEP = '\uE001';
const CLOSE = '\uE002';
const INNERMOST = new RegExp(`${OPEN}([a-zA-Z-]+)${SEP}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g');

/** `text`, marked as written in `lang`, for a page in `pageLocale` (unmarked when they are the same). */
export function markLang(text: string, lang: string, pageLocale: string): string {
  return lang === pageLocale ? text : `${OPEN}${lang}${SEP}${text}${CLOSE}`;
}

/** Removes the marks: the text as a reader sees it, for places that are not HTML. */
export function unmark(text: string): string {
  return text.replace(new RegExp(`${OPEN}[a-zA-Z-]+${SEP}|${CLOSE}`, 'g'), '');
}

export const hasMarks = (html: string) => html.includes(OPEN);

/** The writing direction of a language, from the platform's own locale data. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

const ISOLATE = { ltr: '\u2066', rtl: '\u2067' } as const; // LRI, RLI
const POP = '\u2069'; // PDI

/**
 * Turns the marks of a finished HTML page into markup: a <span lang dir> in text, the
 * isolate characters in attribute values and in <title> (which holds text only).
 * The page's own direction decides whether dir is needed.
 */
export function renderMarks(html: string, pageDir: 'ltr' | 'rtl', dirOf: (lang: string) => 'ltr' | 'rtl' = directionOf): string {
  if (!hasMarks(html)) return html;
  let out = html;
  // Innermost first: a string with another string inside it works too.
  for (let guard = 0; hasMarks(out) && guard < 10; guard++) {
    out = out.replace(INNERMOST, (_m, lang: string, text: string, offset: number, whole: string) => {
      const dir = dirOf(lang);
      if (insideTagOrTitle(whole, offset)) return dir === pageDir ? text : `${ISOLATE[dir]}${text}${POP}`;
      return `<span lang="${lang}"${dir === pageDir ? '' : ` dir="${dir}"`}>${text}</span>`;
    });
  }
  return out;
}

/** Whether `offset` is inside a tag (an attribute value) or inside <title>…</title>. */
function insideTagOrTitle(html: string, offset: number): boolean {
  const lt = html.lastIndexOf('<', offset);
  const gt = html.lastIndexOf('>', offset);
  if (lt > gt) return true;
  const title = html.lastIndexOf('<title', offset);
  return title !== -1 && html.lastIndexOf('</title>', offset) < title;
}
