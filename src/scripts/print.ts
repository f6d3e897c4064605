/** The form page's "Print checklist" button: hidden without JavaScript, where the browser's own print command gives the same A4 checklist. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
