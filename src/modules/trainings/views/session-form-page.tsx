import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { CenterChoice, CourseRow } from '../course-repo.js';
import type { SessionRow } from '../session-repo.js';

/** A session's fields: Budapest wall-clock times, the place or online link, the trainer, seats and the offer hold. */
function SessionFields(props: { values: Record<string, string>; errors?: FieldErrors; centers?: CenterChoice[] }) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <>
      {props.centers && (
        <SelectField
          name="centerId"
          label={t('trainings.session.center')}
          options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
          value={v.centerId}
          error={e.centerId}
          required
        />
      )}
      <Field
        type="datetime-local"
        name="startsAt"
        label={t('trainings.session.starts')}
        hint={t('trainings.session.timeHint')}
        value={v.startsAt}
        error={e.startsAt}
        required
      />
      <Field type="datetime-local" name="endsAt" label={t('trainings.session.ends')} value={v.endsAt} error={e.endsAt} required />
      <Checkbox name="online" label={t('trainings.session.onlineField')} checked={v.online === 'on'} />
      <PlaceField name="place" label={t('trainings.session.place')} value={v.place} error={e.place} />
      <Field name="address" label={t('trainings.session.address')} value={v.address} error={e.address} maxLength={300} />
      <Field
        name="onlineUrl"
        type="url"
        label={t('trainings.session.onlineUrl')}
        hint={t('trainings.session.onlineUrlHint')}
        value={v.onlineUrl}
        error={e.onlineUrl}
        maxLength={500}
      />
      <Field
        name="trainerName"
        label={t('trainings.session.trainerName')}
        hint={t('trainings.session.trainerHint')}
        value={v.trainerName}
        error={e.trainerName}
        maxLength={200}
      />
      <Field name="trainerEmail" type="email" label={t('trainings.session.trainerEmail')} value={v.trainerEmail} error={e.trainerEmail} maxLength={254} />
      <Field type="number" min={1} max={1000} name="capacity" label={t('trainings.session.capacity')} value={v.capacity} error={e.capacity} required />
      <Field
        type="number"
        min={1}
        max={336}
        name="holdHours"
        label={t('trainings.session.holdHours')}
        hint={t('trainings.session.holdHint')}
        value={v.holdHours}
        error={e.holdHours}
        required
      />
    </>
  );
}

/** GET /trainings/manage/:courseId/sessions/new and GET /trainings/sessions/:sessionId/edit. */
export function SessionFormPage(props: {
  course: Pick<CourseRow, 'id' | 'title'>;
  session?: SessionRow;
  values: Record<string, string>;
  errors?: FieldErrors;
  centers?: CenterChoice[];
}) {
  const { t } = usePage();
  const editing = props.session;
  return (
    <>
      <p class="breadcrumb">
        <a href="/trainings/manage">{t('trainings.manage.title')}</a> › <a href={`/trainings/manage/${props.course.id}`}>{props.course.title}</a>
      </p>
      <h1>{editing ? t('trainings.session.editTitle', { course: props.course.title }) : t('trainings.session.newTitle', { course: props.course.title })}</h1>
      <PostForm action={editing ? `/trainings/sessions/${editing.id}/edit` : `/trainings/manage/${props.course.id}/sessions`}>
        <ErrorSummary errors={props.errors} />
        <SessionFields values={props.values} errors={props.errors} centers={props.centers} />
        <p>
          <button type="submit">{editing ? t('form.save') : t('trainings.session.create')}</button>
        </p>
      </PostForm>
    </>
  );
}
