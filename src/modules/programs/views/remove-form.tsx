import { CsrfField, useRecordField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/**
 * Taking a partner or an opportunity off a program: the row's ids in hidden fields and a box to tick
 * (works without JavaScript; with it the browser also asks, public/app.js reads data-confirm).
 */
export function RemoveForm(props: { action: string; hidden: Record<string, string>; question: string; idSuffix: string }) {
  const { t } = usePage();
  const id = `f-confirm-${props.idSuffix}`;
  useRecordField('confirm', id, props.question);
  return (
    <form method="post" action={props.action} class="confirm-form" data-confirm={props.question} novalidate>
      <CsrfField />
      {Object.entries(props.hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <div class="choice">
        <input type="checkbox" id={id} name="confirm" value="on" /> <label for={id}>{props.question}</label>
      </div>
      <button type="submit" class="button-danger">
        {t('programs.remove')}
      </button>
    </form>
  );
}
