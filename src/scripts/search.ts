/**
 * Shows the search box (the page lists every page without JavaScript) and loads the
 * search code only when the reader first focuses or uses it.
 */
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
if (form) {
  form.hidden = false;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-ui.ts').then((ui) => ui.start(form));
  };
  form.addEventListener('focusin', start);
  form.addEventListener('pointerdown', start);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
}
