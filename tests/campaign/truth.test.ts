/**
 * The facts of the default campaign that must not quietly come back wrong (issue 16):
 * no fixed hours for the Veilig Thuis chat, the anonymity each contact offers, the
 * meldcode caveat, the provenance of the stories, "only 1 in 10". Asserted on the built
 * pages where a reader sees them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages, campaign, PROJECT, routes, t } from '../../src/testing/site.ts';

const content = `${PROJECT}/content`;
const locales = campaign.locales.map((l) => l.code);
const yaml = (file: string) => parseYaml(readFileSync(`${content}/${file}`, 'utf8'));
const text = (file: string) => readFileSync(`${content}/${file}`, 'utf8');
const page = (path: string) => builtPages().find((p) => p.path === path)!;
const helpPages = () => routes.routes.filter((r) => r.kind === 'help').map((r) => ({ locale: r.locale, page: page(r.path) }));

describe('the Veilig Thuis chat', () => {
  it('has no fixed hours: they differ per region', () => {
    expect(yaml('contacts/veilig-thuis-chat.yaml').hours).toBeUndefined();
    for (const { locale, page: p } of helpPages()) {
      const card = p.doc.querySelector('[data-contact="veilig-thuis-chat"]')!;
      expect(card, locale).toBeTruthy();
      expect(card.querySelector('[data-hours]'), `${locale}: no open-now badge`).toBeNull();
      expect(card.textContent, locale).not.toMatch(/\b(9|09)[.:]00\b/);
    }
  });

  it('is not given fixed hours in any text of any language', () => {
    for (const route of routes.routes.filter((r) => r.entryId)) {
      const html = page(route.path).doc.querySelector('main')!.textContent;
      for (const m of html.matchAll(/chat[^.!?؟]{0,80}\b(9|09)[.:]00\b/gi)) expect.fail(`${route.path}: "${m[0]}"`);
    }
  });
});

describe('anonymity', () => {
  it('says of Veilig Thuis that only asking advice is anonymous, in every language', () => {
    expect(yaml('contacts/veilig-thuis.yaml').anonymity).toBe('advice');
    for (const { locale, page: p } of helpPages()) {
      const badges = p.doc.querySelectorAll('[data-contact="veilig-thuis"] li').map((li) => li.textContent.trim());
      expect(badges, locale).toContain(t('contact.anonymityAdvice', locale));
      expect(badges, locale).not.toContain(t('contact.anonymityFull', locale));
    }
  });

  it('promises full anonymity only where the service never needs a name', () => {
    const full = ['meld-misdaad-anoniem', 'fier-chat', 'veilig-thuis-chat', 'kindertelefoon'];
    for (const id of ['112', 'politie', 'slachtofferhulp', 'centrum-seksueel-geweld', 'buitenlandse-zaken', '112nl-app', 'veilig-thuis'])
      expect(yaml(`contacts/${id}.yaml`).anonymity, id).not.toBe('full');
    for (const id of full) expect(yaml(`contacts/${id}.yaml`).anonymity, id).toBe('full');
  });

  it('never says a name is protected or that it is all well arranged', () => {
    for (const route of routes.routes.filter((r) => (r.locale === 'nl' || r.locale === 'en') && r.kind !== '404')) {
      const main = page(route.path).doc.querySelector('main')!.textContent;
      expect(main, route.path).not.toMatch(/naam is beschermd|goed geregeld|name is protected/i);
    }
  });
});

describe('the meldcode', () => {
  it('warns professionals not to talk to the family first with honour-related violence, forced marriage and abandonment', () => {
    for (const locale of ['nl', 'en']) {
      for (const slug of ['eergerelateerd-geweld', 'huwelijksdwang-en-achterlating', 'loverboys-en-mensenhandel', 'kindermishandeling']) {
        expect(text(`forms/${locale}/${slug}.mdx`), `${locale}/${slug}`).toMatch(/LKHA/);
      }
      const professionals = text(`pages/${locale}/voor-professionals.mdx`);
      expect(professionals).toMatch(/LKHA/);
      expect(professionals).toMatch(locale === 'nl' ? /niet eerst met de (ouders|familie)/i : /not talk to the (parents|family)[^.]*first/i);
    }
  });
});

describe('stories', () => {
  it('say on every story page, in every language, that they are example stories', () => {
    const stories = routes.routes.filter((r) => r.kind === 'story');
    expect(stories.length).toBeGreaterThanOrEqual(5 * locales.length);
    for (const route of stories) {
      const note = page(route.path).doc.querySelector('[data-story-note]')!;
      expect(note.getAttribute('data-provenance'), route.path).toBe('composite-example');
      expect(note.textContent, route.path).toContain(t('story.example', route.locale));
    }
  });

  it('are not said to have been read or checked by experts by experience', () => {
    for (const locale of ['nl', 'en'])
      expect(text(`pages/${locale}/over-deze-campagne.mdx`)).not.toMatch(
        /lazen mee|lezen mee|meegelezen|gecontroleerd door|read (along|and commented|the texts)|checked (by|the texts)/i,
      );
  });
});

describe('statistics', () => {
  it('keep the "only" of "only 1 in 10 contacted Veilig Thuis" in every language', () => {
    const only: Record<string, RegExp> = {
      nl: /Slechts 1 op de 10/,
      en: /Only 1 in 10/,
      ar: /فقط/,
      tr: /(yalnızca|sadece)/i,
      pl: /tylko/i,
      uk: /(лише|тільки)/i,
    };
    for (const locale of locales) expect(text(`pages/${locale}/voor-omstanders.mdx`), locale).toMatch(only[locale]);
  });
});

describe('the accessibility statement', () => {
  it('is written from campaign.yaml on the accessibility page of every language, marked as example data', () => {
    const pages = routes.routes.filter((r) => r.kind === 'page' && r.key === routes.routes.find((x) => x.path === 'toegankelijkheid/')!.key);
    expect(pages.length).toBe(locales.length);
    for (const route of pages) {
      const statement = page(route.path).doc.querySelector('[data-accessibility-status]')!;
      expect(statement.getAttribute('data-accessibility-status'), route.path).toBe('E');
      expect(statement.textContent, route.path).toContain(t('a11y.statusE', route.locale));
      expect(statement.hasAttribute('data-example'), route.path).toBe(true);
    }
  });
});
