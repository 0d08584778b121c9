import { formatDateTime, formatDuration, formatPersonName } from '../../../platform/i18n.js';
import type { Page } from '../../../platform/list-params.js';
import { usePage } from '../../../ui/page-context.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import type { ReviewRow } from '../repo.js';
import { DecisionActions } from './decision-actions.js';
import { dayText, timeRangeText } from './entry-text.js';

type Props = { page: Page<ReviewRow>; sort: string; dir: 'asc' | 'desc'; caption: string; emptyText: string; showOrganization: boolean; mayDecide: boolean };

/** Submitted entries across placements: sortable by logging time, day, volunteer and organization (Hungarian order). */
export function ReviewTable(props: Props) {
  const { t, locale } = usePage();
  const columns: TableColumn<ReviewRow>[] = [
    {
      label: t('hours.field.volunteer'),
      sortKey: 'volunteer',
      rowHeader: true,
      cell: (r) => <a href={`/applications/${r.applicationId}/hours`}>{formatPersonName(r.volunteerFamilyName, r.volunteerGivenName)}</a>,
    },
    ...(props.showOrganization ? [{ label: t('hours.field.organization'), sortKey: 'organization', cell: (r: ReviewRow) => r.organizationName }] : []),
    { label: t('hours.field.opportunity'), cell: (r) => r.opportunityTitle },
    { label: t('hours.field.day'), sortKey: 'day', cell: (r) => dayText(locale, r.activityDay) },
    { label: t('hours.field.time'), cell: (r) => timeRangeText(r.startsAt, r.endsAt) ?? t('hours.entries.noTime') },
    { label: t('hours.field.duration'), cell: (r) => formatDuration(t, locale, r.minutes) },
    { label: t('hours.field.activity'), cell: (r) => r.activity },
    { label: t('hours.field.loggedAt'), sortKey: 'logged', cell: (r) => formatDateTime(locale, new Date(r.createdAt)) },
  ];
  if (props.mayDecide) {
    columns.push({
      label: t('hours.field.actions'),
      cell: (r) => {
        const which = ` – ${formatPersonName(r.volunteerFamilyName, r.volunteerGivenName)}, ${dayText(locale, r.activityDay)}`;
        return <DecisionActions entryId={r.id} which={which} />;
      },
    });
  }
  return (
    <SortableTable
      caption={props.caption}
      rows={props.page.items}
      rowKey={(r) => r.id}
      sort={props.sort}
      dir={props.dir}
      emptyText={props.emptyText}
      columns={columns}
    />
  );
}
