import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { type CapKind, capModes } from '../schema.js';
import { SchoolNav } from './labels.js';

/** GET /schools/:schoolId/settings: the school's own caps on top of the law (coordinator only). */
export function SettingsPage(props: { school: { id: string; name: string }; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const cap = (kind: CapKind, hours: string, mode: string) => (
    <fieldset>
      <legend>{t(`schools.cap.${kind}`)}</legend>
      <p class="hint">{t(`schools.cap.${kind}Hint`)}</p>
      <Field
        name={hours}
        type="number"
        min={1}
        max={50}
        label={t('schools.field.maxHours')}
        hint={t('schools.field.maxHoursHint')}
        value={v[hours]}
        error={e?.[hours]}
      />
      <SelectField
        name={mode}
        label={t('schools.field.capMode')}
        options={capModes.map((m) => ({ value: m, label: t(`schools.capMode.${m}`) }))}
        value={v[mode] ?? 'warn'}
        error={e?.[mode]}
        required
      />
    </fieldset>
  );
  return (
    <>
      <SchoolNav schoolId={props.school.id} schoolName={props.school.name} manage />
      <h1>{t('schools.settings.title')}</h1>
      <p>{t('schools.settings.intro')}</p>
      <ErrorSummary errors={e} />
      <PostForm action={`/schools/${props.school.id}/settings`}>
        {cap('at_school', 'atSchoolHours', 'atSchoolMode')}
        {cap('per_host', 'perHostHours', 'perHostMode')}
        <p>
          <button type="submit">{t('form.save')}</button>
        </p>
      </PostForm>
    </>
  );
}
