import { formatDate, formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { EnrolPage as EnrolPageData } from '../enrol-service.js';
import type { EnrolKind } from '../schema.js';
import { SessionFacts } from './session-facts.js';
import { ParticipantActions, ParticipantStatus } from './session-page.js';

/** A rejected enrolment form, shown again next to the form it came from. */
export type EnrolFailure = { kind: EnrolKind; organizationId?: string; errors: FieldErrors; values: Record<string, string> };

/** An organization's form: one of its people (placed volunteers, members), and for a member the age confirmation. */
function OrganizationForm(props: { data: EnrolPageData; organization: EnrolPageData['organizations'][number]; failure?: EnrolFailure }) {
  const { t } = usePage();
  const { organization, failure } = props;
  const errors = failure?.organizationId === organization.id ? failure.errors : undefined;
  const kindLabel = (kind: 'volunteer' | 'member') => t(kind === 'volunteer' ? 'trainings.participant.volunteer' : 'trainings.participant.staff');
  return (
    <section aria-labelledby={`org-${organization.id}`}>
      <h2 id={`org-${organization.id}`}>{t('trainings.enrol.forOrganization', { name: organization.name })}</h2>
      {organization.people.length === 0 ? (
        <p class="empty-state">{t('trainings.enrol.noPeople')}</p>
      ) : (
        <PostForm action={`/trainings/sessions/${props.data.session.id}/enrol`}>
          <input type="hidden" name="kind" value="organization" />
          <input type="hidden" name="organizationId" value={organization.id} />
          <ErrorSummary errors={errors} />
          <SelectField
            name="person"
            label={t('trainings.enrol.person')}
            options={organization.people.map((p) => ({ value: p.key, label: `${p.name} (${kindLabel(p.kind)})` }))}
            value={errors ? failure?.values.person : undefined}
            error={errors?.person}
            required
          />
          <Checkbox
            name="adultConfirmed"
            label={t('trainings.enrol.adultConfirmed', { age: props.data.confirmedAge })}
            hint={t('trainings.enrol.adultConfirmedMemberHint')}
            error={errors?.adultConfirmed}
          />
          <p>
            <button type="submit">{t('trainings.enrol.submit')}</button>
          </p>
        </PostForm>
      )}
    </section>
  );
}

/** The staff's search for a volunteer of their tenant, each result with its own register button. */
function VolunteerSearch(props: { data: EnrolPageData }) {
  const { t, locale } = usePage();
  const { data } = props;
  return (
    <section aria-labelledby="enrol-volunteer">
      <h2 id="enrol-volunteer">{t('trainings.enrol.volunteerTitle')}</h2>
      <form method="get" action={`/trainings/sessions/${data.session.id}/enrol`} role="search" class="toolbar">
        <Field name="q" type="search" label={t('trainings.enrol.search')} hint={t('trainings.enrol.searchHint')} value={data.q} maxLength={120} />
        <div class="field">
          <button type="submit">{t('form.search')}</button>
        </div>
      </form>
      {data.q &&
        (data.volunteers.length === 0 ? (
          <p class="empty-state">{t('trainings.enrol.noVolunteers')}</p>
        ) : (
          <ul>
            {data.volunteers.map((v) => (
              <li key={v.id}>
                <PostForm action={`/trainings/sessions/${data.session.id}/enrol`} class="inline-form">
                  <input type="hidden" name="kind" value="volunteer" />
                  <input type="hidden" name="volunteerId" value={v.id} />
                  {v.name}
                  {v.birthDate && ` (${formatDate(locale, new Date(`${v.birthDate}T12:00:00Z`))})`}
                  {v.placeName && `, ${v.placeName}`}{' '}
                  <button type="submit" class="button-secondary">
                    {t('trainings.enrol.submit')}
                    <span class="visually-hidden"> – {v.name}</span>
                  </button>
                </PostForm>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** A walk-in without a profile: name, e-mail, and that they are an adult of the course's age. */
function WalkInForm(props: { data: EnrolPageData; failure?: EnrolFailure }) {
  const { t } = usePage();
  const errors = props.failure?.kind === 'walkIn' ? props.failure.errors : undefined;
  const values = props.failure?.kind === 'walkIn' ? props.failure.values : {};
  return (
    <section aria-labelledby="enrol-walk-in">
      <h2 id="enrol-walk-in">{t('trainings.enrol.walkInTitle')}</h2>
      <p class="hint">{t('trainings.enrol.walkInIntro')}</p>
      <PostForm action={`/trainings/sessions/${props.data.session.id}/enrol`}>
        <input type="hidden" name="kind" value="walkIn" />
        <ErrorSummary errors={errors} />
        <Field name="familyName" label={t('trainings.enrol.familyName')} value={values.familyName} error={errors?.familyName} required maxLength={100} />
        <Field name="givenName" label={t('trainings.enrol.givenName')} value={values.givenName} error={errors?.givenName} required maxLength={100} />
        <Field name="email" type="email" label={t('trainings.enrol.email')} value={values.email} error={errors?.email} required maxLength={254} />
        <Checkbox
          name="adultConfirmed"
          label={t('trainings.enrol.adultConfirmed', { age: props.data.confirmedAge })}
          hint={t('trainings.enrol.adultConfirmedHint')}
          error={errors?.adultConfirmed}
          required
        />
        <p>
          <button type="submit">{t('trainings.enrol.submit')}</button>
        </p>
      </PostForm>
    </section>
  );
}

/** GET /trainings/sessions/:sessionId/enrol: registering others — an organization's people, the tenant's volunteers, walk-ins. */
export function EnrolPage(props: { data: EnrolPageData; failure?: EnrolFailure }) {
  const { t, locale } = usePage();
  const { data, failure } = props;
  const s = data.session;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/trainings/${s.courseSlug}`}>{s.courseTitle}</a>
        {data.managesSession && (
          <>
            {' '}
            › <a href={`/trainings/sessions/${s.id}`}>{t('trainings.course.staffPage')}</a>
          </>
        )}
      </p>
      <h1>{t('trainings.enrol.heading', { course: s.courseTitle, when: formatDateTime(locale, s.startsAt) })}</h1>
      {failure?.kind === 'volunteer' && <ErrorSummary errors={failure.errors} />}
      <SessionFacts session={s} />
      {!data.open ? (
        <p class="empty-state">{t('trainings.enrol.closed')}</p>
      ) : (
        <>
          {data.organizations.map((o) => (
            <OrganizationForm data={data} organization={o} failure={failure} />
          ))}
          {data.staff && <VolunteerSearch data={data} />}
          {data.staff && <WalkInForm data={data} failure={failure} />}
        </>
      )}
      <section aria-labelledby="enrol-theirs">
        <h2 id="enrol-theirs">{t('trainings.enrol.theirs')}</h2>
        {data.theirs.length === 0 ? (
          <p class="empty-state">{t('trainings.enrol.noneTheirs')}</p>
        ) : (
          <ul>
            {data.theirs.map((r) => (
              <li key={r.id}>
                {r.participantName} – <ParticipantStatus row={r} /> <ParticipantActions row={r} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
