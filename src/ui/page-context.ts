import type { Actor } from '../platform/authz.js';
import type { Locale, Translate } from '../platform/i18n.js';
import type { FormFieldRegistry } from './form-field-registry.js';

/** What every view may read while rendering one request. */
export type PageContext = {
  locale: Locale;
  t: Translate;
  csrfToken: string;
  actor: Actor | null;
  /** Path and query of the current request, for the language switch and active links. */
  url: string;
  /** A one-time message after a redirect (e.g. "saved"). */
  flash?: string;
  /** The form controls rendered so far, for the error summary's links (see form-field-registry.ts). */
  formFields?: FormFieldRegistry;
};

/**
 * The page being rendered. Rendering is synchronous (renderToString), so one slot, saved and
 * restored around each render, is all a request needs; preact's context would load preact/hooks,
 * whose option hooks then run for every node of every page.
 */
let current: PageContext | null = null;

/** Runs `render` with `ctx` as the page every usePage() inside it reads. */
export function withPage<T>(ctx: PageContext, render: () => T): T {
  const previous = current;
  current = ctx;
  try {
    return render();
  } finally {
    current = previous;
  }
}

export function usePage(): PageContext {
  if (!current) throw new Error('usePage() outside a rendered page');
  return current;
}
