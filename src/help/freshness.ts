/**
 * What must not reach readers by accident: contacts not checked for a long time (or
 * dated in the future), example contacts and example stories. One rule for the build
 * (a warning; with --strict a failed build) and the doctor (a warning with its line). Pure.
 */

export const STALE_AFTER_DAYS = 180;
const DAY = 86_400_000;

export interface PublishFacts {
  /** Relative to the project: content/contacts/veilig-thuis.yaml */
  file: string;
  kind: 'contact' | 'story' | 'accessibility';
  /** Contacts: the date written in verifiedAt (YYYY-MM-DD; other values are the schema's to report). */
  verifiedAt?: unknown;
  /** Contacts: example: true. Stories: provenance composite-example. */
  example: boolean;
}

export interface PublishProblem {
  file: string;
  field: 'verifiedAt' | 'example' | 'provenance' | 'accessibility.example';
  message: string;
}

/** today: YYYY-MM-DD. */
export function notReadyToPublish(items: PublishFacts[], today: string): PublishProblem[] {
  const now = Date.parse(`${today}T00:00:00Z`);
  const out: PublishProblem[] = [];
  for (const item of items) {
    if (item.example && item.kind === 'contact') {
      out.push({
        file: item.file,
        field: 'example',
        message: 'this is example data; replace it with a real contact you have checked, or delete the file and the links to it',
      });
    }
    if (item.example && item.kind === 'story') {
      out.push({
        file: item.file,
        field: 'provenance',
        message:
          'this is an example story (composite-example); publish real stories only with consent (kind: real-with-consent, consentDate, consentBy), or delete this one',
      });
    }
    if (item.example && item.kind === 'accessibility') {
      out.push({
        file: item.file,
        field: 'accessibility.example',
        message: 'the accessibility statement is example data; fill in your own status and approval from the register, then remove example',
      });
    }
    const written = item.verifiedAt instanceof Date ? item.verifiedAt.toISOString().slice(0, 10) : item.verifiedAt;
    if (typeof written !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(written)) continue;
    const days = Math.floor((now - Date.parse(`${written}T00:00:00Z`)) / DAY);
    if (Number.isNaN(days)) continue;
    if (days > STALE_AFTER_DAYS) {
      out.push({
        file: item.file,
        field: 'verifiedAt',
        message: `${written} is ${days} days ago (more than ${STALE_AFTER_DAYS}) — check the phone number, opening hours and website at the source, then set verifiedAt to the date you checked (${today})`,
      });
    } else if (days < 0) {
      out.push({ file: item.file, field: 'verifiedAt', message: `${written} is in the future — write the date you checked this contact` });
    }
  }
  return out;
}

/** Strict mode: `npm run build -- --strict` or SIGNAAL_STRICT=1. */
export const isStrict = (env: Record<string, string | undefined> = process.env) => env.SIGNAAL_STRICT === '1' || env.SIGNAAL_STRICT === 'true';
