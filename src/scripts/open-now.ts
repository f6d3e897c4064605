/** "Open now" / "Closed — opens …" on contact cards, against Amsterdam time. */
import { openState } from '../help/open-now.ts';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

for (const el of document.querySelectorAll<HTMLElement>('[data-hours]')) {
  const d = el.dataset;
  const state = openState(JSON.parse(d.hours!), new Date());
  const out = el.querySelector<HTMLElement>('[data-open-status]')!;
  if (state.kind === 'open') out.textContent = fill(d.open!, { time: state.closes });
  else if (state.kind === 'closed') {
    const { day, time, inDays } = state.opens;
    const when = fill(inDays === 0 ? d.today! : inDays === 1 ? d.tomorrow! : d.onDay!, { time, day: JSON.parse(d.days!)[day] });
    out.textContent = fill(d.closed!, { when });
  } else continue;
  out.hidden = false;
}
