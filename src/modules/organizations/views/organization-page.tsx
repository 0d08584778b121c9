import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, useRecordField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { hostTypeLabel, isKotHost } from '../host-types.js';
import { medianHoursText, withinShareText } from '../responsiveness-text.js';
import type { OrganizationProfile, Responsiveness } from '../service.js';
import { OrganizationMembers } from './organization-members.js';
import { OrganizationStatus, statusKey } from './status-badge.js';

/** Public profile; members and the center's staff also see status, timeline, members, and act. */
export type FormState = { values: Record<string, string>; errors: FieldErrors };

export function OrganizationPage(props: { profile: OrganizationProfile; vetForm?: FormState; memberForm?: FormState }) {
  const { t, locale } = usePage();
  const { org, internals, can } = props.profile;
  return (
    <>
      <h1>{org.name}</h1>
      {props.vetForm && can.decisions.length === 0 && <ErrorSummary errors={props.vetForm.errors} />}
      <dl class="details">
        <dt>{t('organizations.field.hostType')}</dt>
        <dd>
          {hostTypeLabel(org.hostType, locale)}
          {!isKotHost(org.hostType) && <span class="muted"> – {t('organizations.profile.notKot')}</span>}
        </dd>
        <dt>{t('organizations.field.place')}</dt>
        <dd>{org.placeLabel}</dd>
        {org.address && (
          <>
            <dt>{t('organizations.field.address')}</dt>
            <dd>{org.address}</dd>
          </>
        )}
        {org.email && (
          <>
            <dt>{t('organizations.field.email')}</dt>
            <dd>
              <a href={`mailto:${org.email}`}>{org.email}</a>
            </dd>
          </>
        )}
        {org.phone && (
          <>
            <dt>{t('organizations.field.phone')}</dt>
            <dd>{org.phone}</dd>
          </>
        )}
        {org.website && (
          <>
            <dt>{t('organizations.field.website')}</dt>
            <dd>
              <a href={org.website} rel="noopener noreferrer nofollow">
                {org.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('organizations.field.taxNumber')}</dt>
        <dd>{org.taxNumber ?? '–'}</dd>
        {org.kotRegistrationNumber && (
          <>
            <dt>{t('organizations.field.kotRegistrationNumber')}</dt>
            <dd>{org.kotRegistrationNumber}</dd>
          </>
        )}
        {props.profile.causeNames.length > 0 && (
          <>
            <dt>{t('organizations.field.causes')}</dt>
            <dd>{props.profile.causeNames.join(', ')}</dd>
          </>
        )}
        <dt>{t('organizations.field.center')}</dt>
        <dd>
          {org.centerName}
          {org.pointName && ` – ${org.pointName}`}
        </dd>
      </dl>
      {org.description && <p class="organization-description">{org.description}</p>}
      {internals && (
        <section aria-labelledby="internal-heading">
          <h2 id="internal-heading">{t('organizations.field.status')}</h2>
          <p class="muted small">{t('organizations.profile.internal')}</p>
          <p>
            <OrganizationStatus status={org.status} />
            {org.statusReason && org.status !== 'approved' && <> – {t('organizations.profile.statusReason', { reason: org.statusReason })}</>}
          </p>
          {(can.edit || can.resubmit) && (
            <div class="toolbar">
              {can.edit && (
                <a class="button button-secondary" href={`/organizations/${org.id}/edit`}>
                  {t('organizations.profile.edit')}
                </a>
              )}
              {can.resubmit && (
                <PostForm action={`/organizations/${org.id}/submit`} class="inline-form">
                  <button type="submit">{t('organizations.resubmit.button')}</button>
                </PostForm>
              )}
            </div>
          )}
          {can.resubmit && <p class="hint">{t('organizations.resubmit.hint')}</p>}
          <ul>
            <li>
              <a href={`/organizations/${org.id}/hours`}>{t('hours.organization.title', { name: org.name })}</a>
            </li>
            <li>
              <a href={`/organizations/${org.id}/certificates`}>{t('certificates.org.title')}</a>
            </li>
            <li>
              <a href={`/organizations/${org.id}/reports`}>{t('reports.link')}</a>
            </li>
            <li>
              <a href={`/organizations/${org.id}/readiness`}>{t('readiness.link')}</a>
            </li>
            <li>
              <a href={`/organizations/${org.id}/exchange-meetings`}>{t('exchange.org.link')}</a>
            </li>
            {can.member && (
              <>
                <li>
                  <a href={`/organizations/${org.id}/contract-template`}>{t('contracts.link.template')}</a>
                </li>
                <li>
                  <a href={`/organizations/${org.id}/register`}>{t('register.link.organization')}</a>
                </li>
              </>
            )}
          </ul>
          {can.decisions.length > 0 && <VettingForm organizationId={org.id} decisions={can.decisions} state={props.vetForm} />}
          <h3>{t('organizations.timeline.title')}</h3>
          <ol class="timeline">
            {internals.timeline.map((e) => (
              <li>
                <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time>
                {' – '}
                <strong>{e.fromStatus ? t(statusKey(e.toStatus)) : t('organizations.timeline.registered')}</strong>
                {e.actorFamilyName && <> ({formatPersonName(e.actorFamilyName, e.actorGivenName ?? '')})</>}
                {e.reason && <> – {t('organizations.profile.statusReason', { reason: e.reason })}</>}
              </li>
            ))}
          </ol>
          <OrganizationMembers organizationId={org.id} members={internals.members} manage={can.manageMembers} state={props.memberForm} />
        </section>
      )}
      {props.profile.responsiveness && <ResponsivenessSection figures={props.profile.responsiveness} />}
    </>
  );
}

function VettingForm(props: { organizationId: string; decisions: readonly string[]; state?: FormState }) {
  const { t } = usePage();
  const errors = props.state?.errors;
  const values = props.state?.values ?? {};
  const label = (d: string) =>
    d === 'approve' ? t('organizations.decision.approve') : d === 'reject' ? t('organizations.decision.reject') : t('organizations.decision.needs_changes');
  useRecordField('decision', 'f-decision', t('organizations.vet.decision'));
  return (
    <section aria-labelledby="vet-heading" class="card">
      <h3 id="vet-heading">{t('organizations.vet.title')}</h3>
      <ErrorSummary errors={errors} />
      <PostForm action={`/organizations/${props.organizationId}/vet`}>
        <fieldset class={`choice-group${errors?.decision ? ' field-invalid' : ''}`}>
          <legend>{t('organizations.vet.decision')}</legend>
          {errors?.decision && (
            <p class="field-error" id="f-decision-error">
              {t(errors.decision.key, errors.decision.params)}
            </p>
          )}
          {props.decisions.map((d, i) => (
            <div class="choice">
              <input type="radio" id={i === 0 ? 'f-decision' : `f-decision-${d}`} name="decision" value={d} checked={values.decision === d} required />{' '}
              <label for={i === 0 ? 'f-decision' : `f-decision-${d}`}>{label(d)}</label>
            </div>
          ))}
        </fieldset>
        <Field
          name="reason"
          label={t('organizations.vet.reason')}
          hint={t('organizations.vet.reasonHint')}
          value={values.reason}
          error={errors?.reason}
          maxLength={2000}
        />
        <button type="submit">{t('organizations.vet.submit')}</button>
      </PostForm>
    </section>
  );
}

/** The coordinators' view of how fast the host answers (never rendered for members or the public). */
function ResponsivenessSection(props: { figures: Responsiveness }) {
  const { t, locale } = usePage();
  const { figures } = props;
  return (
    <section aria-labelledby="responsiveness-heading">
      <h2 id="responsiveness-heading">{t('organizations.responsiveness.title')}</h2>
      <p class="muted small">{t('organizations.responsiveness.intro')}</p>
      <dl>
        <dt>{t('organizations.responsiveness.median')}</dt>
        <dd>{medianHoursText(t, locale, figures.medianHours)}</dd>
        <dt>{t('organizations.responsiveness.share')}</dt>
        <dd>{withinShareText(t, figures.withinShare)}</dd>
        <dt>{t('organizations.responsiveness.counted')}</dt>
        <dd>{figures.counted}</dd>
      </dl>
    </section>
  );
}
