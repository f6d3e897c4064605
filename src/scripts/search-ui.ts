/**
 * The search box, loaded by search.ts when the reader first uses it. Pagefind (its
 * script, WebAssembly and this language's index) comes from this site only. The query
 * never leaves the browser and is never put in the address.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: { baseUrl: string; noWorker?: boolean }): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export function start(form: HTMLFormElement) {
  const d = form.dataset;
  const input = form.querySelector<HTMLInputElement>('#search-input')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const types = [...form.querySelectorAll<HTMLInputElement>('[data-search-type]')];
  const overview = document.querySelector<HTMLElement>('[data-search-overview]');
  let engine: Promise<Pagefind> | undefined;
  let timer: number | undefined;
  let latest = 0;

  const load = () =>
    (engine ??= import(/* @vite-ignore */ `${d.base}pagefind/pagefind.js`).then(async (p: Pagefind) => {
      // Without the worker: one script less to download; the index is small.
      await p.options({ baseUrl: d.base!, noWorker: true });
      return p;
    }));

  // An empty list stays hidden: a screen reader would announce "list, 0 items".
  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
  };

  // aria-busy: results are on their way for what is typed now (screen readers wait, so do tests).
  const busy = (on: boolean) => list.setAttribute('aria-busy', String(on));

  const run = async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) {
      busy(false);
      clear();
      status.textContent = '';
      if (overview) overview.hidden = false;
      return;
    }
    busy(true);
    status.textContent = d.loading ?? '';
    const pagefind = await load();
    const chosen = types.filter((t) => t.checked).map((t) => t.value);
    const search = await pagefind.search(query, chosen.length ? { filters: { type: { any: chosen } } } : {});
    const data = search ? await Promise.all(search.results.slice(0, 10).map((r) => r.data())) : [];
    if (run !== latest) return;
    // A keyboard user already in the results keeps their place when newer results arrive.
    const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
    list.replaceChildren(
      ...data.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.className = 'text-lg font-bold';
        a.textContent = r.meta.title ?? r.url;
        const type = document.createElement('span');
        type.className = 'ms-2 text-sm';
        type.textContent = r.filters.type?.[0] ? `(${r.filters.type[0]})` : '';
        const excerpt = document.createElement('p');
        excerpt.className = 'm-0';
        // Pagefind escapes the page text; <mark> around the matched words is the only markup.
        excerpt.innerHTML = r.excerpt;
        li.append(a, type, excerpt);
        return li;
      }),
    );
    list.hidden = data.length === 0;
    busy(false);
    if (focused >= 0) (list.querySelectorAll('a')[focused] ?? list.querySelector('a') ?? input).focus();
    const n = search?.results.length ?? 0;
    status.textContent = n === 0 ? (d.none ?? '').replace('{query}', query) : n === 1 ? (d.countOne ?? '') : (d.count ?? '').replace('{count}', String(n));
    if (overview) overview.hidden = n > 0;
  };

  void load();
  input.addEventListener('input', () => {
    busy(true);
    clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  });
  types.forEach((t) => t.addEventListener('change', () => void run()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  // Arrow keys move between the search box and the results.
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && e.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (i >= 0) (e.key === 'ArrowDown' ? links[i + 1] : (links[i - 1] ?? input))?.focus();
    else return;
    e.preventDefault();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      input.value = '';
      void run();
    }
  });
  window.addEventListener('pagehide', () => {
    input.value = '';
    clear();
  });
  // Whatever was typed before this module arrived.
  if (input.value) void run();
}
