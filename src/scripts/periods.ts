/** Shows the campaign periods' messages during their days, by the reader's clock in Dutch time (src/config/periods.ts). */
import { amsterdamDay, inPeriod } from '../config/periods.ts';

const today = amsterdamDay(new Date());
for (const el of document.querySelectorAll<HTMLElement>('[data-period]')) {
  el.hidden = !inPeriod({ from: el.dataset.from!, to: el.dataset.to! }, today);
}
