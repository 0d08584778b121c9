import { Fragment } from 'preact';
import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams } from '../../../platform/list-params.js';
import { SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { type PreviewCategory, type PreviewRow, type PreviewSort, previewCategories, type RetentionPreview } from '../preview-service.js';
import { allCategories } from '../schema.js';
import { kindKey, stepKey } from './labels.js';

type Props = { preview: RetentionPreview; params: ListParams<PreviewSort>; category: PreviewCategory | undefined };

/** The inactive-account job's dry run ("Ön"): counts per step, the filtered list, export; nothing here changes data. */
export function PreviewPage({ preview, params, category }: Props) {
  const { t, locale } = usePage();
  if (preview.off) {
    return (
      <>
        <h1>{t('retention.preview.title')}</h1>
        <p>{t('retention.preview.off')}</p>
      </>
    );
  }
  const name = (r: PreviewRow) => formatPersonName(r.familyName, r.givenName);
  const warned = (r: PreviewRow) => [r.firstWarnedAt, r.secondWarnedAt].flatMap((d) => (d ? [formatDate(locale, d)] : [])).join(', ') || '–';
  return (
    <ListPage
      title={t('retention.preview.title')}
      page={preview.page}
      params={params}
      rowKey={(r) => `${r.kind}-${r.id}`}
      emptyText={t('retention.preview.empty')}
      columns={[
        {
          label: t('retention.preview.name'),
          sortKey: 'name',
          rowHeader: true,
          cell: (r) => (r.kind === 'volunteer' ? <a href={`/volunteers/${r.id}`}>{name(r)}</a> : name(r)),
        },
        { label: t('retention.preview.kind'), cell: (r) => t(kindKey(r)) },
        { label: t('retention.preview.center'), cell: (r) => r.centerName ?? '–' },
        { label: t('retention.preview.lastActive'), cell: (r) => formatDate(locale, r.lastActiveAt) },
        { label: t('retention.preview.warned'), cell: (r) => (r.reachable ? warned(r) : t('retention.noEmail')) },
        { label: t('retention.preview.step'), cell: (r) => t(stepKey(r)) },
        { label: t('retention.preview.anonymiseAt'), sortKey: 'anonymiseAt', cell: (r) => formatDate(locale, r.anonymiseAt) },
      ]}
    >
      <p>{t('retention.preview.intro', { years: preview.years })}</p>
      <h2>{t('retention.preview.counts')}</h2>
      <dl class="details">
        {previewCategories.map((c) => (
          <Fragment key={c}>
            <dt>{t(`retention.filter.${c}`)}</dt>
            <dd data-count={c}>{preview.counts[c]}</dd>
          </Fragment>
        ))}
      </dl>
      <ListFilters action="/admin/inactive-accounts" label={t('retention.preview.filters')} params={params}>
        <SelectField
          name="step"
          label={t('retention.preview.filter')}
          value={category ?? allCategories}
          options={[
            { value: allCategories, label: t('retention.filter.all') },
            ...previewCategories.map((c) => ({ value: c, label: t(`retention.filter.${c}`) })),
          ]}
        />
      </ListFilters>
    </ListPage>
  );
}
