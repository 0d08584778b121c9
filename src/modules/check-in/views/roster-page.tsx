import { formatDateTime, formatDuration, formatPersonName } from '../../../platform/i18n.js';
import type { FieldError } from '../../../platform/validation.js';
import { CsrfField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationStatus } from '../../placements/status-rules.js';
import type { RosterDecision, RosterLine, RosterPage, RosterResult } from '../roster-service.js';

const decisionKey = {
  attended: 'checkIn.roster.attended',
  no_show: 'checkIn.roster.noShow',
  skip: 'checkIn.roster.skip',
} as const satisfies Record<RosterDecision, string>;

function LineState({ line }: { line: RosterLine }) {
  const { t, locale } = usePage();
  if (line.status === 'no_show') return <>{t('placements.status.no_show')}</>;
  if (!line.entryStatus) return <>{t('checkIn.roster.noEntry')}</>;
  const hours = formatDuration(t, locale, line.entryMinutes ?? 0);
  return <>{t(line.entryStatus === 'approved' ? 'checkIn.roster.entryApproved' : 'checkIn.roster.entrySubmitted', { hours })}</>;
}

function Decision({ line }: { line: RosterLine }) {
  const { t } = usePage();
  const name = formatPersonName(line.familyName, line.givenName);
  if (line.choices.length === 0) return <span class="muted">{t('checkIn.roster.decided')}</span>;
  // Attended is preselected for who checked in by QR (an entry waits); otherwise nothing is assumed.
  const preselected: RosterDecision = line.entryStatus === 'submitted' ? 'attended' : 'skip';
  return (
    <fieldset class="choice-group inline-choices">
      <legend class="visually-hidden">{t('checkIn.roster.decisionFor', { name })}</legend>
      {line.choices.map((c) => {
        const id = `d-${line.applicationId}-${c}`;
        return (
          <span class="choice" key={c}>
            <input type="radio" id={id} name={`d_${line.applicationId}`} value={c} checked={c === preselected} /> <label for={id}>{t(decisionKey[c])}</label>
          </span>
        );
      })}
    </fieldset>
  );
}

function Problems({ result }: { result: RosterResult }) {
  const { t } = usePage();
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{t('checkIn.roster.partial', { attended: result.attended, noShows: result.noShows })}</p>
      <ul>
        {result.problems.map((p) => (
          <li>
            <strong>{formatPersonName(p.name.familyName, p.name.givenName)}</strong>: {t(p.key)}
            {p.violations && (
              <ul>
                {p.violations.map((v) => (
                  <li>{t(`law.minor.${v.code}`, v.params)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The shift's roster after it ended: attended / no-show for everyone signed up, confirmed in one go. */
export function RosterView({ data, result, formError }: { data: RosterPage; result?: RosterResult; formError?: FieldError }) {
  const { t, locale } = usePage();
  const { shift, lines } = data;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/opportunities/${shift.opportunityId}/shifts`}>{t('checkIn.host.shifts')}</a>
      </p>
      <h1>{t('checkIn.roster.title', { title: shift.opportunityTitle })}</h1>
      <p>
        <strong>{t('checkIn.host.when', { start: formatDateTime(locale, shift.startsAt), end: formatDateTime(locale, shift.endsAt) })}</strong>
      </p>
      {result && <Problems result={result} />}
      {formError && (
        <div class="error-summary" role="alert">
          <p>{t(formError.key, formError.params)}</p>
        </div>
      )}
      {shift.cancelledAt ? (
        <p class="notice">{t('checkIn.host.cancelled')}</p>
      ) : !data.ended ? (
        <p class="notice">{t('checkIn.roster.notEnded')}</p>
      ) : (
        <p>{t('checkIn.roster.intro')}</p>
      )}
      {lines.length === 0 ? (
        <p class="empty-state">{t('checkIn.roster.empty')}</p>
      ) : (
        <form method="post" action={`/shifts/${shift.id}/roster`}>
          <CsrfField />
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t('checkIn.roster.title', { title: shift.opportunityTitle })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('checkIn.roster.col.name')}</th>
                  <th scope="col">{t('checkIn.roster.col.status')}</th>
                  <th scope="col">{t('checkIn.roster.col.hours')}</th>
                  {data.mayConfirm && <th scope="col">{t('checkIn.roster.col.decision')}</th>}
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.applicationId}>
                    <th scope="row">
                      <a href={`/applications/${line.applicationId}`}>{formatPersonName(line.familyName, line.givenName)}</a>
                    </th>
                    <td>{t(`placements.status.${line.status as ApplicationStatus}`)}</td>
                    <td>
                      <LineState line={line} />
                    </td>
                    {data.mayConfirm && (
                      <td>
                        <Decision line={line} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.mayConfirm && (
            <p class="toolbar">
              <button type="submit">{t('checkIn.roster.submit')}</button>
            </p>
          )}
        </form>
      )}
    </>
  );
}
