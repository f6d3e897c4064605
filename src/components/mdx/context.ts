/**
 * MDX components need the page's locale and the source file (for error messages).
 * The page sets them on Astro.locals before it renders the MDX.
 */
export interface MdxContext {
  locale: string;
  file: string;
}

export function setMdxContext(locals: object, ctx: MdxContext) {
  (locals as { signaal?: MdxContext }).signaal = ctx;
}

export function mdxContext(locals: object): MdxContext {
  const ctx = (locals as { signaal?: MdxContext }).signaal;
  if (!ctx) throw new Error('MDX component rendered outside a Signaal page');
  return ctx;
}

/** An id that is unique on the page, for components that need one (heading ids …). */
export function uniqueId(locals: object, prefix: string): string {
  const l = locals as { signaalIds?: Map<string, number> };
  l.signaalIds ??= new Map();
  const n = (l.signaalIds.get(prefix) ?? 0) + 1;
  l.signaalIds.set(prefix, n);
  return n === 1 ? prefix : `${prefix}-${n}`;
}
