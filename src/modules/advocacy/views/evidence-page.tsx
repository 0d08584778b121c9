import type { FieldErrors } from '../../../platform/validation.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import { PlaceField } from '../../../ui/place-field.js';
import { districtValue, type EvidenceChoices, type EvidencePack } from '../evidence-service.js';
import { causeLabel, evidenceTitle } from '../evidence-texts.js';
import { EvidenceSections } from './evidence-sections.js';
import { AdvocacyNav } from './labels.js';

export type EvidencePageProps = {
  choices: EvidenceChoices;
  /** The form as asked (kept as typed when it has errors). */
  values: Record<string, string>;
  years: number[];
  errors?: FieldErrors;
  pack?: EvidencePack;
};

/** GET /advocacy/evidence: the area, cause and year form, and the evidence pack it asks for. */
export function EvidencePage(props: EvidencePageProps) {
  const { t, locale } = usePage();
  const { pack } = props;
  return (
    <>
      <h1>{t('advocacy.evidence.title')}</h1>
      <AdvocacyNav />
      <p>{t('advocacy.evidence.intro')}</p>
      <EvidenceForm {...props} />
      {pack && (
        <section aria-labelledby="evidence-pack">
          <h2 id="evidence-pack">{evidenceTitle(t, locale, pack.request)}</h2>
          <Downloads />
          <EvidenceSections pack={pack} />
        </section>
      )}
    </>
  );
}

function Downloads() {
  const { t, url } = usePage();
  return (
    <p class="export-links">
      <span>{t('list.export')}:</span>{' '}
      <a href={urlWith(url, { format: 'pdf', lang: undefined })} download>
        {t('advocacy.evidence.downloadPdf')}
      </a>{' '}
      <a href={urlWith(url, { format: 'xlsx', lang: undefined })} download>
        {t('list.exportXlsx')}
      </a>{' '}
      <a href={urlWith(url, { format: 'csv', lang: undefined })} download>
        {t('list.exportCsv')}
      </a>
    </p>
  );
}

function EvidenceForm(props: EvidencePageProps) {
  const { t, locale } = usePage();
  const { choices, values } = props;
  const errors = props.errors ?? {};
  return (
    <form method="get" action="/advocacy/evidence" aria-label={t('advocacy.evidence.formLabel')} novalidate>
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="area"
        legend={t('advocacy.evidence.field.area')}
        hint={t('advocacy.evidence.areaHint')}
        value={values.area ?? 'settlement'}
        error={errors.area}
        required
        options={(['settlement', 'district', 'county'] as const).map((k) => ({ value: k, label: t(`advocacy.evidence.area.${k}`) }))}
      />
      <PlaceField name="place" label={t('advocacy.evidence.field.place')} value={values.place} error={errors.place} />
      <SelectField
        name="district"
        label={t('advocacy.evidence.field.district')}
        value={values.district}
        error={errors.district}
        emptyLabel={t('advocacy.evidence.choose')}
        options={choices.districts.map((d) => ({ value: districtValue(d), label: districtValue(d) }))}
      />
      <SelectField
        name="county"
        label={t('advocacy.evidence.field.county')}
        value={values.county}
        error={errors.county}
        emptyLabel={t('advocacy.evidence.choose')}
        options={choices.counties.map((c) => ({ value: c, label: c }))}
      />
      <SelectField
        name="cause"
        label={t('advocacy.evidence.field.cause')}
        value={values.cause}
        error={errors.cause}
        emptyLabel={t('advocacy.evidence.anyCause')}
        options={choices.causes.map((c) => ({ value: c.slug, label: causeLabel(locale, c) }))}
      />
      <SelectField
        name="year"
        label={t('advocacy.evidence.field.year')}
        value={values.year}
        error={errors.year}
        required
        options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <p>
        <button type="submit">{t('advocacy.evidence.submit')}</button>
      </p>
    </form>
  );
}
