import { formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { HospitalProgram, ProgramVolunteerSort } from '../repo.js';
import { hospitalRequirementNames } from '../requirement-state.js';
import type { VolunteerRequirementsRow } from '../requirements-service.js';
import { HospitalNav, requirementLabel, StateCell } from './labels.js';

/** GET /hospital/:hospitalProgramId/volunteers: the program's volunteers and each requirement's state. */
export function VolunteersPage(props: {
  program: HospitalProgram;
  page: Page<VolunteerRequirementsRow>;
  params: ListParams<ProgramVolunteerSort>;
  email?: string;
  notFound?: boolean;
}) {
  const { t } = usePage();
  const { program } = props;
  const kinds = hospitalRequirementNames(program).map((r) => r.kind);
  return (
    <ListPage
      title={t('hospital.volunteers.title', { program: program.name })}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('hospital.volunteers.empty')}
      columns={[
        {
          label: t('hospital.field.name'),
          sortKey: 'name',
          rowHeader: true,
          cell: (r) => <a href={`/hospital/${program.id}/volunteers/${r.id}`}>{formatPersonName(r.familyName, r.givenName)}</a>,
        },
        ...kinds.map((kind, i) => ({
          label: requirementLabel(t, kind),
          cell: (r: VolunteerRequirementsRow) => {
            const status = r.statuses[i];
            return status ? <StateCell status={status} /> : '–';
          },
        })),
      ]}
    >
      <HospitalNav programId={program.id} staff />
      <p>{t('hospital.volunteers.intro')}</p>
      <form method="get" action={`/hospital/${program.id}/volunteers`} class="toolbar" role="search" aria-label={t('hospital.volunteers.find')}>
        <Field
          name="email"
          type="email"
          label={t('hospital.volunteers.find')}
          hint={t('hospital.volunteers.findHint')}
          value={props.email}
          maxLength={254}
          error={props.notFound ? { key: 'hospital.volunteers.notFound' } : undefined}
        />
        <p>
          <button type="submit">{t('hospital.volunteers.findButton')}</button>
        </p>
      </form>
    </ListPage>
  );
}
