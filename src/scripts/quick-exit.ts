/**
 * Quick exit, progressive enhancement of the plain [data-quick-exit] links:
 * hide everything at once, blank the title, announce loading, and leave with
 * location.replace so this page is not in the tab's back list. Shift pressed on
 * its own three times within 5 seconds does the same. No storage, no requests.
 */
const bar = document.querySelector<HTMLElement>('[data-quick-exit-bar]');
const links = document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]');

if (bar && links.length) {
  const status = bar.querySelector<HTMLElement>('[data-quick-exit-status]')!;
  const dots = bar.querySelectorAll<HTMLElement>('[data-quick-exit-dot]');
  const text = bar.dataset;
  const title = document.title;
  let presses = 0;
  let timer: number | undefined;
  let shiftAlone = false;

  const show = (n: number) => dots.forEach((d, i) => d.classList.toggle('on', i < n));
  const reset = () => {
    presses = 0;
    clearTimeout(timer);
    show(0);
  };

  const exit = (event?: Event) => {
    event?.preventDefault();
    document.body.classList.add('quick-exit-active');
    document.title = '';
    const overlay = document.createElement('div');
    overlay.className = 'quick-exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    // Set after insertion: screen readers announce a changed alert more reliably.
    overlay.textContent = text.loading ?? '';
    location.replace(links[0].href);
  };

  links.forEach((a) => a.addEventListener('click', exit));

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Shift') {
      if (!e.repeat) shiftAlone = true;
      return;
    }
    // Any other key, or Shift used as a modifier, starts the count again.
    shiftAlone = false;
    if (presses) {
      reset();
      status.textContent = '';
    }
  });

  document.addEventListener('keyup', (e) => {
    if (e.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    presses += 1;
    show(presses);
    clearTimeout(timer);
    if (presses >= 3) {
      reset();
      exit();
      return;
    }
    status.textContent = (presses === 1 ? text.press2 : text.press1) ?? '';
    timer = window.setTimeout(() => {
      reset();
      status.textContent = text.expired ?? '';
    }, 5000);
  });

  // Back/forward cache: the page comes back as it was left. Show it again.
  window.addEventListener('pageshow', () => {
    document.body.classList.remove('quick-exit-active');
    document.querySelectorAll('.quick-exit-overlay').forEach((o) => o.remove());
    document.title = title;
    status.textContent = '';
    reset();
  });
}
