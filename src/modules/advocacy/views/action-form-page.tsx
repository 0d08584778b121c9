import type { FieldErrors } from '../../../platform/validation.js';
import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { Choice } from '../../inquiries/choices-repo.js';
import type { StakeholderChoice } from '../actions-service.js';
import { actionKinds } from '../schema.js';
import { AdvocacyFormHeading, actionKindLabel, stakeholderKindLabel } from './labels.js';

export type ActionFormValues = { text: Record<string, string>; stakeholderIds: string[] };

export type ActionFormProps = {
  /** The action being edited; absent for a new one. */
  action?: { id: string; title: string };
  center: Choice;
  values: ActionFormValues;
  errors?: FieldErrors;
  stakeholders: StakeholderChoice[];
  /** The stakeholder name filter (`?who=`). */
  who: string;
};

/** The stakeholder name filter: a GET form of its own (forms cannot nest), so it works without JavaScript. */
function StakeholderFilter(props: { action: string; centerId: string; who: string }) {
  const { t } = usePage();
  return (
    <form method="get" action={props.action} role="search" aria-label={t('advocacy.actions.whoFilter')} class="toolbar">
      <input type="hidden" name="center" value={props.centerId} />
      <Field name="who" type="search" label={t('advocacy.actions.who')} hint={t('advocacy.actions.whoHint')} value={props.who} maxLength={100} />
      <p>
        <button type="submit">{t('form.filter')}</button>
      </p>
    </form>
  );
}

/** GET /advocacy/actions/new and /advocacy/actions/:id/edit: the action's form. */
export function ActionFormPage(props: ActionFormProps) {
  const { t } = usePage();
  const v = props.values.text;
  const e = props.errors;
  const back = props.action ? `/advocacy/actions/${props.action.id}` : '/advocacy/actions';
  const formPath = props.action ? `${back}/edit` : '/advocacy/actions/new';
  return (
    <>
      <AdvocacyFormHeading
        list={{ href: '/advocacy/actions', label: t('advocacy.actions.title') }}
        record={props.action && { href: back, name: props.action.title }}
        title={props.action ? t('advocacy.actions.edit') : t('advocacy.actions.new')}
        centerName={props.center.name}
      />
      <StakeholderFilter action={formPath} centerId={props.center.id} who={props.who} />
      <ErrorSummary errors={e} />
      <PostForm action={props.action ? back : '/advocacy/actions'}>
        <input type="hidden" name="centerId" value={props.center.id} />
        <SelectField
          name="kind"
          label={t('advocacy.field.actionKind')}
          options={actionKinds.map((k) => ({ value: k, label: actionKindLabel(t, k) }))}
          value={v.kind}
          error={e?.kind}
          required
        />
        <Field name="title" label={t('advocacy.field.title')} value={v.title} error={e?.title} required maxLength={200} />
        <TextAreaField name="goal" label={t('advocacy.field.goal')} value={v.goal} error={e?.goal} required maxLength={5000} rows={3} />
        <Field name="heldOn" type="date" label={t('advocacy.field.heldOn')} value={v.heldOn} error={e?.heldOn} required />
        <PlaceField name="place" label={t('advocacy.field.place')} value={v.place} error={e?.place} />
        {props.stakeholders.length > 0 ? (
          <CheckboxGroup
            name="stakeholderIds"
            legend={t('advocacy.field.stakeholders')}
            options={props.stakeholders.map((s) => ({ value: s.id, label: `${s.name} (${stakeholderKindLabel(t, s.kind)})` }))}
            values={props.values.stakeholderIds}
            error={e?.stakeholderIds}
          />
        ) : (
          <p>{t(props.who ? 'advocacy.actions.noStakeholderMatch' : 'advocacy.actions.noStakeholders')}</p>
        )}
        <TextAreaField name="outcome" label={t('advocacy.field.outcome')} value={v.outcome} error={e?.outcome} maxLength={5000} rows={3} />
        <TextAreaField name="followUp" label={t('advocacy.field.followUp')} value={v.followUp} error={e?.followUp} maxLength={5000} rows={2} />
        <Field name="followUpOn" type="date" label={t('advocacy.field.followUpOn')} value={v.followUpOn} error={e?.followUpOn} />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
