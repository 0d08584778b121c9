import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { Choice } from '../choices-repo.js';

/**
 * GET /ask: the public "ask us" form. A visitor chooses the center (or gives their settlement, whose
 * county's center answers), asks, and may leave a name and an e-mail address for the answer. The
 * privacy notice says what is kept and why, before anything is sent.
 */
export function AskPage(props: { centers: Choice[]; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <>
      <h1>{t('inquiries.ask.title')}</h1>
      <p class="lead">{t('inquiries.ask.lead')}</p>
      <p>
        {t('inquiries.ask.knowledgeFirst')} <a href="/knowledge">{t('inquiries.ask.knowledgeLink')}</a>
      </p>
      <ErrorSummary errors={errors} />
      <PostForm action="/ask">
        <fieldset>
          <legend>{t('inquiries.ask.where')}</legend>
          <SelectField
            name="centerId"
            label={t('inquiries.ask.center')}
            options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={values.centerId}
            error={errors?.centerId}
            emptyLabel={t('inquiries.ask.centerByPlace')}
          />
          <PlaceField name="place" label={t('inquiries.ask.place')} hint={t('inquiries.ask.placeHint')} value={values.place} error={errors?.place} />
        </fieldset>
        <TextAreaField
          name="question"
          label={t('inquiries.ask.question')}
          value={values.question}
          error={errors?.question}
          required
          maxLength={3000}
          rows={6}
        />
        <Field name="name" label={t('inquiries.ask.name')} value={values.name} error={errors?.name} maxLength={200} autocomplete="name" />
        <Field name="email" type="email" label={t('inquiries.ask.email')} value={values.email} error={errors?.email} autocomplete="email" />
        <Checkbox
          name="answerByEmail"
          label={t('inquiries.ask.answerByEmail')}
          checked={values.answerByEmail === 'on'}
          error={errors?.answerByEmail}
          describedBy="ask-privacy"
        />
        {/* A honeypot: hidden from people (and from assistive technology); robots fill it in. */}
        <div class="visually-hidden" aria-hidden="true">
          <label for="f-website">{t('inquiries.ask.website')}</label>
          <input id="f-website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <p class="privacy-summary" id="ask-privacy">
          {t('inquiries.ask.privacy')}
        </p>
        <p class="toolbar">
          <button type="submit">{t('inquiries.ask.submit')}</button>
        </p>
      </PostForm>
    </>
  );
}

/** GET /ask/sent: the thanks, and where to look meanwhile. */
export function AskSentPage() {
  const { t } = usePage();
  return (
    <>
      <h1>{t('inquiries.ask.sentTitle')}</h1>
      <p>{t('inquiries.ask.sentText')}</p>
      <p>
        <a href="/knowledge">{t('inquiries.ask.knowledgeLink')}</a>
      </p>
    </>
  );
}
