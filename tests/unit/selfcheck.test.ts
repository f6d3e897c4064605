import { describe, expect, it } from 'vitest';
import { matchContacts, matchForms } from '../../src/help/selfcheck.ts';
import { notReadyToPublish } from '../../src/help/freshness.ts';

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

describe('contacts and stories that stay true', () => {
  const today = '2026-11-21';
  const contact = (file: string, verifiedAt: string, example = false) => ({ file, kind: 'contact' as const, verifiedAt, example });
  it('warns for contacts verified more than 180 days ago or in the future, for example contacts and example stories', () => {
    const w = notReadyToPublish(
      [
        contact('content/contacts/a.yaml', '2026-11-01'),
        contact('content/contacts/b.yaml', '2026-05-01'),
        contact('content/contacts/c.yaml', '2026-11-01', true),
        contact('content/contacts/d.yaml', '2026-12-24'),
        { file: 'content/stories/nl/s.mdx', kind: 'story', example: true },
        { file: 'content/stories/nl/t.mdx', kind: 'story', example: false },
      ],
      today,
    );
    expect(w.map((p) => [p.file, p.field])).toEqual([
      ['content/contacts/b.yaml', 'verifiedAt'],
      ['content/contacts/c.yaml', 'example'],
      ['content/contacts/d.yaml', 'verifiedAt'],
      ['content/stories/nl/s.mdx', 'provenance'],
    ]);
    expect(w[0].message).toMatch(/2026-05-01 is 204 days ago/);
    expect(w[2].message).toMatch(/in the future/);
  });
  it('accepts a contact verified exactly 180 days ago', () => {
    expect(notReadyToPublish([contact('a', '2026-05-25')], today)).toEqual([]);
  });
});
