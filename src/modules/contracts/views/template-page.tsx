import { formatDateTime, translator } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { contractDocument } from '../contract-document.js';
import { templateTextMax } from '../schema.js';
import type { ContractSnapshot } from '../snapshot.js';
import type { TemplatePageData } from '../template-service.js';
import { DocumentPreview } from './document-preview.js';

type Props = { data: TemplatePageData; values?: Record<string, string>; errors?: FieldErrors };

/**
 * The organization's contract template ("Ön"): the three free texts (admins edit them) and a
 * preview of the whole contract in Hungarian, where the Köt. 6. § (1) a)–d) section is shown as
 * fixed: it is filled from each contract's own data and cannot be edited here.
 */
export function TemplatePage({ data, values, errors }: Props) {
  const { t, locale } = usePage();
  const texts = { ...data.texts, ...values };
  const hu = translator('hu');
  const o = data.organization;
  const placeholder = hu('contracts.preview.fromContract');
  const snapshot: ContractSnapshot = {
    organization: {
      name: o.name,
      seat: [o.settlement, o.address].filter(Boolean).join(', '),
      taxNumber: o.taxNumber,
      kotRegistrationNumber: o.kotRegistrationNumber,
    },
    volunteer: { familyName: hu('contracts.preview.volunteer'), givenName: '', birthDate: null },
    guardian: null,
    signing: 'adult',
    opportunityTitle: '',
    template: { introText: texts.introText ?? '', dutiesText: texts.dutiesText ?? '', closingText: texts.closingText ?? '' },
    requirement: { required: true, reasons: [] },
  };
  const content = {
    activity: placeholder,
    place: placeholder,
    timeAndRest: placeholder,
    benefits: placeholder,
    benefitsOnEnd: placeholder,
    startsOn: '2026-01-01',
    endsOn: null,
  };
  return (
    <>
      <h1>{t('contracts.template.title', { name: o.name })}</h1>
      <p class="lead">{t('contracts.template.intro')}</p>
      <p>
        <a href={`/organizations/${o.id}`}>{t('contracts.template.back')}</a>
      </p>
      <p>
        {data.texts.saved && data.updatedAt
          ? t('contracts.template.savedAt', { at: formatDateTime(locale, data.updatedAt) })
          : t('contracts.template.defaults')}
      </p>
      {data.mayEdit ? (
        <PostForm action={`/organizations/${o.id}/contract-template`}>
          <ErrorSummary errors={errors} />
          <TextAreaField
            name="introText"
            rows={5}
            label={t('contracts.template.field.intro')}
            hint={t('contracts.template.hint.intro')}
            value={texts.introText}
            error={errors?.introText}
            maxLength={templateTextMax}
            required
          />
          <p class="notice">{t('contracts.template.fixedNote')}</p>
          <TextAreaField
            name="dutiesText"
            rows={6}
            label={t('contracts.template.field.duties')}
            hint={t('contracts.template.hint.duties')}
            value={texts.dutiesText}
            error={errors?.dutiesText}
            maxLength={templateTextMax}
            required
          />
          <TextAreaField
            name="closingText"
            rows={5}
            label={t('contracts.template.field.closing')}
            hint={t('contracts.template.hint.closing')}
            value={texts.closingText}
            error={errors?.closingText}
            maxLength={templateTextMax}
            required
          />
          <button class="button" type="submit">
            {t('contracts.template.save')}
          </button>
        </PostForm>
      ) : (
        <p class="notice">{t('contracts.template.readOnly')}</p>
      )}
      <section aria-labelledby="template-preview">
        <h2 id="template-preview">{t('contracts.template.preview')}</h2>
        <DocumentPreview
          doc={{ ...contractDocument(hu, 'hu', snapshot, content, null), term: hu('contracts.preview.term') }}
          headingId="template-preview-doc"
        />
      </section>
    </>
  );
}
