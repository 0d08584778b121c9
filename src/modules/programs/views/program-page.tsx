import { formatDuration } from '../../../platform/i18n.js';
import type { FieldError, FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { PartnerRow } from '../repo.js';
import type { ProgramDetail } from '../service.js';
import { applicationStatusLabel, ikszStatusLabel, partnerKindLabel, programKindLabel, programStatusLabel } from './labels.js';
import { RemoveForm } from './remove-form.js';

export type ProgramChoices = { partners: PartnerRow[]; opportunities: { id: string; title: string; organizationName: string }[] };

/** One select of what may be added (a partner, an opportunity) and its button, or a hint that nothing is left. */
function AddForm(props: { action: string; name: string; label: string; options: { value: string; label: string }[]; error?: FieldError; none: string }) {
  const { t } = usePage();
  if (props.options.length === 0) return <p class="hint">{props.none}</p>;
  return (
    <PostForm action={props.action}>
      <SelectField name={props.name} label={props.label} options={props.options} emptyLabel={t('programs.choose')} error={props.error} required />
      <p>
        <button type="submit">{t('programs.add')}</button>
      </p>
    </PostForm>
  );
}

/** GET /programs/manage/:programId: the program's dashboard: figures, next steps, partners and opportunities. */
export function ProgramPage(props: { detail: ProgramDetail; choices: ProgramChoices; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { row, partners, opportunities, figures, nextSteps } = props.detail;
  const base = `/programs/manage/${row.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/programs/manage">{t('programs.manage.title')}</a>
      </p>
      <h1>{row.name}</h1>
      <p class="toolbar">
        <a href={`${base}/edit`}>{t('programs.manage.edit')}</a>
        {row.status === 'published' && <a href={`/programs/${row.slug}`}>{t('programs.manage.publicPage')}</a>}
      </p>
      <ErrorSummary errors={props.errors} />
      <dl>
        <dt>{t('programs.field.kind')}</dt>
        <dd>{programKindLabel(t, row.kind)}</dd>
        <dt>{t('programs.field.status')}</dt>
        <dd>{programStatusLabel(t, row.status)}</dd>
        <dt>{t('programs.field.center')}</dt>
        <dd>{row.centerName}</dd>
        <dt>{t('programs.field.slug')}</dt>
        <dd>
          <code>{row.slug}</code>
        </dd>
        <dt>{t('programs.field.minAge')}</dt>
        <dd>{row.minAge ?? '–'}</dd>
        {row.kind === 'hospital' && (
          <>
            <dt>{t('programs.field.inductionQualification')}</dt>
            <dd>{row.inductionQualification ?? '–'}</dd>
            <dt>{t('programs.field.healthValidMonths')}</dt>
            <dd>{row.healthValidMonths ?? '–'}</dd>
          </>
        )}
      </dl>

      <h2>{t('programs.dashboard.nextSteps')}</h2>
      {nextSteps.length ? (
        <ul>
          {nextSteps.map((s) => (
            <li>{t(`programs.next.${s}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('programs.dashboard.noNextSteps')}</p>
      )}

      <h2>{t('programs.dashboard.figures')}</h2>
      <dl>
        <dt>{t('programs.field.opportunities')}</dt>
        <dd>{t('programs.dashboard.opportunityCount', { n: figures.opportunities, published: figures.publishedOpportunities })}</dd>
        {(['school', 'company', 'organization'] as const).map((k) => (
          <>
            <dt>{partnerKindLabel(t, k)}</dt>
            <dd>{figures.partners[k] ?? 0}</dd>
          </>
        ))}
        <dt>{t('programs.dashboard.kotHours')}</dt>
        <dd>{formatDuration(t, locale, figures.approvedHourMinutes)}</dd>
      </dl>
      <h3>{t('programs.dashboard.applications')}</h3>
      {figures.applications.length ? (
        <table>
          <caption>{t('programs.dashboard.applications')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programs.field.status')}</th>
              <th scope="col">{t('programs.dashboard.count')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.applications.map((a) => (
              <tr>
                <th scope="row">{applicationStatusLabel(t, a.status)}</th>
                <td>{a.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('programs.dashboard.noApplications')}</p>
      )}
      <h3>{t('programs.dashboard.iksz')}</h3>
      <p class="hint">{t('programs.dashboard.ikszHint')}</p>
      {figures.ikszOccasions.length ? (
        <table>
          <caption>{t('programs.dashboard.iksz')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programs.field.status')}</th>
              <th scope="col">{t('programs.dashboard.occasions')}</th>
              <th scope="col">{t('programs.dashboard.ikszTime')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.ikszOccasions.map((o) => (
              <tr>
                <th scope="row">{ikszStatusLabel(t, o.status)}</th>
                <td>{o.n}</td>
                <td>{formatDuration(t, locale, o.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('programs.dashboard.noIksz')}</p>
      )}

      <h2>{t('programs.field.opportunities')}</h2>
      <p class="hint">{t('programs.opportunities.rulesHint')}</p>
      {opportunities.length ? (
        <table>
          <caption>{t('programs.opportunities.caption', { name: row.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programs.opportunities.title')}</th>
              <th scope="col">{t('programs.opportunities.organization')}</th>
              <th scope="col">{t('programs.opportunities.added')}</th>
              <th scope="col">{t('programs.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {opportunities.map((o) => (
              <tr>
                <th scope="row">
                  <a href={`/opportunities/${o.id}/edit`}>{o.title}</a>
                </th>
                <td>{o.organizationName}</td>
                <td>{o.addedQualifications.join(', ') || '–'}</td>
                <td>
                  <RemoveForm
                    action={`${base}/opportunities/remove`}
                    hidden={{ opportunityId: o.id }}
                    question={t('programs.opportunities.removeQuestion', { title: o.title })}
                    idSuffix={`o-${o.id}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('programs.opportunities.empty')}</p>
      )}
      <AddForm
        action={`${base}/opportunities`}
        name="opportunityId"
        label={t('programs.opportunities.add')}
        options={props.choices.opportunities.map((o) => ({ value: o.id, label: `${o.title} – ${o.organizationName}` }))}
        error={props.errors?.opportunityId}
        none={t('programs.opportunities.noChoices')}
      />

      <h2>{t('programs.field.partners')}</h2>
      {partners.length ? (
        <table>
          <caption>{t('programs.partners.caption', { name: row.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programs.partners.name')}</th>
              <th scope="col">{t('programs.partners.kind')}</th>
              <th scope="col">{t('programs.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr>
                <th scope="row">{p.name}</th>
                <td>{partnerKindLabel(t, p.kind)}</td>
                <td>
                  <RemoveForm
                    action={`${base}/partners/remove`}
                    hidden={{ partnerKind: p.kind, partnerId: p.id }}
                    question={t('programs.partners.removeQuestion', { name: p.name })}
                    idSuffix={`p-${p.id}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('programs.partners.empty')}</p>
      )}
      <AddForm
        action={`${base}/partners`}
        name="partner"
        label={t('programs.partners.add')}
        options={props.choices.partners.map((p) => ({ value: `${p.kind}:${p.id}`, label: `${p.name} (${partnerKindLabel(t, p.kind)})` }))}
        error={props.errors?.partner}
        none={t('programs.partners.noChoices')}
      />
    </>
  );
}
