import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choice } from '../../inquiries/choices-repo.js';
import { programKinds, programStatuses } from '../schema.js';
import { programKindLabel, programStatusLabel } from './labels.js';

export type ProgramFormProps = {
  /** The program being edited; absent for a new one. */
  program?: { id: string; name: string; slug: string };
  center: Choice;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The qualification names of the center's training courses (the hospital induction's choices). */
  inductionChoices: string[];
};

/** GET /programs/manage/new and /programs/manage/:programId/edit: the program's form. */
export function ProgramFormPage(props: ProgramFormProps) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const back = props.program ? `/programs/manage/${props.program.id}` : '/programs/manage';
  const induction =
    props.inductionChoices.includes(v.inductionQualification ?? '') || !v.inductionQualification
      ? props.inductionChoices
      : [v.inductionQualification, ...props.inductionChoices];
  return (
    <>
      <p class="breadcrumb">
        <a href="/programs/manage">{t('programs.manage.title')}</a>
        {props.program && (
          <>
            {' › '}
            <a href={back}>{props.program.name}</a>
          </>
        )}
      </p>
      <h1>{props.program ? t('programs.manage.edit') : t('programs.manage.new')}</h1>
      <p>{t('programs.field.centerIs', { name: props.center.name })}</p>
      <ErrorSummary errors={e} />
      <PostForm action={props.program ? back : '/programs/manage'}>
        <input type="hidden" name="centerId" value={props.center.id} />
        <Field name="name" label={t('programs.field.name')} value={v.name} error={e?.name} required maxLength={200} />
        {props.program ? (
          <p>
            {t('programs.field.slug')}: <code>{props.program.slug}</code> <span class="hint">{t('programs.field.slugFixed')}</span>
          </p>
        ) : (
          <Field name="slug" label={t('programs.field.slug')} hint={t('programs.field.slugHint')} value={v.slug} error={e?.slug} required maxLength={60} />
        )}
        <SelectField
          name="kind"
          label={t('programs.field.kind')}
          options={programKinds.map((k) => ({ value: k, label: programKindLabel(t, k) }))}
          value={v.kind}
          error={e?.kind}
          required
        />
        <SelectField
          name="status"
          label={t('programs.field.status')}
          options={programStatuses.map((s) => ({ value: s, label: programStatusLabel(t, s) }))}
          value={v.status}
          error={e?.status}
          hint={t('programs.field.statusHint')}
          required
        />
        <TextAreaField name="summary" label={t('programs.field.summary')} value={v.summary} error={e?.summary} maxLength={500} rows={2} />
        <TextAreaField name="description" label={t('programs.field.description')} value={v.description} error={e?.description} maxLength={10000} rows={8} />
        <Field
          name="minAge"
          type="number"
          min={10}
          max={99}
          label={t('programs.field.minAge')}
          hint={t('programs.field.minAgeHint')}
          value={v.minAge}
          error={e?.minAge}
        />
        <fieldset class="choice-group">
          <legend>{t('programs.hospital.legend')}</legend>
          <p class="hint">{t('programs.hospital.hint')}</p>
          <SelectField
            name="inductionQualification"
            label={t('programs.field.inductionQualification')}
            hint={induction.length ? t('programs.field.inductionHint') : t('programs.field.inductionNone')}
            options={induction.map((q) => ({ value: q, label: q }))}
            value={v.inductionQualification}
            error={e?.inductionQualification}
            emptyLabel={t('programs.field.inductionChoose')}
          />
          <Field
            name="healthValidMonths"
            type="number"
            min={1}
            max={120}
            label={t('programs.field.healthValidMonths')}
            value={v.healthValidMonths}
            error={e?.healthValidMonths}
          />
          <TextAreaField
            name="confidentialityTemplate"
            label={t('programs.field.confidentialityTemplate')}
            hint={t('programs.field.confidentialityHint')}
            value={v.confidentialityTemplate}
            error={e?.confidentialityTemplate}
            maxLength={20000}
            rows={8}
          />
        </fieldset>
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
