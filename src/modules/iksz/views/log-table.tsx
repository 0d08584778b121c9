import { formatDuration } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import type { LogRow } from '../repo.js';
import { areaLabel, statusLabel, timeSpan } from './text.js';

/** The student's log (napló, 133. § (8)) with statuses; the student's own view offers correction and deletion. */
export function LogTable(props: { log: LogRow[]; editable: boolean; headingId: string }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{t('iksz.log.title')}</h2>
      {props.log.length === 0 ? (
        <p class="empty-state">{t('iksz.log.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('iksz.log.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('iksz.log.serial')}</th>
                <th scope="col">{t('iksz.log.day')}</th>
                <th scope="col">{t('iksz.log.host')}</th>
                <th scope="col">{t('iksz.log.activity')}</th>
                <th scope="col">{t('iksz.log.hours')}</th>
                <th scope="col">{t('iksz.log.status')}</th>
                {props.editable && <th scope="col">{t('iksz.log.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {props.log.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.serial}</th>
                  <td>
                    {formatDay(locale, o.day)}
                    <br />
                    {timeSpan(o.startsAt, o.endsAt)}
                  </td>
                  <td>
                    {o.kind === 'service' ? o.organizationName : t(o.kind === 'preparation' ? 'iksz.log.kind.preparation' : 'iksz.log.kind.closing')}
                    <br />
                    {o.placeText}
                  </td>
                  <td>
                    {o.activity}
                    <br />
                    <small>{areaLabel(t, o.area)}</small>
                    {o.distanceReason && (
                      <>
                        <br />
                        <small>{t('iksz.log.distance', { reason: o.distanceReason })}</small>
                      </>
                    )}
                    {o.capWarning && (
                      <>
                        <br />
                        <small>{t(o.capWarning === 'at_school' ? 'iksz.log.capWarning.at_school' : 'iksz.log.capWarning.per_host')}</small>
                      </>
                    )}
                  </td>
                  <td>{formatDuration(t, locale, o.minutes)}</td>
                  <td>
                    {statusLabel(t, o.status)}
                    {o.statusReason && (
                      <>
                        <br />
                        <small>{t('iksz.log.reason', { reason: o.statusReason })}</small>
                      </>
                    )}
                  </td>
                  {props.editable && (
                    <td>
                      {o.kind === 'service' && (o.status === 'logged' || o.status === 'rejected') && (
                        <a href={`/iksz/occasions/${o.id}/edit`}>
                          {t('iksz.log.edit')}
                          <span class="visually-hidden"> ({o.serial})</span>
                        </a>
                      )}
                      {o.kind === 'service' && o.status === 'logged' && (
                        <>
                          {' · '}
                          <a href={`/iksz/occasions/${o.id}/delete`}>
                            {t('iksz.log.delete')}
                            <span class="visually-hidden"> ({o.serial})</span>
                          </a>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
