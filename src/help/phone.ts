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
    .map((group) => group.replace(/\+/g, 'plus ').split('').filter((c) => c !== ' ').join(' ').replace('p l u s', 'plus'))
    .join(', ');
}
