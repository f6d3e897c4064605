/**
 * Runs on every page, in `npm run dev` and in the build: turns the language marks of
 * text shown in another language than the page (src/i18n/marks.ts) into lang and dir.
 */
import { defineMiddleware } from 'astro:middleware';
import { hasMarks, renderMarks } from '../i18n/marks.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!hasMarks(html)) return new Response(html, init);
  const dir = /<html[^>]*\sdir="rtl"/.test(html) ? 'rtl' : 'ltr';
  return new Response(renderMarks(html, dir), init);
});
