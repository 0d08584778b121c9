import { formatWholeNumber, type Locale } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { TableColumn } from '../../../ui/table.js';
import type { FeedbackSummaryRow } from '../feedback-repo.js';
import type { FeedbackGrouping, FeedbackSummarySort } from '../feedback-schema.js';

/** An average of a 1–5 scale with the reader's decimal mark ("4,25"). */
export function formatAverage(locale: Locale, value: number): string {
  return value.toLocaleString(locale === 'hu' ? 'hu-HU' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Where a group's comments are listed. */
export function commentsHref(grouping: FeedbackGrouping, row: Pick<FeedbackSummaryRow, 'key' | 'courseId'>): string {
  const filter = grouping === 'course' ? `courseId=${encodeURIComponent(row.courseId ?? '')}` : `trainer=${encodeURIComponent(row.key)}`;
  return `/trainings/feedback/comments?${filter}`;
}

/** GET /trainings/feedback — the averages and counts per course or per trainer, for the center's staff. */
export function FeedbackSummaryPage(props: { grouping: FeedbackGrouping; page: Page<FeedbackSummaryRow>; params: ListParams<FeedbackSummarySort> }) {
  const { t, locale } = usePage();
  const { grouping } = props;
  const columns: TableColumn<FeedbackSummaryRow>[] = [
    {
      label: t(grouping === 'course' ? 'trainingAttendance.summary.course' : 'trainingAttendance.summary.trainer'),
      sortKey: 'name',
      rowHeader: true,
      cell: (r) => r.name,
    },
    { label: t('trainingAttendance.summary.responses'), sortKey: 'count', cell: (r) => formatWholeNumber(locale, r.responses) },
    { label: t('trainingAttendance.feedback.content'), sortKey: 'content', cell: (r) => formatAverage(locale, r.content) },
    { label: t('trainingAttendance.feedback.trainer'), sortKey: 'trainer', cell: (r) => formatAverage(locale, r.trainer) },
    { label: t('trainingAttendance.feedback.usefulness'), sortKey: 'usefulness', cell: (r) => formatAverage(locale, r.usefulness) },
    {
      label: t('trainingAttendance.summary.comments'),
      cell: (r) =>
        r.comments > 0 ? (
          <a href={commentsHref(grouping, r)}>
            {t('trainingAttendance.summary.commentsLink', { count: r.comments })}
            <span class="visually-hidden"> – {r.name}</span>
          </a>
        ) : (
          '–'
        ),
    },
  ];
  const other: FeedbackGrouping = grouping === 'course' ? 'trainer' : 'course';
  return (
    <ListPage
      title={t('trainingAttendance.summary.title')}
      caption={t(grouping === 'course' ? 'trainingAttendance.summary.byCourse' : 'trainingAttendance.summary.byTrainer')}
      page={props.page}
      params={props.params}
      columns={columns}
      rowKey={(r) => r.key}
      emptyText={t('trainingAttendance.summary.empty')}
    >
      <p>{t('trainingAttendance.summary.intro')}</p>
      <p class="toolbar">
        <strong>{t(grouping === 'course' ? 'trainingAttendance.summary.byCourse' : 'trainingAttendance.summary.byTrainer')}</strong>
        <a href={`/trainings/feedback?by=${other}`}>{t(other === 'course' ? 'trainingAttendance.summary.byCourse' : 'trainingAttendance.summary.byTrainer')}</a>
        <a href="/trainings/feedback/comments">{t('trainingAttendance.summary.allComments')}</a>
      </p>
    </ListPage>
  );
}
