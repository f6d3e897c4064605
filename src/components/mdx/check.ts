/**
 * Reading the attributes of the editors' components while a page renders. The rules
 * themselves live once, in src/content/components.ts: the build's Markdown plugin
 * refuses a wrong component before any page renders (and `npm run check` reports the
 * same), so what arrives here is valid and only needs reading.
 */
import { normalize, sep } from 'node:path';

export type Props = Record<string, unknown>;

/** A text attribute (checked to be there and not empty). */
export function text(props: Props, key: string): string {
  return String(props[key] ?? '').trim();
}

/** An optional text attribute: undefined when absent. */
export function optionalText(props: Props, key: string): string | undefined {
  const v = props[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** A whole number of pixels, written width="800" or width={800}. */
export function pixels(props: Props, key: string): number {
  return Number(String(props[key]).trim());
}

export { contentLocaleOf } from '../../content/read.ts';

/** A file of this site as the editor wrote it (/videos/a.mp4, or with the base in front): its path below public/ ("videos/a.mp4"). */
export function publicFile(props: Props, key: string, base: string): string {
  const src = text(props, key);
  let path = (base !== '/' && src.startsWith(base) ? src.slice(base.length) : src.slice(1)).split(/[?#]/)[0];
  try {
    path = decodeURI(path);
  } catch {
    /* kept as written */
  }
  return normalize(path).split(sep).join('/');
}
