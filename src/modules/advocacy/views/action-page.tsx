import { formatDateTime, formatWholeNumber } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { CsrfField, ErrorSummary, FieldShell } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ActionDetail } from '../actions-service.js';
import { AdvocacyNav, actionKindLabel, dayText, placeText } from './labels.js';

/** The upload form: multipart, the CSRF token first (the route reads it before the file). */
function UploadForm(props: { actionId: string; errors?: FieldErrors }) {
  const { t } = usePage();
  return (
    <form method="post" action={`/advocacy/actions/${props.actionId}/documents`} enctype="multipart/form-data" novalidate>
      <CsrfField />
      <FieldShell
        name="file"
        id="f-file"
        label={t('advocacy.documents.file')}
        hint={t('advocacy.documents.fileHint')}
        error={props.errors?.file}
        required
        control={(describedBy) => (
          <input
            id="f-file"
            name="file"
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            required
            aria-invalid={props.errors?.file ? 'true' : undefined}
            aria-describedby={describedBy}
          />
        )}
      />
      <p>
        <button type="submit">{t('advocacy.documents.upload')}</button>
      </p>
    </form>
  );
}

/** GET /advocacy/actions/:id: the action, its stakeholders and documents (with the upload form). */
export function ActionPage(props: { detail: ActionDetail; uploadErrors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { row, documents, stakeholders } = props.detail;
  const base = `/advocacy/actions/${row.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/advocacy/actions">{t('advocacy.actions.title')}</a>
      </p>
      <h1>{row.title}</h1>
      <AdvocacyNav />
      <dl>
        <dt>{t('advocacy.field.actionKind')}</dt>
        <dd>{actionKindLabel(t, row.kind)}</dd>
        <dt>{t('advocacy.field.heldOn')}</dt>
        <dd>{dayText(locale, row.heldOn)}</dd>
        <dt>{t('advocacy.field.center')}</dt>
        <dd>{row.centerName}</dd>
        <dt>{t('advocacy.field.place')}</dt>
        <dd>{row.placeId ? <a href={`/advocacy/settlements/${row.placeId}`}>{placeText(row)}</a> : '–'}</dd>
        <dt>{t('advocacy.field.goal')}</dt>
        <dd>{row.goal}</dd>
        <dt>{t('advocacy.field.stakeholders')}</dt>
        <dd>
          {stakeholders.length === 0
            ? '–'
            : stakeholders.map((s, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={`/advocacy/stakeholders/${s.id}`}>{s.name}</a>
                </>
              ))}
        </dd>
        <dt>{t('advocacy.field.outcome')}</dt>
        <dd>{row.outcome ?? '–'}</dd>
        <dt>{t('advocacy.field.followUp')}</dt>
        <dd>{row.followUp ? `${row.followUp}${row.followUpOn ? ` (${dayText(locale, row.followUpOn)})` : ''}` : '–'}</dd>
      </dl>
      <p class="toolbar">
        <a href={`${base}/edit`}>{t('advocacy.actions.edit')}</a>
        <a href={`${base}/delete`}>{t('advocacy.actions.delete')}</a>
      </p>
      <h2>{t('advocacy.documents.title')}</h2>
      {documents.length === 0 ? (
        <p>{t('advocacy.documents.empty')}</p>
      ) : (
        <table>
          <caption>{t('advocacy.documents.caption', { title: row.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('advocacy.documents.name')}</th>
              <th scope="col">{t('advocacy.documents.size')}</th>
              <th scope="col">{t('advocacy.documents.uploadedAt')}</th>
              <th scope="col">{t('advocacy.documents.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a href={`${base}/documents/${d.id}`}>{d.fileName}</a>
                </th>
                <td>{t('advocacy.documents.kib', { size: formatWholeNumber(locale, Math.max(1, Math.round(d.sizeBytes / 1024))) })}</td>
                <td>{formatDateTime(locale, d.uploadedAt)}</td>
                <td>
                  <a href={`${base}/documents/${d.id}/delete`} aria-label={t('advocacy.documents.deleteNamed', { name: d.fileName })}>
                    {t('form.delete')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('advocacy.documents.upload')}</h3>
      <ErrorSummary errors={props.uploadErrors} />
      <UploadForm actionId={row.id} errors={props.uploadErrors} />
    </>
  );
}
