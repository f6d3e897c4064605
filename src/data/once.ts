/**
 * HTML rendered once per key for the whole build and then repeated: the parts of a
 * page that are the same on every page of a language (src/components/Once.astro).
 * Rendering them again for every page was about a quarter of the time Signaal spent
 * beyond the bare-Astro floor (docs/benchmarks.md). In `npm run dev` content changes
 * between requests, so nothing is kept.
 */
const rendered = new Map<string, Promise<string>>();

export function once(key: string, render: () => Promise<string>): Promise<string> {
  if (import.meta.env.DEV) return render();
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = render()));
  return html;
}
