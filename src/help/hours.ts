/** Opening hours as text (pure). The open-now logic for the browser lives beside it. */
import { DAYS, type Day, type Hours } from '../content/schemas.ts';

export interface HoursRow {
  days: Day[];
  intervals: [string, string][];
}

/** Groups consecutive days with the same hours: mon–fri 09:00–17:00. Days without hours are closed. */
export function groupHours(hours: Exclude<Hours, '24/7'>): HoursRow[] {
  const rows: HoursRow[] = [];
  for (const day of DAYS) {
    const intervals = (hours[day] ?? []) as [string, string][];
    const last = rows.at(-1);
    if (last && JSON.stringify(last.intervals) === JSON.stringify(intervals)) last.days.push(day);
    else rows.push({ days: [day], intervals });
  }
  return rows;
}
