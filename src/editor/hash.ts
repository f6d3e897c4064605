/**
 * The short code that records which version of a source file a translation was made
 * from ("nl:3fa9c2d1e0b4"): written by `npm run new -- --from`, compared by `npm run check`.
 */
import { createHash } from 'node:crypto';

/** 12 hex digits of the SHA-256 of the file, with line endings normalised. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);
}

export function sourceHash(locale: string, text: string): string {
  return `${locale}:${contentHash(text)}`;
}

export function parseSourceHash(value: string): { locale: string; hash: string } | undefined {
  const m = /^([a-zA-Z-]+):([0-9a-f]+)$/.exec(value);
  return m ? { locale: m[1], hash: m[2] } : undefined;
}
