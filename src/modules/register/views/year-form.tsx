import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/** The year picker (a GET form, works without JavaScript). */
export function YearForm(props: { organizationId: string; years: number[]; value: string; errors?: FieldErrors }) {
  const { t } = usePage();
  return (
    <form method="get" action={`/organizations/${props.organizationId}/register`} class="toolbar" novalidate>
      <ErrorSummary errors={props.errors} />
      <SelectField
        name="year"
        label={t('register.year.label')}
        value={props.value}
        error={props.errors?.year}
        required
        options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <p>
        <button type="submit">{t('register.year.submit')}</button>
      </p>
    </form>
  );
}
