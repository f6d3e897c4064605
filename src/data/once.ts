/**
 * HTML rendered once per key for the whole build and then repeated: the parts of a
 * page that are the same on every page of a language (src/components/Once.astro).
 * Rendering them again for every page was about a quarter of the time Signaal spent
 * beyond the bare-Astro floor (docs/benchmarks.md). In `npm run dev` they are kept
 * until content/ changes.
 */
import { contentVersion } from './content-version.ts';
const rendered = new Map<string, Promise<string>>();
let renderedAt = 0;

export function once(key: string, render: () => Promise<string>): Promise<string> {
  // In dev, kept until content/ changes (src/data/content-version.ts).
  if (import.meta.env.DEV && contentVersion() !== renderedAt) {
    rendered.clear();
    renderedAt = contentVersion();
  }
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = render()));
  return html;
}
