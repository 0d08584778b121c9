import { can } from '../../../platform/authz.js';
import { formatDate, formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { adultAge, ageOn, needsGuardianConsent } from '../age-rules.js';
import { conductStatuses, healthStatuses, profileConsentKinds } from '../choices.js';
import type { VolunteerProfile } from '../profile-service.js';
import type { ListChoice } from '../repo.js';
import { ProfileDetails } from './profile-details.js';

/** Which sub-form of the page was rejected, with its errors and what was typed. */
export type SubFormState = { form: 'checks' | 'qualification' | 'guardian' | 'invite'; errors: FieldErrors; values: Record<string, string> };

type StaffVolunteerProps = {
  profile: VolunteerProfile;
  causes: ListChoice[];
  skills: ListChoice[];
  recorders: Map<string, string>;
  rejected?: SubFormState;
};

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** A volunteer's profile for staff of its tenant, with checks, qualifications, guardian consent and invitation. */
export function StaffVolunteerPage(props: StaffVolunteerProps) {
  const { t, locale, actor } = usePage();
  const p = props.profile;
  const manage = can(actor, 'volunteers.manage', { centerId: p.centerId, pointId: p.pointId });
  const now = new Date();
  const minor = !!p.birthDate && ageOn(p.birthDate, now) < adultAge;
  const rejected = (form: SubFormState['form']) => (props.rejected?.form === form ? props.rejected : undefined);
  const checksValues = rejected('checks')?.values ?? {
    healthStatus: p.healthStatus,
    healthCheckedAt: p.healthCheckedAt ?? '',
    conductStatus: p.conductStatus,
    conductCheckedAt: p.conductCheckedAt ?? '',
  };
  const recorder = (id: string | null) => (id ? (props.recorders.get(id) ?? '–') : '–');
  return (
    <>
      <p class="breadcrumb">
        <a href="/volunteers">{t('volunteers.list.title')}</a>
      </p>
      <h1>{formatPersonName(p.familyName, p.givenName)}</h1>
      <ErrorSummary errors={props.rejected?.errors} />
      {needsGuardianConsent(p, now) && (
        <div class="flash" role="status">
          <p>{t('volunteers.detail.guardianNeeded')}</p>
        </div>
      )}
      {manage && (
        <p class="toolbar">
          <a class="button button-secondary" href={`/volunteers/${p.id}/edit`}>
            {t('volunteers.edit.title')}
          </a>{' '}
          <a href={`/volunteers/${p.id}/certificates`}>{t('certificates.volunteer.link')}</a>{' '}
          <a href={`/volunteers/${p.id}/erasure`}>{t('erasure.staff.link')}</a>
        </p>
      )}
      <ProfileDetails profile={p} causes={props.causes} skills={props.skills} />

      <h2>{t('volunteers.section.consents')}</h2>
      <dl class="details">
        {[...profileConsentKinds, 'guardian' as const].map((kind) => {
          const c = p.consents.get(kind);
          return (
            <>
              <dt>{t(`volunteers.consentShort.${kind}`)}</dt>
              <dd>
                {c
                  ? t(c.granted ? 'volunteers.consent.given' : 'volunteers.consent.refused', {
                      date: formatDateTime(locale, c.at),
                      version: c.textVersion,
                      by: recorder(c.recordedBy),
                    })
                  : t('volunteers.consent.none')}
              </dd>
            </>
          );
        })}
      </dl>

      {manage && minor && !p.guardianConsentAt && (
        <section aria-labelledby="guardian-consent">
          <h2 id="guardian-consent">{t('volunteers.guardianConsent.title')}</h2>
          <p>{t('volunteers.guardianConsent.lead', { guardian: p.guardianName ?? '–' })}</p>
          <PostForm action={`/volunteers/${p.id}/guardian-consent`}>
            <Checkbox name="confirmed" label={t('volunteers.guardianConsent.confirm')} error={rejected('guardian')?.errors.confirmed} required />
            <p class="toolbar">
              <button type="submit">{t('volunteers.guardianConsent.submit')}</button>
            </p>
          </PostForm>
        </section>
      )}

      {manage && minor && (
        <p>
          <a href={`/volunteers/${p.id}/guardian-invite`}>{t('guardians.link.inviteStaff')}</a>
        </p>
      )}

      <section aria-labelledby="checks">
        <h2 id="checks">{t('volunteers.checks.title')}</h2>
        <p class="hint">{t('volunteers.checks.hint')}</p>
        <dl class="details">
          <dt>{t('volunteers.checks.health')}</dt>
          <dd>
            {t(`volunteers.health.${p.healthStatus as (typeof healthStatuses)[number]}`)}
            {p.healthCheckedAt &&
              ` – ${t('volunteers.checks.checkedBy', { date: formatDate(locale, day(p.healthCheckedAt)), by: recorder(p.healthCheckedBy) })}`}
          </dd>
          <dt>{t('volunteers.checks.conduct')}</dt>
          <dd>
            {t(`volunteers.conduct.${p.conductStatus as (typeof conductStatuses)[number]}`)}
            {p.conductCheckedAt &&
              ` – ${t('volunteers.checks.checkedBy', { date: formatDate(locale, day(p.conductCheckedAt)), by: recorder(p.conductCheckedBy) })}`}
          </dd>
        </dl>
        {manage && (
          <PostForm action={`/volunteers/${p.id}/checks`}>
            <SelectField
              name="healthStatus"
              label={t('volunteers.checks.health')}
              options={healthStatuses.map((s) => ({ value: s, label: t(`volunteers.health.${s}`) }))}
              value={checksValues.healthStatus}
              error={rejected('checks')?.errors.healthStatus}
              required
            />
            <Field
              name="healthCheckedAt"
              type="date"
              label={t('volunteers.checks.healthCheckedAt')}
              value={checksValues.healthCheckedAt}
              error={rejected('checks')?.errors.healthCheckedAt}
            />
            <SelectField
              name="conductStatus"
              label={t('volunteers.checks.conduct')}
              options={conductStatuses.map((s) => ({ value: s, label: t(`volunteers.conduct.${s}`) }))}
              value={checksValues.conductStatus}
              error={rejected('checks')?.errors.conductStatus}
              required
            />
            <Field
              name="conductCheckedAt"
              type="date"
              label={t('volunteers.checks.conductCheckedAt')}
              value={checksValues.conductCheckedAt}
              error={rejected('checks')?.errors.conductCheckedAt}
            />
            <p class="toolbar">
              <button type="submit">{t('volunteers.checks.submit')}</button>
            </p>
          </PostForm>
        )}
      </section>

      <section aria-labelledby="qualifications">
        <h2 id="qualifications">{t('volunteers.qualifications.title')}</h2>
        {p.qualifications.length === 0 ? (
          <p class="empty-state">{t('volunteers.qualifications.empty')}</p>
        ) : (
          <ul>
            {p.qualifications.map((q) => (
              <li>
                {q.name} –{' '}
                {q.validUntil
                  ? t('volunteers.qualifications.validUntil', { date: formatDate(locale, day(q.validUntil)) })
                  : t('volunteers.qualifications.noExpiry')}
                {q.courseSlug && (
                  <>
                    {' – '}
                    <a href={`/trainings/${q.courseSlug}`}>{t('trainingAttendance.qualification.courseLink', { title: q.courseTitle ?? q.courseSlug })}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {manage && (
          <>
            <h3>{t('volunteers.qualifications.add')}</h3>
            <PostForm action={`/volunteers/${p.id}/qualifications`}>
              <Field
                name="name"
                label={t('volunteers.qualifications.name')}
                value={rejected('qualification')?.values.name}
                error={rejected('qualification')?.errors.name}
                required
                maxLength={120}
              />
              <Field
                name="validUntil"
                type="date"
                label={t('volunteers.qualifications.validUntilField')}
                value={rejected('qualification')?.values.validUntil}
                error={rejected('qualification')?.errors.validUntil}
              />
              <p class="toolbar">
                <button type="submit">{t('volunteers.qualifications.submit')}</button>
              </p>
            </PostForm>
          </>
        )}
      </section>

      {manage && !p.userId && (
        <section aria-labelledby="invite">
          <h2 id="invite">{t('volunteers.invite.title')}</h2>
          <p>{t('volunteers.invite.lead')}</p>
          {p.claimExpiresAt && p.claimExpiresAt.getTime() > now.getTime() && (
            <p>{t('volunteers.invite.pending', { date: formatDateTime(locale, p.claimExpiresAt) })}</p>
          )}
          {p.email ? (
            <PostForm action={`/volunteers/${p.id}/invite`}>
              <p class="toolbar">
                <button type="submit">{t(p.claimExpiresAt ? 'volunteers.invite.resend' : 'volunteers.invite.submit', { email: p.email })}</button>
              </p>
            </PostForm>
          ) : (
            <p class="muted">{t('volunteers.invite.noEmail')}</p>
          )}
        </section>
      )}
    </>
  );
}
