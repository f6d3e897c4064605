/** Contacts that must not reach readers by accident: stale or example data (pure). */

export const STALE_AFTER_DAYS = 180;

export interface ContactFacts {
  id: string;
  file: string;
  verifiedAt: string;
  example: boolean;
}

export function contactWarnings(contacts: ContactFacts[], today: Date): string[] {
  const out: string[] = [];
  for (const c of contacts) {
    const age = Math.floor((today.getTime() - Date.parse(`${c.verifiedAt}T00:00:00Z`)) / 86_400_000);
    if (age > STALE_AFTER_DAYS)
      out.push(
        `${c.file}: verifiedAt ${c.verifiedAt} is ${age} days ago (more than ${STALE_AFTER_DAYS}): check the number and hours on the service's own site, then update verifiedAt`,
      );
    if (c.example) out.push(`${c.file}: example: true — this is example data; replace it with a real, verified contact or remove the file`);
  }
  return out;
}

/** Strict mode: `npm run build -- --strict` or SIGNAAL_STRICT=1. */
export const isStrict = (env: Record<string, string | undefined> = process.env) => env.SIGNAAL_STRICT === '1' || env.SIGNAAL_STRICT === 'true';
