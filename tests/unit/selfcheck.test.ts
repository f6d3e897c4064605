import { describe, expect, it } from 'vitest';
import { matchContacts, matchForms } from '../../src/help/selfcheck.ts';
import { contactWarnings } from '../../src/help/freshness.ts';

describe('self-check result', () => {
  it('ranks forms by ticked signals, keeping page order on ties', () => {
    const ticks = [{ form: 'stalking' }, { form: 'partnergeweld' }, { form: 'stalking' }, { form: 'financieel-geweld' }];
    expect(matchForms(ticks, ['partnergeweld', 'stalking', 'financieel-geweld'])).toEqual([
      { form: 'stalking', count: 2 },
      { form: 'partnergeweld', count: 1 },
      { form: 'financieel-geweld', count: 1 },
    ]);
    expect(matchForms([], ['a'])).toEqual([]);
  });

  it('offers the contacts related to the matched forms', () => {
    const contacts = [
      { id: 'veilig-thuis', forms: ['stalking', 'partnergeweld'] },
      { id: 'kindertelefoon', forms: ['kindermishandeling'] },
    ];
    expect(matchContacts(contacts, ['stalking'])).toEqual(['veilig-thuis']);
  });
});

describe('contacts that stay true', () => {
  const today = new Date('2026-11-21T12:00:00Z');
  it('warns for contacts verified more than 180 days ago and for example data', () => {
    const w = contactWarnings(
      [
        { id: 'a', file: 'content/contacts/a.yaml', verifiedAt: '2026-11-01', example: false },
        { id: 'b', file: 'content/contacts/b.yaml', verifiedAt: '2026-05-01', example: false },
        { id: 'c', file: 'content/contacts/c.yaml', verifiedAt: '2026-11-01', example: true },
      ],
      today,
    );
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/b\.yaml: verifiedAt 2026-05-01 is 204 days ago/);
    expect(w[1]).toMatch(/c\.yaml: example: true/);
  });
  it('accepts a contact verified exactly 180 days ago', () => {
    expect(contactWarnings([{ id: 'a', file: 'a', verifiedAt: '2026-05-25', example: false }], today)).toEqual([]);
  });
});
