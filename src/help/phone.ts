/** Phone numbers for links and screen readers (pure). */

/** tel: URI in international form for Dutch numbers, so it works from any phone. */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.length <= 4) return `tel:${digits}`; // short numbers like 112
  if (digits.startsWith('0')) return `tel:+31${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** Digit by digit for screen readers: "0800-2000" → "0 8 0 0, 2 0 0 0". */
export function spokenNumber(number: string): string {
  return number
    .trim()
    .split(/[\s-]+/)
    .map((group) => (group.startsWith('+') ? ['plus', ...group.slice(1)] : [...group]).join(' '))
    .join(', ');
}

/**
 * Phone numbers inside running text: Dutch service numbers (0800-2000, 0900-8844),
 * international numbers (+31 247 247 247) and 112. Years and statistics do not match.
 */
const IN_TEXT = /(?<![\w+-])(?:\+\d{2}(?: \d{2,4}){2,4}|0[89]00-\d{4,7}|0\d{2,3}-\d{6,7}|112)(?![\w-])/g;

export function findPhoneNumbers(text: string): { index: number; number: string }[] {
  return [...text.matchAll(IN_TEXT)].map((m) => ({ index: m.index!, number: m[0] }));
}
