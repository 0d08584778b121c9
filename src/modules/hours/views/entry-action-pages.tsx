import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { HourEntryRecord, Placement } from '../repo.js';
import { EntrySummary } from './entry-summary.js';

type Props = {
  entry: HourEntryRecord;
  placement: Placement;
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** The list the reject link was followed from (a safe local path), to return to. */
  next?: string | null;
};

/** Shown instead of the form when the entry has been decided (meanwhile, or before the link was followed). */
function AlreadyDecided({ placement }: { placement: Placement }) {
  const { t } = usePage();
  return (
    <p>
      {t('hours.error.alreadyDecided')} <a href={`/applications/${placement.id}/hours`}>{t('hours.title')}</a>
    </p>
  );
}

function RejectForm({ entry, placement, values = {}, errors, next }: Props) {
  const { t } = usePage();
  return (
    <PostForm action={`/hours/${entry.id}/reject`}>
      {next && <input type="hidden" name="next" value={next} />}
      <TextAreaField
        rows={4}
        name="reason"
        label={t('hours.reject.reason')}
        hint={t('hours.reject.reasonHint')}
        value={values.reason}
        error={errors?.reason}
        maxLength={1000}
        required
      />
      <button class="button" type="submit">
        {t('hours.reject.submit')}
      </button>{' '}
      <a href={next ?? `/applications/${placement.id}/hours`}>{t('hours.action.cancel')}</a>
    </PostForm>
  );
}

/** The organization rejects an entry: the reason is required and goes to the volunteer ("Ön" to the organization). */
export function RejectEntryPage(props: Props) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('hours.reject.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <EntrySummary entry={props.entry} placement={props.placement} />
      {props.entry.status === 'submitted' ? <RejectForm {...props} /> : <AlreadyDecided placement={props.placement} />}
    </>
  );
}

function DeleteForm({ entry, placement, errors }: Props) {
  const { t } = usePage();
  return (
    <>
      <p>{t('hours.delete.intro')}</p>
      <PostForm action={`/hours/${entry.id}/delete`}>
        <Checkbox name="confirm" label={t('hours.delete.confirm')} error={errors?.confirm} required />
        <button class="button" type="submit">
          {t('hours.delete.submit')}
        </button>{' '}
        <a href={`/applications/${placement.id}/hours`}>{t('hours.action.cancel')}</a>
      </PostForm>
    </>
  );
}

/** The volunteer confirms deleting their own submitted entry ("te"); works without JavaScript. */
export function DeleteEntryPage(props: Props) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('hours.delete.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <EntrySummary entry={props.entry} placement={props.placement} />
      {props.entry.status === 'submitted' ? <DeleteForm {...props} /> : <AlreadyDecided placement={props.placement} />}
    </>
  );
}
