import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { EventDayState } from '../run-service.js';
import type { AssignmentReason } from '../solver-types.js';
import { assignmentReasonText, EventDayBreadcrumb, ruleText, timeRange, unassignedReasonText } from './labels.js';
import { RunSummary } from './run-summary.js';

/** GET /event-days/:eventDayId/result: per task the assigned people with why, pin/unpin, the unassigned with why, rosters and publishing. */
export function ResultPage(props: { state: EventDayState; errors?: FieldErrors }) {
  const { t } = usePage();
  const { eventDay, tasks, volunteers, assignments, lastRun } = props.state;
  const base = `/event-days/${eventDay.id}`;
  const names = new Map(volunteers.map((v) => [v.volunteerId, formatPersonName(v.familyName, v.givenName)]));
  const taskNames = new Map(tasks.map((task) => [task.id, `${task.name} (${timeRange(task)})`]));
  return (
    <>
      <EventDayBreadcrumb eventDay={eventDay} />
      <h1>{t('eventDay.result.title', { name: eventDay.name })}</h1>
      <RunSummary state={props.state} />
      <h2>{t('eventDay.result.byTask')}</h2>
      {tasks.map((task) => {
        const here = assignments
          .filter((a) => a.taskId === task.id)
          .sort((a, b) => (names.get(a.volunteerId) ?? '').localeCompare(names.get(b.volunteerId) ?? '', 'hu'));
        return (
          <section key={task.id} aria-labelledby={`task-${task.id}`}>
            <h3 id={`task-${task.id}`}>
              {taskNames.get(task.id)} – {here.length}/{task.capacity}
            </h3>
            {here.length === 0 ? (
              <p>{t('eventDay.result.noOne')}</p>
            ) : (
              <ul>
                {here.map((a) => {
                  const name = names.get(a.volunteerId) ?? '';
                  return (
                    <li key={a.volunteerId}>
                      <strong>{name}</strong>: {assignmentReasonText(t, a.reason as AssignmentReason)}{' '}
                      <PostForm action={`${base}/assignments/${a.taskId}/${a.volunteerId}/${a.pinned ? 'unpin' : 'pin'}`} class="inline-form">
                        <button type="submit" class="button-link" aria-label={`${t(a.pinned ? 'eventDay.unpin' : 'eventDay.pin')}: ${name}`}>
                          {t(a.pinned ? 'eventDay.unpin' : 'eventDay.pin')}
                        </button>
                      </PostForm>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      <h2>{t('eventDay.result.unassigned')}</h2>
      {!lastRun || lastRun.unassigned.length === 0 ? (
        <p>{t('eventDay.result.allAssigned')}</p>
      ) : (
        <ul>
          {lastRun.unassigned
            .filter((u) => names.has(u.volunteerId))
            .map((u) => (
              <li key={u.volunteerId}>
                <strong>{names.get(u.volunteerId)}</strong>: {unassignedReasonText(t, u.reason)}
              </li>
            ))}
        </ul>
      )}
      {lastRun && lastRun.droppedPins.length > 0 && (
        <>
          <h2>{t('eventDay.result.droppedPins')}</h2>
          <ul>
            {lastRun.droppedPins.map((d) => (
              <li key={`${d.volunteerId}-${d.taskId}`}>
                {names.get(d.volunteerId) ?? '–'}, {taskNames.get(d.taskId) ?? '–'}: {ruleText(t, d.rule)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('eventDay.roster.byTask')}</h2>
      <p>
        <a href={`${base}/roster?by=task&format=pdf`}>{t('eventDay.roster.pdf')}</a> ·{' '}
        <a href={`${base}/roster?by=task&format=xlsx`}>{t('eventDay.roster.xlsx')}</a>
      </p>
      <h2>{t('eventDay.roster.byVolunteer')}</h2>
      <p>
        <a href={`${base}/roster?by=volunteer&format=pdf`}>{t('eventDay.roster.pdf')}</a> ·{' '}
        <a href={`${base}/roster?by=volunteer&format=xlsx`}>{t('eventDay.roster.xlsx')}</a>
      </p>
      <h2>{t('eventDay.publish.title')}</h2>
      <ErrorSummary errors={props.errors} />
      <ConfirmForm
        action={`${base}/publish`}
        button={t('eventDay.publish.button')}
        question={t('eventDay.publish.question')}
        idSuffix="publish"
        error={props.errors?.confirm}
      />
    </>
  );
}
