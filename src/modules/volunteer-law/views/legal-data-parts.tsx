import type { ComponentChildren } from 'preact';
import { can } from '../../../platform/authz.js';
import { formatDate, formatWholeNumber, type Locale } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { TableColumn } from '../../../ui/table.js';

/** Pieces shared by the legal-data admin pages (ADR 016). */

/** One kind of legal data as its pages see it: the list's URL and the prefix of its texts. */
export type LegalDataList = { href: string; texts: 'legal.amounts' | 'legal.calendar' };
export const legalAmountList: LegalDataList = { href: '/admin/legal-amounts', texts: 'legal.amounts' };
export const schoolCalendarList: LegalDataList = { href: '/admin/school-calendar', texts: 'legal.calendar' };

/** Where a form (and its preview) posts: the list for a new record, the record for an edit. */
const changeAction = (list: LegalDataList, editingId?: string) => (editingId ? `${list.href}/${editingId}` : list.href);

export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** Forints as Hungarians write them ("322 800 Ft"); the hour value keeps its fillér ("2 017,50 Ft"). */
export function ftText(amount: number): string {
  if (Number.isInteger(amount)) return `${formatWholeNumber('hu', amount)}\u00a0Ft`;
  return `${new Intl.NumberFormat('hu-HU', { useGrouping: 'always', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)}\u00a0Ft`;
}

export function Breadcrumb(props: { children?: ComponentChildren }) {
  const { t } = usePage();
  return (
    <p class="breadcrumb">
      <a href="/admin">{t('nav.admin')}</a>
      {props.children && <> › {props.children}</>}
    </p>
  );
}

export function NoBreaksWarning(props: { schoolYear: string | null }) {
  const { t } = usePage();
  if (!props.schoolYear) return null;
  return (
    <p class="warning" role="note">
      {t('legal.calendar.noBreaks', { year: props.schoolYear })}
    </p>
  );
}

/**
 * The second step of every change: the values travel again as hidden fields with `confirmed=1`
 * (save) or `edit=1` (show the form again, filled in); a deletion offers a link back instead.
 */
export function ConfirmForms(props: { action: string; values: Record<string, string>; confirmLabel: string; backHref?: string }) {
  const { t } = usePage();
  const hidden = Object.entries(props.values).map(([name, value]) => <input type="hidden" name={name} value={value} key={name} />);
  return (
    <div class="toolbar">
      <PostForm action={props.action}>
        {hidden}
        <input type="hidden" name="confirmed" value="1" />
        <button type="submit">{props.confirmLabel}</button>
      </PostForm>
      {props.backHref ? (
        <a href={props.backHref}>{t('form.cancel')}</a>
      ) : (
        <PostForm action={props.action}>
          {hidden}
          <input type="hidden" name="edit" value="1" />
          <button type="submit" class="secondary">
            {t('legal.preview.back')}
          </button>
        </PostForm>
      )}
    </div>
  );
}

/**
 * A list of legal data: intro, the no-breaks warning, "new" for `legal.manage` with a link to the
 * other list, then the table with edit/delete links for `legal.manage`.
 */
export function LegalDataListPage<T extends { id: string }>(props: {
  list: LegalDataList;
  other: LegalDataList;
  page: Page<T>;
  params: ListParams<string>;
  columns: TableColumn<T>[];
  schoolYearWithoutBreaks: string | null;
}) {
  const { t, actor } = usePage();
  const { list, other } = props;
  const manage = can(actor, 'legal.manage');
  const actions: TableColumn<T> = {
    label: t('legal.field.actions'),
    cell: (r) => (
      <>
        <a href={`${list.href}/${r.id}/edit`}>{t(`${list.texts}.edit`)}</a> · <a href={`${list.href}/${r.id}/delete`}>{t(`${list.texts}.delete`)}</a>
      </>
    ),
  };
  return (
    <ListPage
      title={t(`${list.texts}.title`)}
      breadcrumb={<a href="/admin">{t('nav.admin')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(`${list.texts}.empty`)}
      columns={manage ? [...props.columns, actions] : props.columns}
    >
      <p class="lead">{t(`${list.texts}.intro`)}</p>
      <NoBreaksWarning schoolYear={props.schoolYearWithoutBreaks} />
      <p>
        {manage && (
          <a class="button" href={`${list.href}/new`}>
            {t(`${list.texts}.new`)}
          </a>
        )}{' '}
        <a href={other.href}>{t(`${other.texts}.title`)}</a>
      </p>
    </ListPage>
  );
}

/** The heading of a page below a list: the way back to the list, then the title. */
function ListHeading(props: { list: LegalDataList; title: ComponentChildren }) {
  const { t } = usePage();
  return (
    <>
      <Breadcrumb>
        <a href={props.list.href}>{t(`${props.list.texts}.title`)}</a>
      </Breadcrumb>
      <h1>{props.title}</h1>
    </>
  );
}

/** The form of a new or edited record: its own fields (`children`), then the source and "preview". */
export function LegalDataFormPage(props: {
  list: LegalDataList;
  editingId?: string;
  values: Record<string, string>;
  errors?: FieldErrors;
  children: ComponentChildren;
}) {
  const { t } = usePage();
  const { list, values, errors } = props;
  return (
    <>
      <ListHeading list={list} title={t(props.editingId ? `${list.texts}.edit` : `${list.texts}.new`)} />
      {props.editingId && (
        <p class="warning" role="note">
          {t('legal.preview.editWarning')}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <PostForm action={changeAction(list, props.editingId)}>
        {props.children}
        <TextAreaField name="source" label={t('legal.field.source')} value={values.source} error={errors?.source} required maxLength={1000} />
        <p class="toolbar">
          <button type="submit">{t('legal.preview.title')}</button>
          <a href={list.href}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

/** The preview of a new or edited record (`children` shows what changes): nothing saved yet. */
export function LegalDataPreviewPage(props: { list: LegalDataList; editingId?: string; values: Record<string, string>; children: ComponentChildren }) {
  const { t } = usePage();
  const { list } = props;
  return (
    <>
      <ListHeading list={list} title={t('legal.preview.title')} />
      {props.children}
      <ConfirmForms action={changeAction(list, props.editingId)} values={props.values} confirmLabel={t('legal.preview.confirm')} />
    </>
  );
}

/** The confirmation of a deletion (`children` shows what changes): nothing deleted yet. */
export function LegalDataDeletePage(props: { list: LegalDataList; id: string; title: ComponentChildren; children: ComponentChildren }) {
  const { t } = usePage();
  const { list } = props;
  return (
    <>
      <ListHeading list={list} title={props.title} />
      {props.children}
      <ConfirmForms action={`${list.href}/${props.id}/delete`} values={{}} confirmLabel={t('legal.preview.confirmDelete')} backHref={list.href} />
    </>
  );
}
