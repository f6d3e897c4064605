/**
 * Campaign periods (campaign.yaml `periods`): a message on every page while a period
 * runs, like Orange the World from 25 November to 10 December. Pure, for the build,
 * the browser (src/scripts/periods.ts decides on the reader's day, so a site that is not
 * rebuilt still shows it on time, and never after) and the tests.
 */

/** YYYY-MM-DD for one year, or MM-DD for every year. */
export type PeriodDay = string;

export interface PeriodDates {
  from: PeriodDay;
  to: PeriodDay;
}

/** Today in the Netherlands as YYYY-MM-DD, whatever the device's time zone. */
export function amsterdamDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether the day (YYYY-MM-DD) falls in the period, first and last day included; a yearly period may run over New Year. */
export function inPeriod(period: PeriodDates, day: string): boolean {
  if (period.from.length === 10) return period.from <= day && day <= period.to;
  const md = day.slice(5);
  return period.from <= period.to ? period.from <= md && md <= period.to : md >= period.from || md <= period.to;
}
