import type { FieldErrors } from '../../../platform/validation.js';
import { Field, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

type Props = {
  applicationId: string;
  today: string;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** Shown to a coordinator after a minors' limit refused the entry. */
  showOverride: boolean;
};

/** The log form: the day, then either start and end or a duration, the activity and a note. */
export function LogHoursForm({ applicationId, today, values, errors, showOverride }: Props) {
  const { t } = usePage();
  return (
    <section aria-labelledby="log-hours">
      <h2 id="log-hours">{t('hours.form.title')}</h2>
      <p>{t('hours.form.intro')}</p>
      <PostForm action={`/applications/${applicationId}/hours`}>
        <Field name="day" type="date" label={t('hours.form.day')} value={values.day ?? today} error={errors?.day} required />
        <fieldset>
          <legend>{t('hours.form.times')}</legend>
          <Field name="startTime" type="time" label={t('hours.form.startTime')} value={values.startTime} error={errors?.startTime} />
          <Field name="endTime" type="time" label={t('hours.form.endTime')} value={values.endTime} error={errors?.endTime} />
        </fieldset>
        <fieldset>
          <legend>{t('hours.form.duration')}</legend>
          <Field
            name="durationHours"
            type="number"
            min={0}
            max={24}
            label={t('hours.form.durationHours')}
            value={values.durationHours}
            error={errors?.durationHours}
          />
          <Field
            name="durationMinutes"
            type="number"
            min={0}
            max={59}
            label={t('hours.form.durationMinutes')}
            value={values.durationMinutes}
            error={errors?.durationMinutes}
          />
        </fieldset>
        <Field
          name="activity"
          label={t('hours.form.activity')}
          hint={t('hours.form.activityHint')}
          value={values.activity}
          error={errors?.activity}
          maxLength={200}
          required
        />
        <TextAreaField rows={3} name="note" label={t('hours.form.note')} value={values.note} error={errors?.note} maxLength={1000} />
        {showOverride && (
          <TextAreaField
            rows={3}
            name="overrideReason"
            label={t('hours.minor.overrideReason')}
            hint={t('hours.minor.overrideHint')}
            value={values.overrideReason}
            error={errors?.overrideReason}
            maxLength={2000}
          />
        )}
        <button class="button" type="submit">
          {t('hours.form.submit')}
        </button>
      </PostForm>
    </section>
  );
}
