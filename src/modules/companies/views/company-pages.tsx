import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { OfferRow } from '../repo.js';

type Membership = { memberId: string; teamName: string; companyName: string; namesConsentAt: Date | null };

/** /companies: the companies the user coordinates and the teams they belong to as an employee. */
export function MyCompaniesPage(props: { companies: { companyId: string; name: string }[]; memberships: Membership[] }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('companies.my.title')}</h1>
      {props.companies.length > 0 && (
        <section aria-labelledby="coordinated">
          <h2 id="coordinated">{t('companies.my.coordinated')}</h2>
          <ul>
            {props.companies.map((c) => (
              <li key={c.companyId}>
                <a href={`/companies/${c.companyId}`}>{c.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="my-teams">
        <h2 id="my-teams">{t('companies.my.teams')}</h2>
        {props.memberships.length ? <MyTeamsList memberships={props.memberships} /> : <p>{t('companies.my.noTeams')}</p>}
      </section>
    </>
  );
}

/** The volunteer's teams with their names-consent switch. */
export function MyTeamsList(props: { memberships: Membership[] }) {
  const { t } = usePage();
  return (
    <ul>
      {props.memberships.map((m) => (
        <li key={m.memberId}>
          {t('companies.my.teamOf', { team: m.teamName, company: m.companyName })} {m.namesConsentAt ? t('companies.my.named') : t('companies.my.notNamed')}
          <PostForm action={`/companies/memberships/${m.memberId}/consent`} class="inline-form">
            <input type="hidden" name="namesConsent" value={m.namesConsentAt ? '' : 'on'} />
            <button type="submit" class="button-secondary">
              {m.namesConsentAt ? t('companies.my.withdrawConsent', { team: m.teamName }) : t('companies.my.giveConsent', { team: m.teamName })}
            </button>
          </PostForm>
        </li>
      ))}
    </ul>
  );
}

type Team = { id: string; name: string; members: number; invited: number };

/** A company's home: its teams, skills offers, team days and impact. */
export function CompanyHomePage(props: {
  company: { id: string; name: string };
  mayManage: boolean;
  teams: Team[];
  offers: OfferRow[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const { company } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/companies">{t('companies.my.title')}</a>
      </p>
      <h1>{company.name}</h1>
      <ErrorSummary errors={props.errors} />
      <ul class="actions">
        <li>
          <a href={`/companies/${company.id}/team-days`}>{t('companies.teamDays.title')}</a>
        </li>
        <li>
          <a href={`/companies/${company.id}/impact`}>{t('companies.impact.link')}</a>
        </li>
      </ul>
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t('companies.teams.title')}</h2>
        {props.teams.length ? (
          <table>
            <caption>{t('companies.teams.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('companies.teams.name')}</th>
                <th scope="col">{t('companies.teams.members')}</th>
                <th scope="col">{t('companies.teams.invited')}</th>
              </tr>
            </thead>
            <tbody>
              {props.teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row">
                    <a href={`/companies/${company.id}/teams/${team.id}`}>{team.name}</a>
                  </th>
                  <td>{team.members}</td>
                  <td>{team.invited}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('companies.teams.none')}</p>
        )}
        {props.mayManage && (
          <PostForm action={`/companies/${company.id}/teams`}>
            <Field name="name" label={t('companies.teams.newName')} value={props.values?.name} error={props.errors?.name} required maxLength={120} />
            <button type="submit">{t('companies.teams.create')}</button>
          </PostForm>
        )}
      </section>
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t('companies.offers.title')}</h2>
        <p>{t('companies.offers.intro')}</p>
        {props.offers.length ? (
          <ul>
            {props.offers.map((o) => (
              <li key={o.id}>
                <a href={`/companies/${company.id}/offers/${o.id}`}>{o.title}</a>
                {!o.active && ` (${t('companies.offers.inactive')})`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('companies.offers.none')}</p>
        )}
        {props.mayManage && (
          <p>
            <a class="button" href={`/companies/${company.id}/offers/new`}>
              {t('companies.offers.new')}
            </a>
          </p>
        )}
      </section>
    </>
  );
}

type TeamMember = { id: string; joined: boolean; invitedEmail: string | null; expired: boolean; name: { familyName: string; givenName: string } | null };

/** A team: its members (names only with consent), open invitations, invite, rename and delete. */
export function TeamPage(props: {
  company: { id: string; name: string };
  team: { id: string; name: string };
  members: TeamMember[];
  mayManage: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const { company, team } = props;
  const base = `/companies/${company.id}/teams/${team.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/companies/${company.id}`}>{company.name}</a>
      </p>
      <h1>{t('companies.team.title', { team: team.name })}</h1>
      <ErrorSummary errors={props.errors} />
      {props.members.length ? (
        <table>
          <caption>{t('companies.team.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('companies.team.member')}</th>
              <th scope="col">{t('companies.team.state')}</th>
              {props.mayManage && <th scope="col">{t('companies.team.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {props.members.map((m, i) => {
              const label = m.name ? formatPersonName(m.name.familyName, m.name.givenName) : (m.invitedEmail ?? t('companies.team.unnamed', { n: i + 1 }));
              return (
                <tr key={m.id}>
                  <th scope="row">{label}</th>
                  <td>{m.joined ? t('companies.team.joined') : m.expired ? t('companies.team.expired') : t('companies.team.invitedState')}</td>
                  {props.mayManage && (
                    <td>
                      <ConfirmForm
                        action={`${base}/members/${m.id}/remove`}
                        button={t('companies.team.remove')}
                        question={t('companies.team.removeQuestion', { name: label })}
                        idSuffix={`member-${m.id}`}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t('companies.team.empty')}</p>
      )}
      {props.mayManage && (
        <>
          <h2>{t('companies.team.invite')}</h2>
          <PostForm action={`${base}/invitations`}>
            <Field
              name="email"
              type="email"
              label={t('companies.team.inviteEmail')}
              hint={t('companies.team.inviteHint')}
              value={props.values?.email}
              error={props.errors?.email}
              required
              maxLength={254}
            />
            <button type="submit">{t('companies.team.sendInvite')}</button>
          </PostForm>
          <h2>{t('companies.team.rename')}</h2>
          <PostForm action={base}>
            <Field name="name" label={t('companies.teams.name')} value={props.values?.name ?? team.name} error={props.errors?.name} required maxLength={120} />
            <button type="submit">{t('form.save')}</button>
          </PostForm>
          <h2>{t('companies.team.delete')}</h2>
          <ConfirmForm
            action={`${base}/delete`}
            button={t('companies.team.delete')}
            question={t('companies.team.deleteQuestion', { team: team.name })}
            idSuffix="team"
            error={props.errors?.confirm}
          />
        </>
      )}
    </>
  );
}
