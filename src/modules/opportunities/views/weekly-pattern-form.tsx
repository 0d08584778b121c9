import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { patternRowCount } from '../schema.js';
import type { WeeklySlot } from '../weekly-pattern.js';
import type { ShiftFormState } from './shifts-page.js';

const isoDays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A regular opportunity's weekly pattern (up to four slots) and how many weeks of shifts to create.
 * Starts from the saved pattern; running it again only adds the shifts that do not exist yet.
 */
export function WeeklyPatternForm(props: { opportunityId: string; pattern: WeeklySlot[]; state?: ShiftFormState }) {
  const { t } = usePage();
  const values = props.state?.values ?? patternValues(props.pattern);
  const errors = props.state?.errors;
  return (
    <section aria-labelledby="pattern-heading">
      <h2 id="pattern-heading">{t('opportunities.pattern.heading')}</h2>
      <p>{t('opportunities.pattern.intro')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={`/opportunities/${props.opportunityId}/shifts/generate`}>
        {Array.from({ length: patternRowCount }, (_, i) => (
          <fieldset class="choice-group">
            <legend>{t('opportunities.pattern.slot', { n: i + 1 })}</legend>
            <SelectField
              name={`day_${i}`}
              label={t('opportunities.pattern.day')}
              value={values[`day_${i}`]}
              error={errors?.[`day_${i}`]}
              emptyLabel={t('opportunities.pattern.noDay')}
              options={isoDays.map((d) => ({ value: String(d), label: t(`opportunities.day.${d}`) }))}
            />
            <Field type="time" name={`start_${i}`} label={t('opportunities.pattern.start')} value={values[`start_${i}`]} error={errors?.[`start_${i}`]} />
            <Field type="time" name={`end_${i}`} label={t('opportunities.pattern.end')} value={values[`end_${i}`]} error={errors?.[`end_${i}`]} />
            <Field
              type="number"
              min={1}
              max={1000}
              name={`capacity_${i}`}
              label={t('opportunities.shifts.capacity')}
              value={values[`capacity_${i}`]}
              error={errors?.[`capacity_${i}`]}
            />
          </fieldset>
        ))}
        <Field
          type="number"
          min={1}
          max={26}
          name="weeks"
          label={t('opportunities.pattern.weeks')}
          hint={t('opportunities.pattern.weeksHint')}
          value={values.weeks ?? '4'}
          error={errors?.weeks}
          required
        />
        <Checkbox name="waitlist" label={t('opportunities.shifts.waitlistField')} checked={props.state ? values.waitlist === 'on' : true} />
        <p>
          <button type="submit">{t('opportunities.pattern.generate')}</button>
        </p>
      </PostForm>
    </section>
  );
}

function patternValues(pattern: WeeklySlot[]): Record<string, string> {
  const values: Record<string, string> = { weeks: '4', waitlist: 'on' };
  pattern.slice(0, patternRowCount).forEach((s, i) => {
    values[`day_${i}`] = String(s.day);
    values[`start_${i}`] = s.start;
    values[`end_${i}`] = s.end;
    values[`capacity_${i}`] = String(s.capacity);
  });
  return values;
}
