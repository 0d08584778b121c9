import type { FieldError, FieldErrors } from '../../../platform/validation.js';
import { Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { ikszAreas } from '../areas.js';
import { ruleMessageKey } from '../occasion-service.js';
import type { RuleIssue } from '../rules.js';
import type { LogChoices } from '../view-service.js';
import { areaLabel } from './text.js';

export type OccasionFormState = { values: Record<string, string>; errors?: FieldErrors; issues?: RuleIssue[] };

/** Every rule the occasion broke, each with its section (the first of each field also stands next to the field). */
export function RuleIssues(props: { issues?: RuleIssue[] }) {
  const { t } = usePage();
  if (!props.issues?.length) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="iksz-rules">
      <p>{t('iksz.form.refused')}</p>
      <ul>
        {props.issues.map((i) => (
          <li key={i.code}>{t(ruleMessageKey(i), i.params)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The day, start and end of an occasion (133. § (6): the activity itself, travel not counted). */
export function SpanFields(props: { values: Record<string, string>; errors?: FieldErrors; today: string }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <>
      <Field name="day" type="date" label={t('iksz.form.day')} value={values.day ?? props.today} error={errors?.day} required />
      <Field name="start" type="time" label={t('iksz.form.start')} value={values.start} error={errors?.start} required />
      <Field name="end" type="time" label={t('iksz.form.end')} value={values.end} error={errors?.end} required />
    </>
  );
}

/** The area of 133. § (2) a)–h). */
export function AreaField(props: { value?: string; error?: FieldError }) {
  const { t } = usePage();
  return (
    <SelectField
      name="area"
      label={t('iksz.form.area')}
      options={ikszAreas.map((a) => ({ value: a, label: areaLabel(t, a) }))}
      value={props.value}
      error={props.error}
      required
    />
  );
}

/** The log form (napló): date, start, end, host, optional opportunity, place, area, activity, mentor, a reason for a far place. */
export function OccasionForm(props: { action: string; choices: LogChoices; state: OccasionFormState; submit: string; today: string }) {
  const { t } = usePage();
  const { values, errors } = props.state;
  const hostName = new Map(props.choices.hosts.map((h) => [h.id, h.name]));
  return (
    <PostForm action={props.action}>
      <RuleIssues issues={props.state.issues} />
      <p>{t('iksz.form.intro')}</p>
      <SpanFields values={values} errors={errors} today={props.today} />
      <SelectField
        name="organizationId"
        label={t('iksz.form.host')}
        hint={t('iksz.form.hostHint')}
        emptyLabel={t('iksz.form.chooseHost')}
        options={props.choices.hosts.map((h) => ({ value: h.id, label: h.name }))}
        value={values.organizationId}
        error={errors?.organizationId}
        required
      />
      <SelectField
        name="opportunityId"
        label={t('iksz.form.opportunity')}
        emptyLabel={t('iksz.form.noOpportunity')}
        options={props.choices.opportunities.map((o) => ({ value: o.id, label: `${hostName.get(o.organizationId) ?? ''} – ${o.title}` }))}
        value={values.opportunityId}
        error={errors?.opportunityId}
      />
      <Field name="place" label={t('iksz.form.place')} hint={t('iksz.form.placeHint')} value={values.place} error={errors?.place} maxLength={120} required />
      <AreaField value={values.area} error={errors?.area} />
      <TextAreaField rows={2} name="activity" label={t('iksz.form.activity')} value={values.activity} error={errors?.activity} maxLength={300} required />
      <Field name="mentorName" label={t('iksz.form.mentor')} value={values.mentorName} error={errors?.mentorName} maxLength={120} />
      <TextAreaField
        rows={2}
        name="distanceReason"
        label={t('iksz.form.distanceReason')}
        hint={t('iksz.form.distanceHint')}
        value={values.distanceReason}
        error={errors?.distanceReason}
        maxLength={1000}
      />
      <button class="button" type="submit">
        {props.submit}
      </button>
    </PostForm>
  );
}
