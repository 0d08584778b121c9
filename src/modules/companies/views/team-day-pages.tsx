import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { SignupSummary, TeamShiftRow } from '../repo.js';

function useWhen() {
  const { locale } = usePage();
  return (d: Date | string) => formatDateTime(locale, new Date(d));
}

/** The company's team days: upcoming team shifts of its center, the sign-up form, and its sign-ups. */
export function TeamDaysPage(props: {
  company: { id: string; name: string };
  mayManage: boolean;
  shifts: TeamShiftRow[];
  signups: SignupSummary[];
  teams: { id: string; name: string }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const when = useWhen();
  const { company } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/companies/${company.id}`}>{company.name}</a>
      </p>
      <h1>{t('companies.teamDays.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <section aria-labelledby="team-shifts">
        <h2 id="team-shifts">{t('companies.teamDays.shifts')}</h2>
        {props.shifts.length ? (
          <table>
            <caption>{t('companies.teamDays.shifts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('companies.teamDays.opportunity')}</th>
                <th scope="col">{t('companies.teamDays.when')}</th>
                <th scope="col">{t('companies.teamDays.freeSeats')}</th>
                <th scope="col">{t('companies.teamDays.teamPlaces')}</th>
              </tr>
            </thead>
            <tbody>
              {props.shifts.map((s) => (
                <tr key={s.shift_id}>
                  <th scope="row">
                    <a href={`/opportunities/${s.opportunity_id}`}>{s.title}</a> ({s.organization_name})
                  </th>
                  <td>{when(s.starts_at)}</td>
                  <td>{Math.max(0, s.capacity - s.seats_taken)}</td>
                  <td>{Math.max(0, s.team_capacity - s.active_teams)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('companies.teamDays.noShifts')}</p>
        )}
        {props.mayManage && props.shifts.length > 0 && props.teams.length > 0 && (
          <PostForm action={`/companies/${company.id}/team-days`}>
            <SelectField
              name="teamId"
              label={t('companies.teamDays.team')}
              options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
              value={props.values?.teamId}
              error={props.errors?.teamId}
              emptyLabel=""
              required
            />
            <SelectField
              name="shiftId"
              label={t('companies.teamDays.shift')}
              options={props.shifts.map((s) => ({ value: s.shift_id, label: `${s.title} — ${when(s.starts_at)}` }))}
              value={props.values?.shiftId}
              error={props.errors?.shiftId}
              emptyLabel=""
              required
            />
            <Field
              name="seats"
              label={t('companies.teamDays.seats')}
              hint={t('companies.teamDays.seatsHint')}
              value={props.values?.seats}
              error={props.errors?.seats}
              required
              maxLength={4}
              inputAttrs={{ inputMode: 'numeric' }}
            />
            <button type="submit">{t('companies.teamDays.signUp')}</button>
          </PostForm>
        )}
      </section>
      <section aria-labelledby="signups">
        <h2 id="signups">{t('companies.teamDays.signups')}</h2>
        {props.signups.length ? (
          <table>
            <caption>{t('companies.teamDays.signups')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('companies.teamDays.opportunity')}</th>
                <th scope="col">{t('companies.teamDays.team')}</th>
                <th scope="col">{t('companies.teamDays.when')}</th>
                <th scope="col">{t('companies.teamDays.seats')}</th>
                <th scope="col">{t('companies.teamDays.answers')}</th>
              </tr>
            </thead>
            <tbody>
              {props.signups.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <a href={`/companies/${company.id}/signups/${s.id}`}>{s.title}</a>
                  </th>
                  <td>{s.team_name}</td>
                  <td>{when(s.starts_at)}</td>
                  <td>{s.seats}</td>
                  <td>
                    {s.status === 'cancelled' ? t('companies.signup.cancelled') : t('companies.signup.counts', { confirmed: s.confirmed, pending: s.pending })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('companies.teamDays.noSignups')}</p>
        )}
      </section>
    </>
  );
}

type SignupMember = { memberId: string; status: string; reason: string | null; name: { familyName: string; givenName: string } | null };

const statusKey = {
  invited: 'companies.answer.invited',
  confirmed: 'companies.answer.confirmed',
  declined: 'companies.answer.declined',
  refused: 'companies.answer.refused',
} as const;

/** A sign-up for the coordinator: the members' answers (names only with consent) and the cancel form. */
export function SignupPage(props: {
  company: { id: string; name: string };
  summary: SignupSummary;
  members: SignupMember[];
  mayManage: boolean;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const when = useWhen();
  const { summary: s, company } = props;
  const unnamed = props.members.filter((m) => !m.name);
  const count = (status: string) => unnamed.filter((m) => m.status === status).length;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/companies/${company.id}/team-days`}>{t('companies.teamDays.title')}</a>
      </p>
      <h1>{t('companies.signup.title', { title: s.title, team: s.team_name })}</h1>
      <ErrorSummary errors={props.errors} />
      <p>
        {when(s.starts_at)} — {s.organization_name}. {t('companies.signup.seatsLine', { seats: s.seats })}{' '}
        {s.status === 'cancelled' ? t('companies.signup.cancelled') : t('companies.signup.counts', { confirmed: s.confirmed, pending: s.pending })}
      </p>
      <h2>{t('companies.signup.members')}</h2>
      <ul>
        {props.members
          .filter((m) => m.name)
          .map((m) => (
            <li key={m.memberId}>
              {formatPersonName(m.name?.familyName ?? '', m.name?.givenName ?? '')}:{' '}
              {t(statusKey[m.status as keyof typeof statusKey] ?? 'companies.answer.invited')}
              {m.reason ? ` — ${m.reason}` : ''}
            </li>
          ))}
        {unnamed.length > 0 && (
          <li>
            {t('companies.signup.unnamed', {
              count: unnamed.length,
              confirmed: count('confirmed'),
              invited: count('invited'),
              declined: count('declined'),
              refused: count('refused'),
            })}
          </li>
        )}
      </ul>
      {props.mayManage && s.status === 'active' && (
        <ConfirmForm
          action={`/companies/${company.id}/signups/${s.id}/cancel`}
          button={t('companies.signup.cancel')}
          question={t('companies.signup.cancelQuestion', { team: s.team_name })}
          idSuffix="signup"
          error={props.errors?.confirm}
        />
      )}
    </>
  );
}

/** The member's own page of a sign-up: confirm or decline (a refused member sees why). */
export function MemberSignupPage(props: {
  summary: SignupSummary;
  answer: { status: string; reason: string | null; applicationId: string | null };
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const when = useWhen();
  const { summary: s, answer } = props;
  const open = s.status === 'active' && new Date(s.starts_at) > new Date() && (answer.status === 'invited' || answer.status === 'declined');
  return (
    <>
      <h1>{t('companies.member.title', { title: s.title })}</h1>
      <ErrorSummary errors={props.errors} />
      <p>{t('companies.member.intro', { company: s.company_name, team: s.team_name, when: when(s.starts_at), organization: s.organization_name })}</p>
      <p>
        <strong>{t(statusKey[answer.status as keyof typeof statusKey] ?? 'companies.answer.invited')}</strong>
        {answer.reason ? ` — ${answer.reason}` : ''}
      </p>
      {answer.applicationId && (
        <p>
          <a href={`/applications/${answer.applicationId}`}>{t('companies.member.application')}</a>
        </p>
      )}
      {s.status === 'cancelled' && <p>{t('companies.signup.cancelled')}</p>}
      {open && (
        <PostForm action={`/companies/signups/${s.id}/answer`}>
          <RadioGroup
            name="answer"
            legend={t('companies.member.question')}
            options={[
              { value: 'confirm', label: t('companies.member.confirm') },
              { value: 'decline', label: t('companies.member.decline') },
            ]}
            error={props.errors?.answer}
            required
          />
          <button type="submit">{t('companies.member.send')}</button>
        </PostForm>
      )}
    </>
  );
}
