/**
 * Which pages the search indexes, and with what filters (pure). One Pagefind index
 * per language comes from <html lang>; fallback copies are left out so a language's
 * index holds only that language.
 */
import type { Route } from '../routing/routes.ts';

export const SEARCH_TYPES = { form: 'form', signals: 'signals', story: 'story', help: 'help', municipality: 'help', page: 'page' } as const;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];

export function searchType(route: Route): SearchType | undefined {
  if (route.fallback) return undefined;
  return (SEARCH_TYPES as Record<string, SearchType>)[route.kind];
}
