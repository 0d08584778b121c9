import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../../ui/page-context.js';
import { renderFragment } from '../../../ui/render.js';
import type { SearchOutcome } from '../service.js';

/** Distinct renderings (part × language × URL) kept with one cached result. */
const maxRenderings = 32;

/**
 * A part of the search page (the filters, the map and list) rendered once per language and URL
 * while its result is cached: these parts are most of the page's work and depend on nothing
 * else — no account, no CSRF token (the context they get has neither). Preact escaped the markup.
 */
export function renderedOnce(ctx: PageContext, outcome: SearchOutcome, part: string, body: ComponentChildren): string {
  const key = `${part}|${ctx.locale}|${ctx.url}`;
  let markup = outcome.rendered.get(key);
  if (markup === undefined) {
    markup = renderFragment({ locale: ctx.locale, t: ctx.t, url: ctx.url, csrfToken: '', actor: null }, body);
    if (outcome.rendered.size < maxRenderings) outcome.rendered.set(key, markup);
  }
  return markup;
}
