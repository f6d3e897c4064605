/** Quick filter over the municipality links; the plain list works without it. */
const chooser = document.querySelector<HTMLElement>('[data-municipality-chooser]');
if (chooser) {
  const field = chooser.querySelector<HTMLElement>('[data-filter-field]')!;
  const input = field.querySelector('input')!;
  const items = [...chooser.querySelectorAll<HTMLElement>('li[data-name]')];
  const status = chooser.querySelector<HTMLElement>('[data-filter-status]')!;
  field.hidden = false;
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const li of items) {
      li.hidden = !li.dataset.name!.includes(q);
      if (!li.hidden) shown++;
    }
    status.textContent = shown ? '' : (chooser.dataset.none ?? '');
  });
}
