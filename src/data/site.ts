/**
 * The site, loaded once per build (src/data/load-site.ts). Pages read from here and
 * never from disk. In `npm run dev` it is kept until a file in content/ changes, then
 * loaded again, reading only the files that changed (the rest comes from `files`):
 * a page request costs no read of content/, and an edit shows on the next request.
 */
import config from 'virtual:signaal/config';
import { loadSite, type Site } from './load-site.ts';
import { contentVersion } from './content-version.ts';
import type { FileCache } from '../content/read.ts';

export type { ContactEntry, FormEntry, Listed, MdxEntry, PageEntry, Site, StoryEntry } from './load-site.ts';
export { contactsFor } from './load-site.ts';

let site: Site | undefined;
let loadedAt = -1;
const files: FileCache = new Map();

export const getSite = async (): Promise<Site> => {
  if (!import.meta.env.DEV) return (site ??= loadSite(config));
  const version = contentVersion();
  if (!site || version !== loadedAt) {
    site = loadSite(config, files);
    loadedAt = version;
  }
  return site;
};
