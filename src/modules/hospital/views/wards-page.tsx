import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { WardsOverview } from '../ward-service.js';
import { HospitalNav } from './labels.js';

/** GET /hospital/:hospitalProgramId/wards: the program's wards and the form for a new one. */
export function WardsPage(props: { overview: WardsOverview; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { program, wards, organizations } = props.overview;
  const v = props.values ?? {};
  const e = props.errors;
  const title = t('hospital.wards.title', { program: program.name });
  return (
    <>
      <h1>{title}</h1>
      <HospitalNav programId={program.id} staff />
      {wards.length === 0 ? (
        <p>{t('hospital.wards.empty')}</p>
      ) : (
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hospital.field.ward')}</th>
              <th scope="col">{t('hospital.field.organization')}</th>
              <th scope="col">{t('hospital.field.supervisor')}</th>
              <th scope="col">{t('hospital.field.slots')}</th>
            </tr>
          </thead>
          <tbody>
            {wards.map((w) => (
              <tr key={w.id}>
                <th scope="row">
                  <a href={`/hospital/wards/${w.id}`}>{w.name}</a>
                </th>
                <td>{w.organizationName}</td>
                <td>{w.supervisorAccountName ?? w.supervisorName ?? '–'}</td>
                <td>{w.slotCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('hospital.wards.new')}</h2>
      {organizations.length === 0 ? (
        <p>{t('hospital.wards.noOrganizations')}</p>
      ) : (
        <>
          <ErrorSummary errors={e} />
          <PostForm action={`/hospital/${program.id}/wards`}>
            <SelectField
              name="organizationId"
              label={t('hospital.field.organization')}
              options={organizations.map((o) => ({ value: o.id, label: o.name }))}
              value={v.organizationId}
              error={e?.organizationId}
              required
            />
            <Field name="name" label={t('hospital.field.wardName')} value={v.name} error={e?.name} required maxLength={200} />
            <Field name="supervisorName" label={t('hospital.field.supervisorName')} value={v.supervisorName} error={e?.supervisorName} maxLength={200} />
            <Field
              name="supervisorEmail"
              type="email"
              label={t('hospital.field.supervisorEmail')}
              hint={t('hospital.field.supervisorEmailHint')}
              value={v.supervisorEmail}
              error={e?.supervisorEmail}
              maxLength={254}
            />
            <p>
              <button type="submit">{t('hospital.wards.save')}</button>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}
