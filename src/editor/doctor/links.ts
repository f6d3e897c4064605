/**
 * Rule: links in the MDX text. Each special link (form:, page:, story:, contact:,
 * help:, …) goes through the engine's own resolver (src/content/links.ts), with the
 * same targets the build uses; so the doctor fails on exactly the links the build fails on.
 */
import { LINK_KINDS, resolveLink, type LinkTargets } from '../../content/links.ts';
import { COLLECTION_OF } from '../../content/read.ts';
import { checkLinkAddress } from '../../content/gate.ts';
import { findPhoneNumbers } from '../../help/phone.ts';
import { INTRO_ROLES } from '../../routing/routes.ts';
import { lineOf, textOf, walkTree } from '../../content/mdast.ts';
import type { MdxEntry, Project } from './project.ts';
import type { Problems } from './problems.ts';

/** Schemes that are fine as they are. */
const OUTSIDE = /^(https?:|mailto:|tel:|sms:|#)/i;

export function linkTargets(project: Project): LinkTargets {
  const ids = new Set(project.entries.map((e) => `${e.collection}/${e.id}`));
  const contacts = new Set(project.contacts.map((c) => c.id));
  const municipalities = project.campaign?.organisation.municipalities.map((m) => m.slug) ?? [];
  const def = project.campaign?.defaultLocale;
  return {
    exists(kind, slug, locale) {
      if (kind === 'contact') return contacts.has(slug);
      if (kind === 'municipality') return municipalities.includes(slug);
      return [locale, def].some((l) => ids.has(`${COLLECTION_OF[kind]}/${l}/${slug}`));
    },
    audiencesOf(form, locale) {
      const entry = [locale, def].map((l) => project.entries.find((e) => e.collection === 'forms' && e.id === `${l}/${form}`)).find(Boolean);
      const signals = entry?.parsed?.signals as { audiences: string[] }[] | undefined;
      return signals && [...new Set(signals.flatMap((s) => s.audiences))];
    },
    known(kind, locale) {
      if (kind === 'contact') return [...contacts].sort();
      if (kind === 'municipality') return municipalities;
      return [...new Set(project.entries.filter((e) => e.collection === 'forms' && (e.locale === locale || e.locale === def)).map((e) => e.slug))].sort();
    },
  };
}

export function checkLinks(project: Project, problems: Problems): void {
  const { campaign, ctx } = project;
  if (!campaign || !ctx) return;
  const targets = linkTargets(project);
  const locales = campaign.locales.map((l) => l.code);
  for (const entry of project.entries) {
    if (!entry.tree || !locales.includes(entry.locale)) continue;
    walkTree(entry.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node.url ?? '').trim();
      const line = lineOf(node);
      const label = node.type === 'link' ? textOf(node).trim() : '';
      // The engine turns a link whose text is a phone number into a call link.
      const phone = findPhoneNumbers(label);
      if (phone.length === 1 && phone[0].number === label) return;
      if (!url) {
        problems.error(
          'link',
          entry.file,
          `the link "${label}" has no address — write it as [text](page:slug), (form:slug), (help:) or a full https:// address`,
          { line },
        );
        return;
      }
      if (/^http:\/\//i.test(url)) problems.warn('link', entry.file, `the link "${url}" is not secure — use https:// if the site supports it`, { line });
      // What the build refuses before resolving (src/content/gate.ts): the same words here.
      const refused = checkLinkAddress(url, LINK_KINDS);
      for (const p of refused) problems.error(p.rule, entry.file, p.message, { line });
      if (refused.length || OUTSIDE.test(url)) return;
      try {
        const resolved = resolveLink(url, entry.locale, campaign.base, ctx, targets);
        if (node.type === 'definition') {
          problems.warn(
            'link',
            entry.file,
            `write this link in the text itself, as [text](${url}): links defined at the bottom of a file are not turned into site addresses`,
            { line },
          );
        }
        if (resolved) introLink(project, entry, url, problems, line);
      } catch (e) {
        const message = (e as Error).message;
        problems.error('link', entry.file, message, { line });
      }
    });
  }
}

/** page:slug to a page whose role makes it the intro of another page: it has no address of its own. */
function introLink(project: Project, entry: MdxEntry, url: string, problems: Problems, line?: number): void {
  const m = /^page:([^#]+)/.exec(url);
  if (!m) return;
  const def = project.campaign!.defaultLocale;
  const target = [entry.locale, def].map((l) => project.entries.find((e) => e.collection === 'pages' && e.id === `${l}/${m[1]}`)).find(Boolean);
  const role = target?.data?.role;
  if (typeof role === 'string' && INTRO_ROLES[role]) {
    problems.error(
      'link',
      entry.file,
      `"${url}" is the introduction of the ${INTRO_ROLES[role]} page and has no address of its own — link to (${INTRO_ROLES[role]}:) instead`,
      { line },
    );
  }
}
