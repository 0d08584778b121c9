import type { FieldError } from '../../../platform/validation.js';
import { useRecordField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { dayParts, weekDays } from '../choices.js';

/**
 * The weekly availability as a table: a row per day, a column per part of the day, a checkbox in
 * each cell posting `availability=mon-morning` etc. Each box has its own (visually hidden) label,
 * "Monday morning", and the table headers tell screen readers the same.
 */
export function AvailabilityGrid(props: { values: string[]; error?: FieldError; legend: string }) {
  const { t } = usePage();
  useRecordField('availability', `f-availability-${weekDays[0]}-${dayParts[0]}`, props.legend);
  return (
    <fieldset class={`choice-group${props.error ? ' field-invalid' : ''}`}>
      <legend id="f-availability">{props.legend}</legend>
      {props.error && (
        <p class="field-error" id="f-availability-error">
          {t(props.error.key, props.error.params)}
        </p>
      )}
      <div class="table-scroll">
        <table class="availability-grid">
          <caption class="visually-hidden">{t('volunteers.field.availabilityCaption')}</caption>
          <thead>
            <tr>
              <td />
              {dayParts.map((p) => (
                <th scope="col">{t(`volunteers.part.${p}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekDays.map((d) => (
              <tr>
                <th scope="row">{t(`volunteers.day.${d}`)}</th>
                {dayParts.map((p) => {
                  const slot = `${d}-${p}`;
                  const id = `f-availability-${slot}`;
                  return (
                    <td>
                      <input type="checkbox" id={id} name="availability" value={slot} checked={props.values.includes(slot)} />
                      <label for={id} class="visually-hidden">
                        {t('volunteers.field.slot', { day: t(`volunteers.day.${d}`), part: t(`volunteers.part.${p}`) })}
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
