import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { type StudentFilterInput, type StudentSort, studentGrades } from '../schema.js';
import type { StudentRow } from '../students-repo.js';
import { agreementStatus, SchoolLinks, studentName, studentStatus } from './labels.js';

/** GET /schools/:schoolId/students: the students the actor sees, with filters (class, grade, this year's agreement, status). */
export function StudentsPage(props: {
  school: { id: string; name: string };
  manage: boolean;
  page: Page<StudentRow>;
  params: ListParams<StudentSort>;
  filter: StudentFilterInput;
  classNames: string[];
  schoolYear: string;
}) {
  const { t, locale } = usePage();
  const { filter } = props;
  const base = `/schools/${props.school.id}`;
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');
  return (
    <ListPage
      title={t('schools.students.title')}
      breadcrumb={<SchoolLinks schoolId={props.school.id} schoolName={props.school.name} manage={props.manage} />}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(filtered ? 'schools.list.noMatch' : 'schools.students.empty')}
      columns={[
        { label: t('schools.field.studentName'), sortKey: 'name', rowHeader: true, cell: (r) => <a href={`${base}/students/${r.id}`}>{studentName(r)}</a> },
        { label: t('schools.field.className'), sortKey: 'className', cell: (r) => r.className },
        { label: t('schools.field.grade'), sortKey: 'grade', cell: (r) => r.grade },
        { label: t('schools.field.status'), cell: (r) => studentStatus(t, locale, r) },
        { label: t('schools.field.agreementOf', { year: props.schoolYear }), cell: (r) => agreementStatus(t, locale, r) },
      ]}
    >
      {props.manage && (
        <p>
          <a href={`${base}/students/new`} class="button">
            {t('schools.students.new')}
          </a>
        </p>
      )}
      <ListFilters action={`${base}/students`} label={t('schools.list.filters')} params={props.params}>
        <Field name="q" type="search" label={t('schools.list.studentQ')} value={filter.q} maxLength={100} />
        <SelectField
          name="className"
          label={t('schools.field.className')}
          options={props.classNames.map((c) => ({ value: c, label: c }))}
          value={filter.className}
          emptyLabel={t('schools.list.any')}
        />
        <SelectField
          name="grade"
          label={t('schools.field.grade')}
          options={studentGrades.map((g) => ({ value: g, label: g }))}
          value={filter.grade}
          emptyLabel={t('schools.list.any')}
        />
        <SelectField
          name="status"
          label={t('schools.field.status')}
          options={(['active', 'exempt', 'left'] as const).map((s) => ({ value: s, label: t(`schools.status.${s}`) }))}
          value={filter.status}
          emptyLabel={t('schools.list.any')}
        />
        <SelectField
          name="agreement"
          label={t('schools.field.agreementOf', { year: props.schoolYear })}
          options={[{ value: 'missing', label: t('schools.guardianAgreement.missing') }]}
          value={filter.agreement}
          emptyLabel={t('schools.list.any')}
        />
      </ListFilters>
    </ListPage>
  );
}
