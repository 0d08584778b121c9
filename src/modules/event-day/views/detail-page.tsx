import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { EventDayState } from '../run-service.js';
import { timeOf } from '../service.js';
import { dayText, EventDayBreadcrumb, statusLabel, timeRange } from './labels.js';
import { RunSummary } from './run-summary.js';

export type VolunteerMatch = { id: string; familyName: string; givenName: string; email: string | null };

export type DetailProps = {
  state: EventDayState;
  /** The add-volunteer search: its text and matches (undefined before a search). */
  search: { q: string; matches?: VolunteerMatch[] };
  taskValues: Record<string, string>;
  taskErrors?: FieldErrors;
  volunteerValues: Record<string, string>;
  volunteerErrors?: FieldErrors;
  runErrors?: FieldErrors;
};

/** GET /event-days/:eventDayId: the event day, its tasks × slots, its volunteers with their wishes, and the run. */
export function EventDayPage(props: DetailProps) {
  const { t, locale } = usePage();
  const { eventDay, tasks, volunteers } = props.state;
  const base = `/event-days/${eventDay.id}`;
  const names = new Map(volunteers.map((v) => [v.volunteerId, formatPersonName(v.familyName, v.givenName)]));
  return (
    <>
      <EventDayBreadcrumb />
      <h1>{eventDay.name}</h1>
      <dl>
        <dt>{t('eventDay.field.day')}</dt>
        <dd>{dayText(locale, eventDay.day)}</dd>
        <dt>{t('eventDay.field.place')}</dt>
        <dd>{eventDay.place ?? '–'}</dd>
        <dt>{t('eventDay.field.center')}</dt>
        <dd>{eventDay.centerName}</dd>
        <dt>{t('eventDay.field.program')}</dt>
        <dd>{eventDay.programName ?? '–'}</dd>
        <dt>{t('eventDay.field.status')}</dt>
        <dd>{statusLabel(t, eventDay.status)}</dd>
      </dl>
      <p>
        <a href={`${base}/edit`}>{t('eventDay.edit')}</a>
      </p>

      <h2>{t('eventDay.tasks.title')}</h2>
      {tasks.length === 0 ? (
        <p class="empty-state">{t('eventDay.tasks.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('eventDay.tasks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('eventDay.field.taskName')}</th>
                <th scope="col">{t('eventDay.field.time')}</th>
                <th scope="col">{t('eventDay.field.capacity')}</th>
                <th scope="col">{t('eventDay.field.requiredSeats')}</th>
                <th scope="col">{t('eventDay.field.requiredQualifications')}</th>
                <th scope="col">{t('eventDay.field.minAge')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id}>
                  <th scope="row">
                    <a href={`${base}/tasks/${task.id}/edit`}>{task.name}</a>
                  </th>
                  <td>{timeRange(task)}</td>
                  <td>{task.capacity}</td>
                  <td>{task.requiredSeats}</td>
                  <td>{task.requiredQualifications.join(', ') || '–'}</td>
                  <td>{task.minAge ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('eventDay.tasks.add')}</h3>
      <ErrorSummary errors={props.taskErrors} />
      <TaskFields action={`${base}/tasks`} values={props.taskValues} errors={props.taskErrors} />

      <h2>{t('eventDay.volunteers.title')}</h2>
      {volunteers.length === 0 ? (
        <p class="empty-state">{t('eventDay.volunteers.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('eventDay.volunteers.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('eventDay.field.volunteer')}</th>
                <th scope="col">{t('eventDay.field.rankedTasks')}</th>
                <th scope="col">{t('eventDay.field.time')}</th>
                <th scope="col">{t('eventDay.field.friend')}</th>
                <th scope="col">{t('eventDay.field.maxSlots')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('eventDay.volunteers.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {volunteers.map((v) => (
                <tr key={v.volunteerId}>
                  <th scope="row">{names.get(v.volunteerId)}</th>
                  <td>{v.rankedTasks.map((name, i) => `${i + 1}. ${name}`).join(', ') || '–'}</td>
                  <td>{`${v.availableFrom ? timeOf(v.availableFrom) : ''}–${v.availableUntil ? timeOf(v.availableUntil) : ''}`}</td>
                  <td>{(v.friendVolunteerId && names.get(v.friendVolunteerId)) || '–'}</td>
                  <td>{v.maxSlots}</td>
                  <td>
                    <PostForm action={`${base}/volunteers/${v.volunteerId}/remove`}>
                      <button type="submit" class="button-link" aria-label={`${t('eventDay.volunteers.remove')}: ${names.get(v.volunteerId)}`}>
                        {t('eventDay.volunteers.remove')}
                      </button>
                    </PostForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`${base}/volunteers/import`}>{t('eventDay.import.link')}</a>
      </p>
      <h3>{t('eventDay.volunteers.add')}</h3>
      <form method="get" action={base} role="search" aria-label={t('eventDay.field.search')}>
        <Field name="q" type="search" label={t('eventDay.field.search')} value={props.search.q} maxLength={100} />
        <p>
          <button type="submit">{t('eventDay.volunteers.searchButton')}</button>
        </p>
      </form>
      {props.search.matches?.length === 0 && <p>{t('eventDay.volunteers.noMatch')}</p>}
      <ErrorSummary errors={props.volunteerErrors} />
      <PostForm action={`${base}/volunteers`}>
        <SelectField
          name="volunteerId"
          label={t('eventDay.field.volunteer')}
          options={[
            ...(props.search.matches ?? []).map((m) => ({
              value: m.id,
              label: `${formatPersonName(m.familyName, m.givenName)}${m.email ? ` (${m.email})` : ''}`,
            })),
            ...volunteers.map((v) => ({ value: v.volunteerId, label: names.get(v.volunteerId) ?? '' })),
          ]}
          value={props.volunteerValues.volunteerId}
          error={props.volunteerErrors?.volunteerId}
          required
        />
        <Field
          name="rankedTasks"
          label={t('eventDay.field.rankedTasks')}
          hint={t('eventDay.field.rankedTasksHint')}
          value={props.volunteerValues.rankedTasks}
          error={props.volunteerErrors?.rankedTasks}
          maxLength={2000}
        />
        <Field
          name="availableFrom"
          type="time"
          label={t('eventDay.field.availableFrom')}
          value={props.volunteerValues.availableFrom}
          error={props.volunteerErrors?.availableFrom}
        />
        <Field
          name="availableUntil"
          type="time"
          label={t('eventDay.field.availableUntil')}
          value={props.volunteerValues.availableUntil}
          error={props.volunteerErrors?.availableUntil}
        />
        <SelectField
          name="friendVolunteerId"
          label={t('eventDay.field.friend')}
          options={volunteers.map((v) => ({ value: v.volunteerId, label: names.get(v.volunteerId) ?? '' }))}
          value={props.volunteerValues.friendVolunteerId}
          error={props.volunteerErrors?.friendVolunteerId}
          emptyLabel={t('eventDay.field.noFriend')}
        />
        <Field
          name="maxSlots"
          type="number"
          label={t('eventDay.field.maxSlots')}
          value={props.volunteerValues.maxSlots ?? '1'}
          error={props.volunteerErrors?.maxSlots}
          min={1}
          max={10}
        />
        <p>
          <button type="submit">{t('form.save')}</button>
        </p>
      </PostForm>

      <h2>{t('eventDay.run.title')}</h2>
      <p>{t('eventDay.run.hint')}</p>
      <RunSummary state={props.state} />
      {eventDay.lastRun != null && (
        <p>
          <a href={`${base}/result`}>{t('eventDay.result.link')}</a>
          {eventDay.solvedAt && ` (${formatDateTime(locale, eventDay.solvedAt)})`}
        </p>
      )}
      <ErrorSummary errors={props.runErrors} />
      {eventDay.status === 'published' ? (
        <ConfirmForm
          action={`${base}/run`}
          button={t('eventDay.run.button')}
          question={t('eventDay.run.publishedQuestion')}
          idSuffix="run"
          error={props.runErrors?.confirm}
        />
      ) : (
        <PostForm action={`${base}/run`}>
          <button type="submit">{t('eventDay.run.button')}</button>
        </PostForm>
      )}
    </>
  );
}

/** The task-slot's fields (add on the event day's page, edit on its own page). */
export function TaskFields(props: { action: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  return (
    <PostForm action={props.action}>
      <Field name="name" label={t('eventDay.field.taskName')} value={v.name} error={e?.name} required maxLength={100} />
      <Field name="startsAt" type="time" label={t('eventDay.field.startsAt')} value={v.startsAt} error={e?.startsAt} required />
      <Field name="endsAt" type="time" label={t('eventDay.field.endsAt')} value={v.endsAt} error={e?.endsAt} required />
      <Field name="capacity" type="number" label={t('eventDay.field.capacity')} value={v.capacity} error={e?.capacity} required min={1} max={1000} />
      <Field
        name="requiredSeats"
        type="number"
        label={t('eventDay.field.requiredSeats')}
        hint={t('eventDay.field.requiredSeatsHint')}
        value={v.requiredSeats}
        error={e?.requiredSeats}
        min={0}
        max={1000}
      />
      <Field
        name="requiredQualifications"
        label={t('eventDay.field.requiredQualifications')}
        hint={t('eventDay.field.requiredQualificationsHint')}
        value={v.requiredQualifications}
        error={e?.requiredQualifications}
        maxLength={2000}
      />
      <Field name="minAge" type="number" label={t('eventDay.field.minAge')} value={v.minAge} error={e?.minAge} min={10} max={99} />
      <p>
        <button type="submit">{t('form.save')}</button>
      </p>
    </PostForm>
  );
}
