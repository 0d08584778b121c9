import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldError } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';
import type { HostCheckInPage } from '../service.js';
import { QrCode } from './qr-code.js';
import { RegenerateCodeSection } from './regenerate-code-form.js';

/** The organization's check-in page: a big printable QR code, its URL as text, who is here, a new code. */
export function HostCheckInView(props: { data: HostCheckInPage; url: string; qrSvg: string; confirmError?: FieldError }) {
  const { t, locale } = usePage();
  const { shift, checkIns } = props.data;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/opportunities/${shift.opportunityId}/shifts`}>{t('checkIn.host.shifts')}</a>
      </p>
      <h1>{t('checkIn.host.title', { title: shift.opportunityTitle })}</h1>
      <p>
        <strong>{t('checkIn.host.when', { start: formatDateTime(locale, shift.startsAt), end: formatDateTime(locale, shift.endsAt) })}</strong>
      </p>
      {shift.cancelledAt && <p class="notice">{t('checkIn.host.cancelled')}</p>}
      <p>{t('checkIn.host.intro')}</p>
      <QrCode svg={props.qrSvg} label={t('checkIn.host.qrLabel', { url: props.url })} />
      <p class="check-in-url">
        {t('checkIn.host.urlLabel')} <a href={props.url}>{props.url}</a>
      </p>
      <section aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">{t('checkIn.host.listTitle')}</h2>
        {checkIns.length === 0 ? (
          <p class="empty-state">{t('checkIn.host.empty')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('checkIn.host.name')}</th>
                  <th scope="col">{t('checkIn.host.checkedInAt')}</th>
                  <th scope="col">{t('checkIn.host.checkedOutAt')}</th>
                </tr>
              </thead>
              <tbody>
                {checkIns.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{formatPersonName(c.familyName, c.givenName)}</th>
                    <td>{formatDateTime(locale, c.checkedInAt)}</td>
                    <td>{c.checkedOutAt ? formatDateTime(locale, c.checkedOutAt) : t('checkIn.host.stillHere')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <a href={`/organizations/${shift.organizationId}/hours`}>{t('checkIn.host.hoursList')}</a>
        </p>
      </section>
      <RegenerateCodeSection action={`/shifts/${shift.id}/check-in/regenerate`} confirmError={props.confirmError} />
    </>
  );
}
