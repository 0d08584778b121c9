import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choice } from '../../inquiries/choices-repo.js';
import { EventDayBreadcrumb } from './labels.js';

/** GET /event-days/new and /event-days/:eventDayId/edit: name, day, place and the optional program. */
export function EventDayFormPage(props: {
  eventDay?: { id: string; name: string };
  center: Choice;
  programs: Choice[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const back = props.eventDay ? `/event-days/${props.eventDay.id}` : '/event-days';
  return (
    <>
      <EventDayBreadcrumb eventDay={props.eventDay} />
      <h1>{t(props.eventDay ? 'eventDay.edit' : 'eventDay.new')}</h1>
      <p>
        {t('eventDay.field.center')}: {props.center.name}
      </p>
      <ErrorSummary errors={e} />
      <PostForm action={props.eventDay ? back : '/event-days'}>
        <input type="hidden" name="centerId" value={props.center.id} />
        <Field name="name" label={t('eventDay.field.name')} value={v.name} error={e?.name} required maxLength={200} />
        <Field name="day" type="date" label={t('eventDay.field.day')} value={v.day} error={e?.day} required />
        <Field name="place" label={t('eventDay.field.place')} value={v.place} error={e?.place} maxLength={200} />
        <SelectField
          name="programId"
          label={t('eventDay.field.program')}
          options={props.programs.map((p) => ({ value: p.id, label: p.name }))}
          value={v.programId}
          error={e?.programId}
          emptyLabel={t('eventDay.field.noProgram')}
        />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

/** GET /event-days/new for an actor of several centers: which center runs the event. */
export function ChooseCenterPage(props: { centers: Choice[] }) {
  const { t } = usePage();
  return (
    <>
      <EventDayBreadcrumb />
      <h1>{t('eventDay.new')}</h1>
      <form method="get" action="/event-days/new">
        <SelectField name="center" label={t('eventDay.chooseCenter')} options={props.centers.map((c) => ({ value: c.id, label: c.name }))} required />
        <p>
          <button type="submit">{t('eventDay.continue')}</button>
        </p>
      </form>
    </>
  );
}
