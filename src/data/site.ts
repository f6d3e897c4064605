/**
 * The site, loaded once per build (src/data/load-site.ts). Pages read from here and
 * never from disk; in `npm run dev` it is loaded anew for each page, so edits show at once.
 */
import config from 'virtual:signaal/config';
import { loadSite, type Site } from './load-site.ts';

export type { ContactEntry, FormEntry, Listed, MdxEntry, PageEntry, Site, StoryEntry } from './load-site.ts';
export { contactsFor } from './load-site.ts';

let site: Site | undefined;
export const getSite = async (): Promise<Site> => (import.meta.env.DEV ? loadSite(config) : (site ??= loadSite(config)));
