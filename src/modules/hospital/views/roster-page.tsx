import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { RosterPage as RosterData } from '../roster-service.js';
import { dayText, HospitalNav, RefusalNotice, requirementLabel, StateCell, stateText, timeRange, weekdayLabel } from './labels.js';

/**
 * GET /hospital/:rosterProgramId/roster: the program's ward rosters for the coming four weeks; a
 * volunteer signs up to a slot for a week or cancels. Warned of a requirement that expires within 30
 * days; told why they cannot sign up once one has expired (the sign-up refuses then anyway).
 */
export function RosterPage(props: { roster: RosterData; refusal?: string[] }) {
  const { t, locale } = usePage();
  const { program, staff, volunteerId, statuses, weeks } = props.roster;
  const canSignUp = volunteerId != null;
  return (
    <>
      <h1>{t('hospital.roster.title', { program: program.name })}</h1>
      <HospitalNav programId={program.id} staff={staff} />
      <p>{t('hospital.roster.intro')}</p>
      <RefusalNotice refusal={props.refusal} />
      {!canSignUp && (
        <p>
          {t('hospital.roster.noProfile')} <a href="/volunteer/profile">{t('hospital.roster.createProfile')}</a>
        </p>
      )}
      {canSignUp && (
        <section aria-labelledby="roster-requirements">
          <h2 id="roster-requirements">{t('hospital.roster.yourRequirements')}</h2>
          <ul>
            {statuses.map((s) => (
              <li key={s.kind}>
                {requirementLabel(t, s.kind)}: <StateCell status={s} />
              </li>
            ))}
          </ul>
          {statuses
            .filter((s) => s.state !== 'ok')
            .map((s) => (
              <p key={s.kind} class="notice" role="status">
                {s.state === 'expiring'
                  ? t('hospital.roster.warning', { name: requirementLabel(t, s.kind), date: s.validUntil ? dayText(locale, s.validUntil) : '' })
                  : `${t('hospital.roster.blocked', { name: requirementLabel(t, s.kind) })} (${stateText(t, locale, s)})`}
              </p>
            ))}
        </section>
      )}
      {weeks.map((w) => {
        const caption = t('hospital.ward.weekOf', { date: dayText(locale, w.weekStart) });
        return (
          <section key={w.weekStart} aria-label={caption}>
            <h2>{caption}</h2>
            {w.occurrences.length === 0 ? (
              <p>{t('hospital.roster.empty')}</p>
            ) : (
              <table>
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hospital.field.day')}</th>
                    <th scope="col">{t('hospital.field.time')}</th>
                    <th scope="col">{t('hospital.field.ward')}</th>
                    <th scope="col">{t('hospital.field.task')}</th>
                    <th scope="col">{t('hospital.field.free')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('hospital.roster.signUp')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {w.occurrences.map((o) => {
                    const dayLabel = `${dayText(locale, o.day)} (${weekdayLabel(t, o.slot.weekday)})`;
                    const time = timeRange(o.slot.startsAt, o.slot.endsAt);
                    const labelParams = { ward: o.slot.wardName, day: dayLabel, time };
                    return (
                      <tr key={`${o.slot.id}-${o.weekStart}`}>
                        <th scope="row">{dayLabel}</th>
                        <td>{time}</td>
                        <td>
                          {o.slot.wardName} ({o.slot.organizationName})
                        </td>
                        <td>{o.slot.task ?? '–'}</td>
                        <td>
                          {Math.max(0, o.slot.capacity - o.taken)}/{o.slot.capacity}
                        </td>
                        <td>
                          {o.mySignupId ? (
                            <>
                              {t('hospital.roster.signedUp')}
                              {o.open && (
                                <PostForm action={`/hospital/roster-signups/${o.mySignupId}/cancel`}>
                                  <button type="submit">
                                    {t('hospital.roster.cancel')}
                                    <span class="visually-hidden">{t('hospital.roster.slotContext', labelParams)}</span>
                                  </button>
                                </PostForm>
                              )}
                            </>
                          ) : !o.open ? (
                            t('hospital.roster.closed')
                          ) : o.taken >= o.slot.capacity ? (
                            t('hospital.roster.full')
                          ) : canSignUp ? (
                            <PostForm action={`/hospital/${program.id}/roster`}>
                              <input type="hidden" name="slotWeek" value={`${o.slot.id}:${o.weekStart}`} />
                              <button type="submit">
                                {t('hospital.roster.signUp')}
                                <span class="visually-hidden">{t('hospital.roster.slotContext', labelParams)}</span>
                              </button>
                            </PostForm>
                          ) : (
                            '–'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}
