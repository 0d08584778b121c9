import type { ExportTable } from '../../platform/export.js';
import type { Locale, Translate } from '../../platform/i18n.js';
import type { HospitalProgram } from './repo.js';
import { hospitalRequirementNames } from './requirement-state.js';
import type { VolunteerRequirementsRow } from './requirements-service.js';
import type { ProgramSlotRow, SignupRow } from './roster-repo.js';
import { slotDay } from './roster-weeks.js';
import { requirementLabel, stateText, timeRange, weekdayLabel } from './views/labels.js';

/** The program's volunteers with each requirement's state and expiry, as a spreadsheet. */
export function volunteersExportTable(
  t: Translate,
  locale: Locale,
  program: HospitalProgram,
  rows: VolunteerRequirementsRow[],
): ExportTable<VolunteerRequirementsRow> {
  const requirements = hospitalRequirementNames(program);
  return {
    filename: 'kapocs-korhazi-onkentesek',
    sheetName: t('hospital.nav.volunteers'),
    rows,
    columns: [
      { header: t('hospital.field.name'), value: (r) => `${r.familyName} ${r.givenName}`, width: 30 },
      { header: t('hospital.field.email'), value: (r) => r.email, width: 30 },
      ...requirements.flatMap((req, i) => [
        {
          header: requirementLabel(t, req.kind),
          value: (r: VolunteerRequirementsRow) => (r.statuses[i] ? stateText(t, locale, r.statuses[i]) : null),
          width: 22,
        },
        {
          header: `${requirementLabel(t, req.kind)} – ${t('hospital.field.validUntil')}`,
          value: (r: VolunteerRequirementsRow) => r.statuses[i]?.validUntil ?? null,
          width: 14,
        },
      ]),
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

type WardExportRow = { slot: ProgramSlotRow; signup: SignupRow | null; weekStart: string };

/** Who comes when to the ward in the week, one row per person (an empty slot as one row without a name). */
export function wardExportTable(
  t: Translate,
  wardName: string,
  weekStart: string,
  grid: { slot: ProgramSlotRow; signups: SignupRow[] }[],
): ExportTable<WardExportRow> {
  const rows = grid.flatMap(({ slot, signups }): WardExportRow[] =>
    signups.length ? signups.map((signup) => ({ slot, signup, weekStart })) : [{ slot, signup: null, weekStart }],
  );
  return {
    filename: `kapocs-beosztas-${weekStart}`,
    sheetName: wardName,
    rows,
    columns: [
      { header: t('hospital.field.day'), value: (r) => slotDay(r.slot, r.weekStart), width: 12 },
      { header: t('hospital.field.weekday'), value: (r) => weekdayLabel(t, r.slot.weekday), width: 12 },
      { header: t('hospital.field.time'), value: (r) => timeRange(r.slot.startsAt, r.slot.endsAt), width: 14 },
      { header: t('hospital.field.ward'), value: () => wardName, width: 24 },
      { header: t('hospital.field.task'), value: (r) => r.slot.task, width: 30 },
      { header: t('hospital.field.capacity'), value: (r) => r.slot.capacity, width: 10 },
      { header: t('hospital.field.name'), value: (r) => (r.signup ? `${r.signup.familyName} ${r.signup.givenName}` : null), width: 30 },
    ],
  };
}
