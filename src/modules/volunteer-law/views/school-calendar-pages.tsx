import { schoolPeriodKinds } from '../../../db/schema/legal-data.js';
import { can } from '../../../platform/authz.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { SchoolPeriodRecord } from '../legal-data-admin-service.js';
import type { DayKindChange } from '../legal-data-preview.js';
import type { SchoolPeriodSort } from '../legal-data-repo.js';
import { schoolYearOf } from '../school-calendar.js';
import { Breadcrumb, ConfirmForms, NoBreaksWarning, dayText } from './legal-data-parts.js';

const listLink = '/admin/school-calendar';

export function SchoolCalendarListPage(props: { page: Page<SchoolPeriodRecord>; params: ListParams<SchoolPeriodSort>; schoolYearWithoutBreaks: string | null }) {
  const { t, locale, actor } = usePage();
  const manage = can(actor, 'legal.manage');
  return (
    <>
      <Breadcrumb />
      <h1>{t('legal.calendar.title')}</h1>
      <p class="lead">{t('legal.calendar.intro')}</p>
      <NoBreaksWarning schoolYear={props.schoolYearWithoutBreaks} />
      <p>
        {manage && (
          <a class="button" href={`${listLink}/new`}>
            {t('legal.calendar.new')}
          </a>
        )}{' '}
        <a href="/admin/legal-amounts">{t('legal.amounts.title')}</a>
      </p>
      <SortableTable
        caption={t('legal.calendar.title')}
        rows={props.page.items}
        rowKey={(r) => r.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t('legal.calendar.empty')}
        columns={[
          { label: t('legal.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => r.name },
          { label: t('legal.field.periodKind'), cell: (r) => t(`legal.period.${r.kind}`) },
          { label: t('legal.field.schoolYear'), cell: (r) => schoolYearOf(r.startsOn).label },
          { label: t('legal.field.startsOn'), sortKey: 'starts', cell: (r) => dayText(locale, r.startsOn) },
          { label: t('legal.field.endsOn'), cell: (r) => dayText(locale, r.endsOn) },
          { label: t('legal.field.source'), cell: (r) => r.source },
          ...(manage
            ? [
                {
                  label: t('legal.field.actions'),
                  cell: (r: SchoolPeriodRecord) => (
                    <>
                      <a href={`${listLink}/${r.id}/edit`}>{t('legal.calendar.edit')}</a> · <a href={`${listLink}/${r.id}/delete`}>{t('legal.calendar.delete')}</a>
                    </>
                  ),
                },
              ]
            : []),
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

export function SchoolPeriodFormPage(props: { editingId?: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <>
      <Breadcrumb>
        <a href={listLink}>{t('legal.calendar.title')}</a>
      </Breadcrumb>
      <h1>{t(props.editingId ? 'legal.calendar.edit' : 'legal.calendar.new')}</h1>
      {props.editingId && <p class="warning" role="note">{t('legal.preview.editWarning')}</p>}
      <ErrorSummary errors={errors} />
      <PostForm action={props.editingId ? `${listLink}/${props.editingId}` : listLink}>
        <SelectField
          name="kind"
          label={t('legal.field.periodKind')}
          options={schoolPeriodKinds.map((k) => ({ value: k, label: t(`legal.period.${k}`) }))}
          value={values.kind ?? 'holiday'}
          error={errors?.kind}
          required
        />
        <Field name="name" label={t('legal.field.name')} value={values.name} error={errors?.name} required maxLength={200} />
        <Field name="startsOn" type="date" label={t('legal.field.startsOn')} value={values.startsOn} error={errors?.startsOn} required />
        <Field name="endsOn" type="date" label={t('legal.field.endsOn')} value={values.endsOn} error={errors?.endsOn} required />
        <TextAreaField name="source" label={t('legal.field.source')} value={values.source} error={errors?.source} required maxLength={1000} />
        <p class="toolbar">
          <button type="submit">{t('legal.preview.title')}</button>
          <a href={listLink}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

function DayKindChangeList(props: { changes: DayKindChange[] }) {
  const { t, locale } = usePage();
  if (props.changes.length === 0) return <p>{t('legal.preview.noDayChanges')}</p>;
  return (
    <>
      <p>{t('legal.preview.dayChanges')}</p>
      <ul>
        {props.changes.map((c) => (
          <li key={c.from}>
            {c.from === c.to ? dayText(locale, c.from) : `${dayText(locale, c.from)} – ${dayText(locale, c.to)}`}: {t(`legal.dayKind.${c.before}`)} →{' '}
            {t(`legal.dayKind.${c.after}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

export function SchoolPeriodPreviewPage(props: { editingId?: string; values: Record<string, string>; changes: DayKindChange[] }) {
  const { t } = usePage();
  return (
    <>
      <Breadcrumb>
        <a href={listLink}>{t('legal.calendar.title')}</a>
      </Breadcrumb>
      <h1>{t('legal.preview.title')}</h1>
      <DayKindChangeList changes={props.changes} />
      <ConfirmForms action={props.editingId ? `${listLink}/${props.editingId}` : listLink} values={props.values} confirmLabel={t('legal.preview.confirm')} />
    </>
  );
}

export function SchoolPeriodDeletePage(props: { row: SchoolPeriodRecord; changes: DayKindChange[] }) {
  const { t } = usePage();
  return (
    <>
      <Breadcrumb>
        <a href={listLink}>{t('legal.calendar.title')}</a>
      </Breadcrumb>
      <h1>
        {t('legal.calendar.delete')}: {props.row.name}
      </h1>
      <DayKindChangeList changes={props.changes} />
      <ConfirmForms action={`${listLink}/${props.row.id}/delete`} values={{}} confirmLabel={t('legal.preview.confirmDelete')} backHref={listLink} />
    </>
  );
}
