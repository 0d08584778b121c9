import { formatDuration } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import type { SchoolOccasionRow } from '../repo.js';
import { occasionStatuses } from '../schema.js';
import { statusLabel, timeSpan } from './text.js';

/** The school's occasions of one status; the certified ones wait for the coordinator's acceptance. */
export function QueuePage(props: { schoolId: string; schoolName: string; status: string; rows: SchoolOccasionRow[]; manages: boolean }) {
  const { t, locale } = usePage();
  const title = t('iksz.queue.title', { school: props.schoolName, status: statusLabel(t, props.status) });
  const decides = props.manages && (props.status === 'certified' || props.status === 'logged');
  return (
    <>
      <p class="breadcrumb">
        <a href={`/schools/${props.schoolId}/iksz`}>{t('iksz.school.title', { school: props.schoolName })}</a>
      </p>
      <h1>{title}</h1>
      <nav aria-label={t('iksz.queue.statusFilter')}>
        <ul class="inline-list">
          {occasionStatuses.map((s) => (
            <li key={s}>
              <a href={`/schools/${props.schoolId}/iksz/occasions?status=${s}`} aria-current={s === props.status ? 'page' : undefined}>
                {statusLabel(t, s)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.rows.length === 0 ? (
        <p class="empty-state">{t('iksz.queue.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('iksz.queue.student')}</th>
                <th scope="col">{t('iksz.log.serial')}</th>
                <th scope="col">{t('iksz.log.day')}</th>
                <th scope="col">{t('iksz.log.host')}</th>
                <th scope="col">{t('iksz.log.activity')}</th>
                <th scope="col">{t('iksz.log.hours')}</th>
                {decides && <th scope="col">{t('iksz.log.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <a href={`/iksz/students/${o.studentId}`}>{`${o.familyName} ${o.givenName}`}</a> ({o.className})
                  </th>
                  <td>{o.serial}</td>
                  <td>
                    {formatDay(locale, o.day)} {timeSpan(o.startsAt, o.endsAt)}
                  </td>
                  <td>{o.organizationName ?? ''}</td>
                  <td>{o.activity}</td>
                  <td>{formatDuration(t, locale, o.minutes)}</td>
                  {decides && (
                    <td>
                      {o.status === 'certified' && (
                        <PostForm action={`/iksz/occasions/${o.id}/accept`}>
                          <button type="submit" class="button">
                            {t('iksz.queue.accept')}
                            <span class="visually-hidden">
                              {' '}
                              – {o.familyName} {o.givenName}, {o.serial}
                            </span>
                          </button>
                        </PostForm>
                      )}
                      <a href={`/iksz/occasions/${o.id}/school-reject`}>
                        {t('iksz.queue.reject')}
                        <span class="visually-hidden">
                          {' '}
                          – {o.familyName} {o.givenName}, {o.serial}
                        </span>
                      </a>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
