/** The self-check's result: which forms of violence the ticked signals point to (pure). */

export interface Tick {
  form: string;
}

/** Forms by number of ticked signals, most first; ties keep the page's order. */
export function matchForms(ticks: Tick[], order: string[]): { form: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of ticks) counts.set(t.form, (counts.get(t.form) ?? 0) + 1);
  return [...counts].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count || order.indexOf(a.form) - order.indexOf(b.form));
}

/** Contacts to show: those related to any matched form. */
export function matchContacts(contacts: { id: string; forms: string[] }[], forms: string[]): string[] {
  return contacts.filter((c) => c.forms.some((f) => forms.includes(f))).map((c) => c.id);
}
