import { formatDate, formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { TableColumn } from '../../../ui/table.js';
import type { FeedbackCommentRow } from '../feedback-repo.js';
import type { CommentFilter } from '../feedback-schema.js';

/** GET /trainings/feedback/comments — what participants wrote, newest first, narrowed to a course or a trainer; no one is named. */
export function FeedbackCommentsPage(props: { filter: CommentFilter; page: Page<FeedbackCommentRow>; params: ListParams<'created'> }) {
  const { t, locale } = usePage();
  const columns: TableColumn<FeedbackCommentRow>[] = [
    { label: t('trainingAttendance.comments.written'), sortKey: 'created', cell: (r) => formatDateTime(locale, r.createdAt) },
    { label: t('trainingAttendance.summary.course'), rowHeader: true, cell: (r) => r.courseTitle },
    { label: t('trainingAttendance.comments.session'), cell: (r) => formatDate(locale, r.startsAt) },
    { label: t('trainingAttendance.summary.trainer'), cell: (r) => r.trainerName },
    {
      label: t('trainingAttendance.comments.ratings'),
      cell: (r) => t('trainingAttendance.comments.ratingsValue', { content: r.contentRating, trainer: r.trainerRating, usefulness: r.usefulnessRating }),
    },
    { label: t('trainingAttendance.comments.comment'), cell: (r) => r.comment ?? '' },
  ];
  const narrowed = props.filter.courseId || props.filter.trainer;
  return (
    <ListPage
      title={t('trainingAttendance.comments.title')}
      breadcrumb={<a href="/trainings/feedback">{t('trainingAttendance.summary.title')}</a>}
      page={props.page}
      params={props.params}
      columns={columns}
      rowKey={(r) => r.id}
      emptyText={t('trainingAttendance.comments.empty')}
    >
      {props.filter.trainer && <p>{t('trainingAttendance.comments.forTrainer', { trainer: props.filter.trainer })}</p>}
      {narrowed && (
        <p>
          <a href="/trainings/feedback/comments">{t('trainingAttendance.comments.all')}</a>
        </p>
      )}
    </ListPage>
  );
}
