import { formatDate, formatDateTime } from '../../../platform/i18n.js';
import type { FieldError } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { CsrfField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import type { RosterRow } from '../attendance-repo.js';
import { type AttendanceDecision, attendanceDecisions, transitionOf } from '../attendance-rules.js';
import type { AttendancePage, AttendanceResult } from '../attendance-service.js';
import { AttendanceSessionFacts } from './attendance-session-facts.js';
import { AttendanceStatus } from './attendance-status.js';

const decisionKey = {
  attended: 'trainingAttendance.decision.attended',
  no_show: 'trainingAttendance.decision.noShow',
  completed: 'trainingAttendance.decision.completed',
} as const satisfies Record<AttendanceDecision, string>;

/** The decisions the actor may record now: completion for the center's staff, none on a cancelled session or too early. */
function openDecisions(data: AttendancePage): AttendanceDecision[] {
  return attendanceDecisions.filter((d) => !data.refusals[d] && (d !== 'completed' || data.rights.completion));
}

/** What the participant's row offers: the decisions that would change it, and undoing a completion. */
function RowActions(props: { row: RosterRow; decisions: AttendanceDecision[]; mayUndo: boolean }) {
  const { t } = usePage();
  const { row } = props;
  const changes = props.decisions.filter((d) => transitionOf(row.status, d) === 'change');
  return (
    <span class="toolbar">
      {changes.map((d) => (
        <button type="submit" name="row" value={`${row.id}:${d}`} class="button-secondary" key={d}>
          {t(decisionKey[d])}
          <span class="visually-hidden"> – {row.participantName}</span>
        </button>
      ))}
      {row.status === 'completed' && props.mayUndo && (
        <a href={`/trainings/registrations/${row.id}/undo-completion`}>
          {t('trainingAttendance.undo.link')}
          <span class="visually-hidden"> – {row.participantName}</span>
        </a>
      )}
    </span>
  );
}

function Problems({ result }: { result: AttendanceResult }) {
  const { t } = usePage();
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{t('trainingAttendance.result.partial', { changed: result.changed })}</p>
      <ul>
        {result.problems.map((p) => (
          <li key={p.registrationId}>
            {p.name ? <strong>{p.name}</strong> : t('trainingAttendance.result.unknownRow')}: {t(`trainingAttendance.refusal.${p.reason}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Counts({ data }: { data: AttendancePage }) {
  const { t } = usePage();
  const { counts } = data;
  return (
    <p>{t('trainingAttendance.counts', { registered: counts.registered, attended: counts.attended, completed: counts.completed, noShow: counts.no_show })}</p>
  );
}

/** Why a decision cannot be recorded now, in words. */
function Refusals({ data }: { data: AttendancePage }) {
  const { t, locale } = usePage();
  const { refusals, session } = data;
  if (refusals.attended === 'cancelled') return null;
  if (refusals.attended === 'tooEarly')
    return <p class="notice">{t('trainingAttendance.notice.tooEarly', { from: formatDateTime(locale, new Date(session.startsAt.getTime() - 3_600_000)) })}</p>;
  if (refusals.completed === 'notStarted') return <p class="notice">{t('trainingAttendance.notice.notStarted')}</p>;
  return null;
}

/**
 * GET /trainings/sessions/:sessionId/attendance — the roster: tick participants and record one
 * decision for all of them, or use a row's own buttons; both post the same form (no JavaScript needed).
 */
export function AttendancePageView(props: { data: AttendancePage; result?: AttendanceResult; formError?: FieldError }) {
  const { t, locale } = usePage();
  const { data } = props;
  const { session, page, rights } = data;
  const decisions = openDecisions(data);
  const columns: TableColumn<RosterRow>[] = [
    {
      label: t('trainingAttendance.col.select'),
      cell: (r) => (
        <>
          <input type="checkbox" id={`sel-${r.id}`} name="registrationIds" value={r.id} />
          <label for={`sel-${r.id}`} class="visually-hidden">
            {t('trainingAttendance.selectRow', { name: r.participantName })}
          </label>
        </>
      ),
    },
    { label: t('trainingAttendance.col.name'), sortKey: 'name', rowHeader: true, cell: (r) => r.participantName },
    { label: t('trainingAttendance.col.organization'), cell: (r) => r.organizationName ?? '–' },
    { label: t('trainingAttendance.col.status'), sortKey: 'status', cell: (r) => <AttendanceStatus status={r.status} /> },
    { label: t('trainingAttendance.col.checkedIn'), cell: (r) => (r.checkedInAt ? formatDateTime(locale, r.checkedInAt) : '–') },
    {
      label: t('trainingAttendance.col.qualification'),
      cell: (r) =>
        r.qualificationId
          ? r.qualificationValidUntil
            ? t('trainingAttendance.qualification.until', { date: formatDate(locale, new Date(`${r.qualificationValidUntil}T12:00:00Z`)) })
            : t('trainingAttendance.qualification.noExpiry')
          : '–',
    },
    { label: t('trainingAttendance.col.actions'), cell: (r) => <RowActions row={r} decisions={decisions} mayUndo={rights.completion} /> },
  ];
  return (
    <>
      <p class="breadcrumb">
        {/* The session's staff page is the center staff's; a trainer goes back to the course. */}
        <a href={rights.completion ? `/trainings/sessions/${session.id}` : `/trainings/${session.courseSlug}`}>{session.courseTitle}</a>
      </p>
      <h1>{t('trainingAttendance.title', { course: session.courseTitle })}</h1>
      <AttendanceSessionFacts session={session} />
      <p class="toolbar">
        <a href={`/trainings/sessions/${session.id}/sign-in-sheet`}>{t('trainingAttendance.signInSheet.link')}</a>
        {!session.cancelledAt && <a href={`/trainings/sessions/${session.id}/check-in`}>{t('trainingAttendance.checkIn.link')}</a>}
      </p>
      <Counts data={data} />
      <Refusals data={data} />
      {props.result && props.result.problems.length > 0 && <Problems result={props.result} />}
      {props.formError && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{t(props.formError.key, props.formError.params)}</p>
        </div>
      )}
      {page.total === 0 ? (
        <p class="empty-state">{t('trainingAttendance.empty')}</p>
      ) : (
        <form method="post" action={`/trainings/sessions/${session.id}/attendance`} novalidate>
          <CsrfField />
          <SortableTable
            caption={t('trainingAttendance.caption')}
            rows={page.items}
            rowKey={(r) => r.id}
            sort={data.sort.sort}
            dir={data.sort.dir}
            emptyText={t('trainingAttendance.empty')}
            columns={columns}
          />
          {decisions.length > 0 && (
            <fieldset class="toolbar">
              <legend>{t('trainingAttendance.bulk.legend')}</legend>
              {decisions.map((d) => (
                <button type="submit" name="decision" value={d} key={d}>
                  {t(decisionKey[d])}
                </button>
              ))}
            </fieldset>
          )}
          {!rights.completion && <p class="hint">{t('trainingAttendance.trainerHint')}</p>}
        </form>
      )}
      {page.total > 0 && (
        <>
          <Pagination page={page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}
