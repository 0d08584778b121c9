import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { AuditFilter, AuditSort } from '../schema.js';
import type { AuditRow } from '../service.js';

type AuditPageProps = {
  page: Page<AuditRow>;
  params: ListParams<AuditSort>;
  filter: AuditFilter;
  errors: FieldErrors;
  vocabulary: { entityTypes: string[]; actions: string[] };
  /** The filter form as submitted (a rejected date is shown as typed). */
  typed: Record<string, string>;
};

/** Before/after as indented JSON; preact escapes it, so stored text can never become markup. */
function JsonBlock(props: { label: string; value: unknown }) {
  if (props.value == null) return null;
  return (
    <details>
      <summary>{props.label}</summary>
      <pre>{JSON.stringify(props.value, null, 2)}</pre>
    </details>
  );
}

/** The values seen lately, plus the one filtered by now (it may be older than the sample). */
function choices(seen: string[], current: string | undefined) {
  const values = current && !seen.includes(current) ? [...seen, current] : seen;
  return values.map((v) => ({ value: v, label: v }));
}

export function AuditPage(props: AuditPageProps) {
  const { t, locale } = usePage();
  const { typed, errors } = props;
  const filtered = Object.values(props.filter).some(Boolean);
  return (
    <ListPage
      title={t('audit.title')}
      breadcrumb={<a href="/admin">{t('nav.admin')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={filtered ? t('audit.noMatch') : t('audit.empty')}
      columns={[
        { label: t('audit.field.at'), sortKey: 'at', rowHeader: true, cell: (r) => formatDateTime(locale, r.at) },
        {
          label: t('audit.field.actor'),
          cell: (r) =>
            r.actorEmail ? (
              <>
                {formatPersonName(r.actorFamilyName ?? '', r.actorGivenName ?? '')}
                <br />
                <span class="muted">{r.actorEmail}</span>
              </>
            ) : (
              t('audit.systemActor')
            ),
        },
        { label: t('audit.field.center'), cell: (r) => r.centerName ?? '–' },
        { label: t('audit.field.action'), cell: (r) => r.action },
        {
          label: t('audit.field.entity'),
          cell: (r) => (
            <>
              {r.entityType}
              {r.entityId && (
                <>
                  <br />
                  <code class="small">{r.entityId}</code>
                </>
              )}
            </>
          ),
        },
        {
          label: t('audit.field.change'),
          cell: (r) => (
            <>
              <JsonBlock label={t('audit.field.before')} value={r.before} />
              <JsonBlock label={t('audit.field.after')} value={r.after} />
            </>
          ),
        },
      ]}
    >
      <ListFilters action="/admin/audit" label={t('audit.filter.label')} params={props.params}>
        <SelectField
          name="entityType"
          label={t('audit.field.entityType')}
          options={choices(props.vocabulary.entityTypes, typed.entityType)}
          value={typed.entityType}
          emptyLabel={t('audit.filter.any')}
        />
        <SelectField
          name="action"
          label={t('audit.field.action')}
          options={choices(props.vocabulary.actions, typed.action)}
          value={typed.action}
          emptyLabel={t('audit.filter.any')}
        />
        <Field name="actor" type="search" label={t('audit.filter.actor')} value={typed.actor} maxLength={100} />
        <Field name="from" type="date" label={t('audit.filter.from')} value={typed.from} error={errors.from} />
        <Field name="to" type="date" label={t('audit.filter.to')} value={typed.to} error={errors.to} />
      </ListFilters>
    </ListPage>
  );
}
