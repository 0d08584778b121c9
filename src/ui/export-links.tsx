import { usePage } from './page-context.js';
import { urlWith } from './pagination.js';

/**
 * Download links for the list on screen: the same URL (so the same filters and sort) with
 * `?format=csv|xlsx` and without the page number, so the whole filtered list is exported.
 */
export function ExportLinks() {
  const { t, url } = usePage();
  return (
    <p class="export-links">
      <span>{t('list.export')}:</span>{' '}
      <a href={urlWith(url, { format: 'csv', page: undefined, lang: undefined })} download>
        {t('list.exportCsv')}
      </a>{' '}
      <a href={urlWith(url, { format: 'xlsx', page: undefined, lang: undefined })} download>
        {t('list.exportXlsx')}
      </a>
    </p>
  );
}
