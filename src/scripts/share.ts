/** The share sheet and copy link of ShareLinks.astro, where the browser has them. Nothing is sent or stored. */
for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const { url = location.href, title = document.title } = box.dataset;
  const status = box.querySelector<HTMLElement>('[data-share-status]')!;
  if (typeof navigator.share === 'function') {
    box.querySelector<HTMLElement>('[data-share-native-item]')!.hidden = false;
    box.querySelector('[data-share-native]')!.addEventListener('click', () => navigator.share({ title, url }).catch(() => {}));
  }
  if (navigator.clipboard?.writeText) {
    box.querySelector<HTMLElement>('[data-share-copy-item]')!.hidden = false;
    box.querySelector('[data-share-copy]')!.addEventListener('click', async () => {
      await navigator.clipboard.writeText(url);
      status.textContent = status.dataset.copied ?? '';
    });
  }
}
