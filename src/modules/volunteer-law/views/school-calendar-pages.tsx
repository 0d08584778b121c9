import { schoolPeriodKinds } from '../../../db/schema/legal-data.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { linkifiedText } from '../../../ui/linkified-text.js';
import { usePage } from '../../../ui/page-context.js';
import type { SchoolPeriodRecord } from '../legal-data-admin-service.js';
import type { DayKindChange } from '../legal-data-preview.js';
import type { SchoolPeriodSort } from '../legal-data-repo.js';
import { schoolYearOf } from '../school-calendar.js';
import {
  dayText,
  LegalDataDeletePage,
  LegalDataFormPage,
  LegalDataListPage,
  LegalDataPreviewPage,
  legalAmountList,
  schoolCalendarList,
} from './legal-data-parts.js';

export function SchoolCalendarListPage(props: {
  page: Page<SchoolPeriodRecord>;
  params: ListParams<SchoolPeriodSort>;
  schoolYearWithoutBreaks: string | null;
}) {
  const { t, locale } = usePage();
  return (
    <LegalDataListPage
      list={schoolCalendarList}
      other={legalAmountList}
      page={props.page}
      params={props.params}
      schoolYearWithoutBreaks={props.schoolYearWithoutBreaks}
      columns={[
        { label: t('legal.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => r.name },
        { label: t('legal.field.periodKind'), cell: (r) => t(`legal.period.${r.kind}`) },
        { label: t('legal.field.schoolYear'), cell: (r) => schoolYearOf(r.startsOn).label },
        { label: t('legal.field.startsOn'), sortKey: 'starts', cell: (r) => dayText(locale, r.startsOn) },
        { label: t('legal.field.endsOn'), cell: (r) => dayText(locale, r.endsOn) },
        { label: t('legal.field.source'), cell: (r) => linkifiedText(r.source) },
      ]}
    />
  );
}

export function SchoolPeriodFormPage(props: { editingId?: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <LegalDataFormPage list={schoolCalendarList} editingId={props.editingId} values={values} errors={errors}>
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
    </LegalDataFormPage>
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
  return (
    <LegalDataPreviewPage list={schoolCalendarList} editingId={props.editingId} values={props.values}>
      <DayKindChangeList changes={props.changes} />
    </LegalDataPreviewPage>
  );
}

export function SchoolPeriodDeletePage(props: { row: SchoolPeriodRecord; changes: DayKindChange[] }) {
  const { t } = usePage();
  return (
    <LegalDataDeletePage
      list={schoolCalendarList}
      id={props.row.id}
      title={
        <>
          {t('legal.calendar.delete')}: {props.row.name}
        </>
      }
    >
      <DayKindChangeList changes={props.changes} />
    </LegalDataDeletePage>
  );
}
