/**
 * "Open now" against the clock in Europe/Amsterdam, whatever the reader's own time
 * zone. Pure: the browser script and the tests pass in the moment.
 */
import type { Day, Hours } from '../content/schemas.ts';

const DAY_ORDER: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SHORT: Record<string, Day> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

export type OpenState =
  { kind: 'always' } | { kind: 'open'; closes: string } | { kind: 'closed'; opens: { day: Day; time: string; inDays: number } } | { kind: 'never' };

/** Day of the week and HH:MM in Amsterdam at this moment (daylight saving included). */
export function amsterdamTime(now: Date): { day: Day; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { day: SHORT[get('weekday')], time: `${get('hour')}:${get('minute')}` };
}

export function openState(hours: Hours, now: Date): OpenState {
  if (hours === '24/7') return { kind: 'always' };
  const { day, time } = amsterdamTime(now);
  const today = DAY_ORDER.indexOf(day);
  for (const [from, to] of hours[day] ?? []) {
    if (from <= time && time < to) return { kind: 'open', closes: to };
  }
  for (let inDays = 0; inDays <= 7; inDays++) {
    const d = DAY_ORDER[(today + inDays) % 7];
    const next = (hours[d] ?? [])
      .map(([from]) => from)
      .filter((from) => inDays > 0 || from > time)
      .sort()[0];
    if (next) return { kind: 'closed', opens: { day: d, time: next, inDays } };
  }
  return { kind: 'never' };
}
