import { formatDate } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { CourseListRow } from '../course-service.js';
import { type CourseFilter, type CourseSort, courseAudiences, courseStatuses } from '../schema.js';
import { audienceKey, courseStatusKey } from './labels.js';

/** GET /trainings/manage: the courses the staff member works with (national ones and their centers'), filtered, sorted, paged, exported. */
export function CourseListPage(props: { page: Page<CourseListRow>; params: ListParams<CourseSort>; filter: CourseFilter }) {
  const { t, locale } = usePage();
  const { filter } = props;
  return (
    <ListPage
      title={t('trainings.manage.title')}
      page={props.page}
      params={props.params}
      rowKey={(c) => c.id}
      emptyText={filter.q || filter.audience || filter.status ? t('trainings.manage.noMatch') : t('trainings.manage.empty')}
      columns={[
        { label: t('trainings.field.title'), sortKey: 'title', rowHeader: true, cell: (c) => <a href={`/trainings/manage/${c.id}`}>{c.title}</a> },
        { label: t('trainings.field.audience'), sortKey: 'audience', cell: (c) => t(audienceKey(c.audience)) },
        { label: t('trainings.field.status'), sortKey: 'status', cell: (c) => t(courseStatusKey(c.status)) },
        { label: t('trainings.field.center'), cell: (c) => c.centerName ?? t('trainings.course.national') },
        { label: t('trainings.manage.upcoming'), sortKey: 'upcoming', cell: (c) => c.upcomingSessions },
        { label: t('trainings.manage.updated'), sortKey: 'updated', cell: (c) => formatDate(locale, c.updatedAt) },
      ]}
    >
      <p>
        <a class="button" href="/trainings/manage/new">
          {t('trainings.manage.new')}
        </a>{' '}
        <a href="/trainings">{t('trainings.manage.catalogueLink')}</a>
      </p>
      <ListFilters action="/trainings/manage" label={t('trainings.manage.filters')} params={props.params}>
        <Field name="q" type="search" label={t('trainings.manage.search')} value={filter.q} maxLength={120} />
        <SelectField
          name="audience"
          label={t('trainings.field.audience')}
          options={courseAudiences.map((a) => ({ value: a, label: t(audienceKey(a)) }))}
          value={filter.audience ?? ''}
          emptyLabel={t('trainings.manage.any')}
        />
        <SelectField
          name="status"
          label={t('trainings.field.status')}
          options={courseStatuses.map((s) => ({ value: s, label: t(courseStatusKey(s)) }))}
          value={filter.status ?? ''}
          emptyLabel={t('trainings.manage.any')}
        />
      </ListFilters>
    </ListPage>
  );
}
