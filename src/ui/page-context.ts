import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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

export const PageContextProvider = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const ctx = useContext(PageContextProvider);
  if (!ctx) throw new Error('usePage() outside a rendered page');
  return ctx;
}
