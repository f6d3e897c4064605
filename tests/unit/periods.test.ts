import { describe, expect, it } from 'vitest';
import { amsterdamDay, inPeriod } from '../../src/config/periods.ts';
import { parseCampaign } from '../../src/config/campaign.ts';
import { validCampaign } from '../support/campaign.ts';

describe('campaign periods', () => {
  it('take the day in Dutch time, whatever the device says', () => {
    expect(amsterdamDay(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25'); // 00:30 in Amsterdam
    expect(amsterdamDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // summer time
    expect(amsterdamDay(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-24');
  });

  it('run from the first to the last day, every year or in one year, also over New Year', () => {
    const orange = { from: '11-25', to: '12-10' };
    expect(['2026-11-24', '2026-11-25', '2026-12-10', '2026-12-11', '2027-11-30'].map((d) => inPeriod(orange, d))).toEqual([false, true, true, false, true]);
    const week = { from: '2026-11-16', to: '2026-11-22' };
    expect(['2026-11-15', '2026-11-16', '2026-11-22', '2027-11-18'].map((d) => inPeriod(week, d))).toEqual([false, true, true, false]);
    const winter = { from: '12-20', to: '01-05' };
    expect(['2026-12-19', '2026-12-31', '2027-01-05', '2027-01-06'].map((d) => inPeriod(winter, d))).toEqual([false, true, true, false]);
  });

  it('are checked in campaign.yaml: days, the default language, https links', () => {
    const bad = (periods: unknown) => {
      try {
        parseCampaign({ ...validCampaign(), periods });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(bad([{ from: '11-25', to: '12-10', message: { nl: 'x' } }])).toBe('');
    expect(bad([{ from: '25-11', to: '12-10', message: { nl: 'x' } }])).toMatch(/periods\[0\]\.from:.*11-25/);
    expect(bad([{ from: '2026-11-25', to: '12-10', message: { nl: 'x' } }])).toMatch(/periods\[0\]\.to: write both days/);
    expect(bad([{ from: '2026-12-25', to: '2026-12-10', message: { nl: 'x' } }])).toMatch(/periods\[0\]\.to: the last day comes before/);
    expect(bad([{ from: '11-25', to: '12-10', message: { en: 'x' } }])).toMatch(/periods\[0\]\.message\.nl: required/);
    expect(bad([{ from: '11-25', to: '12-10', message: { nl: 'x' }, link: 'http://example.org' }])).toMatch(/periods\[0\]\.link: must start with https/);
  });
});
