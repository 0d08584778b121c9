import type { MessageKey } from '../platform/i18n.js';
import { usePage } from './page-context.js';

export type ErrorPageKind = '400' | '401' | '403' | '404' | '413' | '429' | '500' | 'csrf';

const titles: Record<ErrorPageKind, MessageKey> = {
  '400': 'error.400.title',
  '401': 'error.401.title',
  '403': 'error.403.title',
  '404': 'error.404.title',
  '413': 'error.413.title',
  '429': 'error.429.title',
  '500': 'error.500.title',
  csrf: 'error.403.title',
};
const texts: Record<ErrorPageKind, MessageKey> = {
  '400': 'error.400.text',
  '401': 'error.401.text',
  '403': 'error.403.text',
  '404': 'error.404.text',
  '413': 'error.413.text',
  '429': 'error.429.text',
  '500': 'error.500.text',
  csrf: 'error.csrf.text',
};

export function errorTitle(kind: ErrorPageKind): MessageKey {
  return titles[kind];
}

export function ErrorPage(props: { kind: ErrorPageKind; minutes?: number }) {
  const { t } = usePage();
  return (
    <section class="error-page">
      <h1>{t(titles[props.kind])}</h1>
      <p>{t(texts[props.kind], { count: props.minutes ?? 15 })}</p>
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </section>
  );
}
