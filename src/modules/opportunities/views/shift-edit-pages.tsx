import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { ShiftFields } from './shift-fields.js';

type ShiftHead = { id: string; opportunityId: string; opportunityTitle: string; startsAt: Date };

function Breadcrumb(props: { shift: ShiftHead }) {
  return (
    <p class="breadcrumb">
      <a href={`/opportunities/${props.shift.opportunityId}/shifts`}>{props.shift.opportunityTitle}</a>
    </p>
  );
}

/** Edit a future shift: time (Budapest wall clock, as the create form), capacity, waitlist. */
export function ShiftEditPage(props: { shift: ShiftHead; values: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  return (
    <>
      <Breadcrumb shift={props.shift} />
      <h1>{t('opportunities.shiftEdit.title', { when: formatDateTime(locale, props.shift.startsAt) })}</h1>
      <ErrorSummary errors={props.errors} />
      <PostForm action={`/shifts/${props.shift.id}/edit`}>
        <ShiftFields
          values={props.values}
          errors={props.errors}
          capacityHint={t('opportunities.shiftEdit.capacityHint')}
          waitlistHint={t('opportunities.shiftEdit.waitlistHint')}
          waitlistOn={props.values.waitlist === 'on'}
        />
        <p>
          <button type="submit">{t('opportunities.shiftEdit.save')}</button>
        </p>
      </PostForm>
    </>
  );
}

/**
 * The new capacity is below the seats held: exactly two choices, keep everything (no change) or move
 * the listed last-accepted volunteers to the top of the waitlist. The edit travels in hidden fields.
 */
export function CapacityChoicePage(props: { shift: ShiftHead; values: Record<string, string>; moving: { name: string }[] }) {
  const { t } = usePage();
  return (
    <>
      <Breadcrumb shift={props.shift} />
      <h1>{t('opportunities.capacityChoice.title')}</h1>
      <p>{t('opportunities.capacityChoice.intro', { capacity: props.values.capacity ?? '', count: props.moving.length })}</p>
      <ol aria-label={t('opportunities.capacityChoice.listLabel')}>
        {props.moving.map((m) => (
          <li key={m.name}>{m.name}</li>
        ))}
      </ol>
      <PostForm action={`/shifts/${props.shift.id}/edit`}>
        {['startsAt', 'endsAt', 'capacity', 'waitlist', 'teamCapacity'].map((name) =>
          props.values[name] ? <input key={name} type="hidden" name={name} value={props.values[name]} /> : null,
        )}
        <p class="button-row">
          <button type="submit" name="choice" value="cancel">
            {t('opportunities.capacityChoice.cancel')}
          </button>{' '}
          <button type="submit" name="choice" value="move">
            {t('opportunities.capacityChoice.move', { count: props.moving.length })}
          </button>
        </p>
      </PostForm>
    </>
  );
}

/** Take an accepted volunteer off a future shift: a reason (it goes to them) and a confirmation. */
export function RemoveFromShiftPage(props: {
  shift: ShiftHead;
  applicationId: string;
  volunteerName: string;
  removable: boolean;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, locale } = usePage();
  const when = formatDateTime(locale, props.shift.startsAt);
  return (
    <>
      <Breadcrumb shift={props.shift} />
      <h1>{t('opportunities.removal.title', { name: props.volunteerName, when })}</h1>
      <ErrorSummary errors={props.errors} />
      {props.removable ? (
        <PostForm action={`/applications/${props.applicationId}/remove-from-shift`}>
          <TextAreaField
            name="reason"
            label={t('opportunities.removal.reason')}
            hint={t('opportunities.removal.reasonHint')}
            value={props.values.reason}
            error={props.errors?.reason}
            maxLength={1000}
            required
          />
          <Checkbox name="confirm" label={t('opportunities.removal.confirm', { name: props.volunteerName, when })} error={props.errors?.confirm} required />
          <p>
            <button type="submit">{t('opportunities.removal.submit')}</button>
          </p>
        </PostForm>
      ) : (
        <p>{t('opportunities.error.notRemovable')}</p>
      )}
    </>
  );
}
