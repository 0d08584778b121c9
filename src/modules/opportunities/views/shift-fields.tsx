import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { Field } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/** A shift's fields (Budapest wall-clock times, capacity, waitlist), shared by the new-shift and the edit forms. */
export function ShiftFields(props: {
  values: Record<string, string>;
  errors?: FieldErrors;
  capacityHint?: string;
  waitlistHint?: string;
  waitlistOn: boolean;
}) {
  const { t } = usePage();
  return (
    <>
      <Field
        type="datetime-local"
        name="startsAt"
        label={t('opportunities.shifts.starts')}
        hint={t('opportunities.shifts.timeHint')}
        value={props.values.startsAt}
        error={props.errors?.startsAt}
        required
      />
      <Field type="datetime-local" name="endsAt" label={t('opportunities.shifts.ends')} value={props.values.endsAt} error={props.errors?.endsAt} required />
      <Field
        type="number"
        min={1}
        max={1000}
        name="capacity"
        label={t('opportunities.shifts.capacity')}
        hint={props.capacityHint}
        value={props.values.capacity}
        error={props.errors?.capacity}
        required
      />
      <Field
        type="number"
        min={1}
        max={50}
        name="teamCapacity"
        label={t('companies.shift.teamCapacity')}
        hint={t('companies.shift.teamCapacityHint')}
        value={props.values.teamCapacity}
        error={props.errors?.teamCapacity}
      />
      <Checkbox name="waitlist" label={t('opportunities.shifts.waitlistField')} hint={props.waitlistHint} checked={props.waitlistOn} />
    </>
  );
}
