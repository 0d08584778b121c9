import { formatDate, formatDateTime } from '../../../platform/i18n.js';
import type { Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { FollowUpRow } from '../follow-up-repo.js';
import type { ApplicationStatus } from '../status-rules.js';
import { FollowUpTabs } from './host-answers-page.js';
import { volunteerAndOpportunityColumns } from './placement-columns.js';

/** Placements whose follow-up day has come, for the coordinator: sortable, paged, exportable. */
export function FollowUpPage(props: { page: Page<FollowUpRow>; sort: string; dir: 'asc' | 'desc' }) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{t('placements.followUp.title')}</h1>
      <FollowUpTabs current="followUp" />
      <p>{t('placements.followUp.intro')}</p>
      <SortableTable
        caption={t('placements.followUp.title')}
        rows={props.page.items}
        rowKey={(r) => r.id}
        sort={props.sort}
        dir={props.dir}
        emptyText={t('placements.followUp.empty')}
        columns={[
          ...volunteerAndOpportunityColumns<FollowUpRow>(t),
          { label: t('placements.field.organization'), sortKey: 'organization', cell: (r) => r.organizationName },
          { label: t('placements.field.followUpOn'), sortKey: 'due', cell: (r) => formatDate(locale, new Date(`${r.followUpOn}T12:00:00Z`)) },
          { label: t('placements.field.status'), cell: (r) => t(`placements.status.${r.status as ApplicationStatus}`) },
          {
            label: t('placements.followUp.lastNote'),
            cell: (r) =>
              r.lastNote && r.lastNoteAt ? (
                <>
                  {formatDateTime(locale, new Date(r.lastNoteAt))}: {r.lastNote} ({r.noteCount})
                </>
              ) : (
                t('placements.followUp.noNote')
              ),
          },
        ]}
      />
      {props.page.total > 0 && (
        <>
          <Pagination page={props.page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}
