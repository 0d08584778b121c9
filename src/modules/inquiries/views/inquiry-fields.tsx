import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox, CheckboxGroup, RadioGroup } from '../../../ui/choice-fields.js';
import { Field, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { askerKinds, inquiryChannels, inquiryStatuses, maxLinkedArticles } from '../schema.js';
import type { InquiryFormChoices } from '../service.js';
import { askerKindLabel, channelLabel, statusLabel } from './labels.js';

/** What the form shows: the text fields as typed, the topics ticked. */
export type InquiryFormValues = { text: Record<string, string>; topicIds: string[] };

type Props = {
  values: InquiryFormValues;
  errors?: FieldErrors;
  choices: InquiryFormChoices;
  /** The answer goes out by e-mail with the next save (the asker asked for it, it was not sent yet). */
  answerNotSent?: boolean;
};

/** The asker: who they are and how to reach them (nothing for an anonymous asker). */
function AskerFields({ values, errors }: Pick<Props, 'values' | 'errors'>) {
  const { t } = usePage();
  const v = values.text;
  return (
    <fieldset>
      <legend>{t('inquiries.form.asker')}</legend>
      <RadioGroup
        name="askerKind"
        legend={t('inquiries.field.askerKind')}
        options={askerKinds.map((k) => ({ value: k, label: askerKindLabel(t, k) }))}
        value={v.askerKind}
        error={errors?.askerKind}
        required
      />
      <p class="hint">{t('inquiries.form.askerHint')}</p>
      <Field name="askerName" label={t('inquiries.field.askerName')} value={v.askerName} error={errors?.askerName} maxLength={200} autocomplete="off" />
      <Field
        name="askerOrganization"
        label={t('inquiries.field.askerOrganization')}
        value={v.askerOrganization}
        error={errors?.askerOrganization}
        maxLength={200}
        autocomplete="off"
      />
      <Field name="askerEmail" type="email" label={t('inquiries.field.askerEmail')} value={v.askerEmail} error={errors?.askerEmail} autocomplete="off" />
      <Field name="askerPhone" type="tel" label={t('inquiries.field.askerPhone')} value={v.askerPhone} error={errors?.askerPhone} autocomplete="off" />
      <Checkbox
        name="answerByEmail"
        label={t('inquiries.field.answerByEmail')}
        hint={t('inquiries.form.answerByEmailHint')}
        checked={v.answerByEmail === 'on'}
        error={errors?.answerByEmail}
      />
    </fieldset>
  );
}

/**
 * The fields of an inquiry (new and existing): where and how it came, who asked, the topics, the
 * question and the answer with the articles it points to, who answers, the follow-up and the status.
 */
export function InquiryFields({ values, errors, choices, answerNotSent }: Props) {
  const { t } = usePage();
  const v = values.text;
  const showPoint = choices.points.length > (choices.pointRequired ? 1 : 0);
  return (
    <>
      <input type="hidden" name="centerId" value={choices.center.id} />
      {showPoint && (
        <SelectField
          name="pointId"
          label={t('inquiries.field.point')}
          hint={choices.pointRequired ? undefined : t('inquiries.form.pointHint')}
          options={choices.points.map((p) => ({ value: p.id, label: p.name }))}
          value={v.pointId}
          error={errors?.pointId}
          emptyLabel={choices.pointRequired ? undefined : t('inquiries.form.pointNone')}
          required={choices.pointRequired}
        />
      )}
      <SelectField
        name="channel"
        label={t('inquiries.field.channel')}
        options={inquiryChannels.map((c) => ({ value: c, label: channelLabel(t, c) }))}
        value={v.channel}
        error={errors?.channel}
        required
      />
      <Field name="receivedAt" type="datetime-local" label={t('inquiries.field.receivedAt')} value={v.receivedAt} error={errors?.receivedAt} required />
      <AskerFields values={values} errors={errors} />
      <CheckboxGroup
        name="topicIds"
        legend={t('inquiries.field.topics')}
        hint={t('inquiries.form.topicsHint')}
        options={choices.topics.map((x) => ({ value: x.id, label: x.archivedAt ? t('inquiries.topics.archivedName', { name: x.name }) : x.name }))}
        values={values.topicIds}
        error={errors?.topicIds}
      />
      <TextAreaField name="question" label={t('inquiries.field.question')} value={v.question} error={errors?.question} required maxLength={5000} rows={5} />
      <TextAreaField
        name="answer"
        label={t('inquiries.field.answer')}
        hint={answerNotSent ? t('inquiries.form.answerWillBeSent') : undefined}
        value={v.answer}
        error={errors?.answer}
        maxLength={10_000}
        rows={6}
      />
      <TextAreaField
        name="articles"
        label={t('inquiries.field.articles')}
        hint={t('inquiries.form.articlesHint', { max: maxLinkedArticles })}
        value={v.articles}
        error={errors?.articles}
        maxLength={2000}
        rows={3}
      />
      <p class="small">
        <a href="/knowledge" target="_blank" rel="noopener">
          {t('inquiries.form.searchKnowledge')}
        </a>
      </p>
      <SelectField
        name="staffUserId"
        label={t('inquiries.field.staff')}
        options={choices.staff.map((s) => ({ value: s.id, label: formatPersonName(s.familyName, s.givenName) }))}
        value={v.staffUserId}
        error={errors?.staffUserId}
        required
      />
      <Field
        name="followUpOn"
        type="date"
        label={t('inquiries.field.followUpOn')}
        hint={t('inquiries.form.followUpHint')}
        value={v.followUpOn}
        error={errors?.followUpOn}
      />
      <Checkbox name="followUpDone" label={t('inquiries.field.followUpDone')} checked={v.followUpDone === 'on'} error={errors?.followUpDone} />
      <SelectField
        name="status"
        label={t('inquiries.field.status')}
        options={inquiryStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        value={v.status}
        error={errors?.status}
        required
      />
    </>
  );
}
