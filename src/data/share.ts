/**
 * Which pages offer sharing: campaign pages (home, forms, signals, stories, pages about
 * the campaign), never help or safety pages, where sharing could show someone watching
 * what the reader looked for. Pure.
 */
const KINDS = new Set(['home', 'forms', 'form', 'signals', 'stories', 'story']);
const ROLES = new Set(['about', 'bystanders', 'professionals', 'other']);

export function isShareable(kind: string, role?: string): boolean {
  return KINDS.has(kind) || (kind === 'page' && ROLES.has(role ?? 'other'));
}

/** The plain links that work without JavaScript and load nothing before a click. */
export function shareLinks(url: string, title: string): { email: string; whatsapp: string } {
  return {
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
  };
}
