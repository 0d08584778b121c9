import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { TaskRecord } from '../repo.js';
import type { EventDay } from '../service.js';
import { TaskFields } from './detail-page.js';
import { EventDayBreadcrumb, timeRange } from './labels.js';

/** GET /event-days/:eventDayId/tasks/:taskId/edit: the task-slot's form and its removal. */
export function TaskPage(props: { eventDay: EventDay; task: TaskRecord; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const base = `/event-days/${props.eventDay.id}`;
  return (
    <>
      <EventDayBreadcrumb eventDay={props.eventDay} />
      <h1>{t('eventDay.tasks.edit')}</h1>
      <ErrorSummary errors={props.errors} />
      <TaskFields action={`${base}/tasks/${props.task.id}`} values={props.values} errors={props.errors} />
      <h2>{t('eventDay.tasks.remove')}</h2>
      <ConfirmForm
        action={`${base}/tasks/${props.task.id}/remove`}
        button={t('eventDay.tasks.remove')}
        question={t('eventDay.tasks.removeQuestion', { name: props.task.name, time: timeRange(props.task) })}
        idSuffix="remove-task"
      />
    </>
  );
}
