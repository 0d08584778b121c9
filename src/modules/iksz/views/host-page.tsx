import { formatDuration } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import type { HostIksz } from '../view-service.js';
import { areaLabel, timeSpan } from './text.js';

/** The host's IKSZ page: what waits for its certification, and its students per school. */
export function HostIkszPage(props: { data: HostIksz }) {
  const { t, locale } = usePage();
  const { organization, waiting, schools } = props.data;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${organization.id}`}>{organization.name}</a>
      </p>
      <h1>{t('iksz.host.title', { organization: organization.name })}</h1>
      <p>{t('iksz.host.intro')}</p>
      <section aria-labelledby="waiting">
        <h2 id="waiting">{t('iksz.host.waiting')}</h2>
        {waiting.length === 0 ? (
          <p class="empty-state">{t('iksz.host.waitingEmpty')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t('iksz.host.waiting')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('iksz.queue.student')}</th>
                  <th scope="col">{t('iksz.log.day')}</th>
                  <th scope="col">{t('iksz.log.activity')}</th>
                  <th scope="col">{t('iksz.log.hours')}</th>
                  <th scope="col">{t('iksz.log.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      {`${o.familyName} ${o.givenName}`} ({o.schoolName}, {o.className})
                    </th>
                    <td>
                      {formatDay(locale, o.day)} {timeSpan(o.startsAt, o.endsAt)}
                      <br />
                      {o.placeText}
                    </td>
                    <td>
                      {o.activity}
                      <br />
                      <small>{areaLabel(t, o.area)}</small>
                      {o.mentorName && (
                        <>
                          <br />
                          <small>{o.mentorName}</small>
                        </>
                      )}
                    </td>
                    <td>{formatDuration(t, locale, o.minutes)}</td>
                    <td>
                      <PostForm action={`/iksz/occasions/${o.id}/certify`}>
                        <button type="submit" class="button">
                          {t('iksz.host.certify')}
                          <span class="visually-hidden">
                            {' '}
                            – {o.familyName} {o.givenName}, {formatDay(locale, o.day)}
                          </span>
                        </button>
                      </PostForm>
                      <a href={`/iksz/occasions/${o.id}/host-reject`}>
                        {t('iksz.host.reject')}
                        <span class="visually-hidden">
                          {' '}
                          – {o.familyName} {o.givenName}, {formatDay(locale, o.day)}
                        </span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="students">
        <h2 id="students">{t('iksz.host.students')}</h2>
        {schools.length === 0 && <p class="empty-state">{t('iksz.host.studentsEmpty')}</p>}
        {schools.map((s) => (
          <section key={s.schoolId} aria-label={s.schoolName}>
            <h3>{s.schoolName}</h3>
            <ul>
              {s.students.map((st) => (
                <li key={st.name}>{t('iksz.host.studentHours', { name: st.name, className: st.className, hours: formatDuration(t, locale, st.minutes) })}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
