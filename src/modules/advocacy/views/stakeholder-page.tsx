import { formatDateTime } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { StakeholderDetail } from '../stakeholders-service.js';
import { AdvocacyNav, legalBasisLabel, ownerText, placeText, stakeholderKindLabel } from './labels.js';
import { ActionTimeline } from './timeline.js';

/** GET /advocacy/stakeholders/:id: the stakeholder, its contact and its actions, newest first. */
export function StakeholderPage(props: { detail: StakeholderDetail }) {
  const { t, locale } = usePage();
  const { row, timeline } = props.detail;
  const base = `/advocacy/stakeholders/${row.id}`;
  const hasContact = !!(row.contactName || row.contactEmail || row.contactPhone);
  return (
    <>
      <p class="breadcrumb">
        <a href="/advocacy/stakeholders">{t('advocacy.stakeholders.title')}</a>
      </p>
      <h1>{row.name}</h1>
      <AdvocacyNav />
      <dl>
        <dt>{t('advocacy.field.stakeholderKind')}</dt>
        <dd>{stakeholderKindLabel(t, row.kind)}</dd>
        <dt>{t('advocacy.field.center')}</dt>
        <dd>{row.centerName}</dd>
        <dt>{t('advocacy.field.place')}</dt>
        <dd>{row.placeId ? <a href={`/advocacy/settlements/${row.placeId}`}>{placeText(row)}</a> : '–'}</dd>
        <dt>{t('advocacy.field.owner')}</dt>
        <dd>{ownerText(row) ?? '–'}</dd>
        <dt>{t('advocacy.field.tags')}</dt>
        <dd>{row.tags.join(', ') || '–'}</dd>
        <dt>{t('advocacy.field.notes')}</dt>
        <dd>{row.notes ?? '–'}</dd>
      </dl>
      <h2>{t('advocacy.contact.legend')}</h2>
      {hasContact ? (
        <dl>
          <dt>{t('advocacy.field.contactName')}</dt>
          <dd>{row.contactName ?? '–'}</dd>
          <dt>{t('advocacy.field.contactEmail')}</dt>
          <dd>{row.contactEmail ?? '–'}</dd>
          <dt>{t('advocacy.field.contactPhone')}</dt>
          <dd>{row.contactPhone ?? '–'}</dd>
          <dt>{t('advocacy.field.contactLegalBasis')}</dt>
          <dd>{row.contactLegalBasis ? legalBasisLabel(t, row.contactLegalBasis) : '–'}</dd>
        </dl>
      ) : (
        <p>{t('advocacy.contact.none')}</p>
      )}
      {row.contactErasedAt && <p>{t('advocacy.contact.erasedAt', { at: formatDateTime(locale, row.contactErasedAt) })}</p>}
      <p class="toolbar">
        <a href={`${base}/edit`}>{t('advocacy.stakeholders.edit')}</a>
        {hasContact && <a href={`${base}/erase-contact`}>{t('advocacy.contact.erase')}</a>}
        <a href={`/advocacy/actions/new?center=${row.centerId}&stakeholder=${row.id}`}>{t('advocacy.actions.new')}</a>
      </p>
      <h2>{t('advocacy.timeline.title')}</h2>
      <ActionTimeline actions={timeline} caption={t('advocacy.timeline.caption', { name: row.name })} emptyText={t('advocacy.timeline.empty')} />
    </>
  );
}
