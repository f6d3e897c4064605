import { describe, expect, it } from 'vitest';
import { amsterdamTime, openState } from '../../src/help/open-now.ts';
import type { Hours } from '../../src/content/schemas.ts';

const office: Hours = {
  mon: [['09:00', '17:00']],
  tue: [['09:00', '17:00']],
  wed: [
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ],
  thu: [['09:00', '17:00']],
  fri: [['09:00', '17:00']],
};
// Instants in UTC; Amsterdam is UTC+1 in winter and UTC+2 in summer.
const at = (iso: string) => new Date(iso);

describe('open now (Europe/Amsterdam)', () => {
  it('is open during office hours', () => {
    expect(openState(office, at('2026-11-23T10:30:00Z'))).toEqual({ kind: 'open', closes: '17:00' }); // Mon 11:30
  });

  it('is closed before opening and opens later today', () => {
    expect(openState(office, at('2026-11-23T06:00:00Z'))).toEqual({ kind: 'closed', opens: { day: 'mon', time: '09:00', inDays: 0 } });
  });

  it('is closed over lunch on a split day and opens again the same afternoon', () => {
    expect(openState(office, at('2026-11-25T11:30:00Z'))).toEqual({ kind: 'closed', opens: { day: 'wed', time: '13:00', inDays: 0 } });
  });

  it('after closing time, opens tomorrow', () => {
    expect(openState(office, at('2026-11-24T17:30:00Z'))).toEqual({ kind: 'closed', opens: { day: 'wed', time: '09:00', inDays: 1 } });
  });

  it('over the weekend, opens on Monday', () => {
    expect(openState(office, at('2026-11-28T12:00:00Z'))).toEqual({ kind: 'closed', opens: { day: 'mon', time: '09:00', inDays: 2 } });
    expect(openState(office, at('2026-11-27T16:30:00Z'))).toEqual({ kind: 'closed', opens: { day: 'mon', time: '09:00', inDays: 3 } }); // Fri 17:30
  });

  it('is always open for 24/7 lines, and never for an empty schedule', () => {
    expect(openState('24/7', at('2026-11-28T03:00:00Z'))).toEqual({ kind: 'always' });
    expect(openState({}, at('2026-11-28T03:00:00Z'))).toEqual({ kind: 'never' });
  });

  it("follows the daylight-saving change, not the reader's clock", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00 (UTC+1 becomes UTC+2).
    expect(amsterdamTime(at('2026-03-28T08:30:00Z'))).toEqual({ day: 'sat', time: '09:30' }); // winter, UTC+1
    expect(amsterdamTime(at('2026-03-30T08:30:00Z'))).toEqual({ day: 'mon', time: '10:30' }); // summer, UTC+2
    // 07:30 UTC on Monday 30 March is 09:30 in Amsterdam: open, although it would be 08:30 in winter time.
    expect(openState(office, at('2026-03-30T07:30:00Z')).kind).toBe('open');
    expect(openState(office, at('2026-03-23T07:30:00Z')).kind).toBe('closed'); // a week earlier, 08:30 winter time
    // Autumn: 25 October 2026 back to UTC+1.
    expect(amsterdamTime(at('2026-10-26T08:00:00Z'))).toEqual({ day: 'mon', time: '09:00' });
  });
});
