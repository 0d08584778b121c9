import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choice } from '../choices-repo.js';
import type { InquiryFormChoices } from '../service.js';
import { InquiryFields, type InquiryFormValues } from './inquiry-fields.js';

/** Staff of several centers (national admins) first choose whose inquiry they log: the form offers that center's topics and staff. */
export function ChooseCenterPage(props: { centers: Choice[] }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/inquiries">{t('inquiries.list.title')}</a>
      </p>
      <h1>{t('inquiries.new.title')}</h1>
      <form method="get" action="/inquiries/new">
        <SelectField
          name="center"
          label={t('inquiries.field.center')}
          options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
          emptyLabel={t('inquiries.new.chooseCenter')}
          required
        />
        <p class="toolbar">
          <button type="submit">{t('inquiries.new.next')}</button>
          <a href="/inquiries">{t('form.cancel')}</a>
        </p>
      </form>
    </>
  );
}

/** GET /inquiries/new: the form of a new inquiry of one center. */
export function NewInquiryPage(props: { values: InquiryFormValues; errors?: FieldErrors; choices: InquiryFormChoices }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/inquiries">{t('inquiries.list.title')}</a>
      </p>
      <h1>{t('inquiries.new.title')}</h1>
      <p class="lead">{t('inquiries.new.lead', { center: props.choices.center.name })}</p>
      <ErrorSummary errors={props.errors} />
      <PostForm action="/inquiries">
        <InquiryFields values={props.values} errors={props.errors} choices={props.choices} />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href="/inquiries">{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
