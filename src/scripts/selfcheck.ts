/**
 * The self-check's result, computed in the page. Nothing is stored or sent, and
 * every tick is cleared when the reader leaves (also from the back/forward cache).
 */
import { matchForms } from '../help/selfcheck.ts';

const root = document.querySelector<HTMLElement>('[data-selfcheck]');
if (root) {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-form]')];
  const result = root.querySelector<HTMLElement>('[data-selfcheck-result]')!;
  const summary = result.querySelector<HTMLElement>('[data-selfcheck-summary]')!;
  const order = (root.dataset.order ?? '').split(' ');
  root.querySelectorAll<HTMLElement>('[data-selfcheck-actions]').forEach((p) => (p.hidden = false));

  const show = () => {
    const matches = matchForms(
      boxes.filter((b) => b.checked).map((b) => ({ form: b.dataset.form! })),
      order,
    );
    const forms = matches.map((m) => m.form);
    const total = matches.reduce((n, m) => n + m.count, 0);
    summary.textContent = total ? (root.dataset.matches ?? '').replace('{count}', String(total)) : (root.dataset.none ?? '');
    const list = result.querySelector('ul')!;
    for (const li of result.querySelectorAll<HTMLElement>('[data-result-form]')) {
      const m = matches.find((x) => x.form === li.dataset.resultForm);
      li.hidden = !m;
      li.querySelector('[data-count]')!.textContent = m ? `(${m.count})` : '';
    }
    // Most ticked first.
    for (const form of forms) list.append(result.querySelector(`[data-result-form="${form}"]`)!);
    for (const li of result.querySelectorAll<HTMLElement>('[data-result-contact]')) {
      li.hidden = !li.dataset.resultContact!.split(' ').some((f) => forms.includes(f));
    }
    result.hidden = false;
    result.focus();
  };

  const clear = () => {
    for (const b of boxes) b.checked = false;
    result.hidden = true;
    summary.textContent = '';
  };

  root.querySelectorAll('[data-selfcheck-show]').forEach((b) => b.addEventListener('click', show));
  root.querySelectorAll('[data-selfcheck-clear]').forEach((b) => b.addEventListener('click', clear));
  window.addEventListener('pagehide', clear);
  window.addEventListener('pageshow', clear);
}
