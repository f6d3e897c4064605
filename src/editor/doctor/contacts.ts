/** Rule: contacts that have not been checked for a long time, and example contacts of the default campaign. */
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

export const STALE_AFTER_DAYS = 180;
const DAY = 86_400_000;

/** today: YYYY-MM-DD. */
export function checkContacts(project: Project, problems: Problems, today: string): void {
  const now = Date.parse(`${today}T00:00:00Z`);
  for (const contact of project.contacts) {
    // Also when another field has a schema error: the dates are still worth checking.
    const data = contact.parsed ?? contact.data;
    if (!data) continue;
    if (data.example === true) {
      problems.warn(
        'contact',
        contact.file,
        'this is example data of the default campaign — replace it with a real contact you have checked, or delete the file and the links to it',
        {
          line: contact.yaml.lineOf(['example']),
          field: 'example',
        },
      );
    }
    const written = data.verifiedAt instanceof Date ? data.verifiedAt.toISOString().slice(0, 10) : String(data.verifiedAt);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(written)) continue;
    const verified = Date.parse(`${written}T00:00:00Z`);
    if (Number.isNaN(verified) || Number.isNaN(now)) continue;
    const days = Math.floor((now - verified) / DAY);
    const at = { line: contact.yaml.lineOf(['verifiedAt']), field: 'verifiedAt' };
    if (days > STALE_AFTER_DAYS) {
      problems.warn(
        'contact',
        contact.file,
        `last checked ${days} days ago (${written}) — check the phone number, opening hours and website at the source, then set verifiedAt to today's date (${today})`,
        at,
      );
    } else if (days < 0) {
      problems.warn('contact', contact.file, `the date ${written} is in the future — write the date you checked this contact`, at);
    }
  }
}
