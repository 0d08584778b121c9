import type { ExportTable } from '../../platform/export.js';
import type { Locale, Translate } from '../../platform/i18n.js';
import type { AgreementRow } from './agreements-repo.js';
import type { SchoolRow } from './repo.js';
import type { StudentRow } from './students-repo.js';
import { agreementStatus, areaLabel, exemptReasonLabel, studentName, trackLabel } from './views/labels.js';

export function schoolExportTable(t: Translate, rows: SchoolRow[]): ExportTable<SchoolRow> {
  return {
    filename: 'kapocs-iskolak',
    sheetName: t('schools.manage.title'),
    rows,
    columns: [
      { header: t('schools.field.name'), value: (r) => r.name, width: 40 },
      { header: t('schools.field.omId'), value: (r) => r.omId, width: 10 },
      { header: t('schools.field.place'), value: (r) => `${r.placeName} (${r.placeCounty})`, width: 28 },
      { header: t('schools.field.address'), value: (r) => r.address, width: 30 },
      { header: t('schools.field.email'), value: (r) => r.email, width: 28 },
      { header: t('schools.field.phone'), value: (r) => r.phone },
      { header: t('schools.field.coordinator'), value: (r) => r.coordinatorNames, width: 28 },
      { header: t('schools.field.hostOrganization'), value: (r) => r.hostName, width: 30 },
      { header: t('schools.field.center'), value: (r) => r.centerName, width: 36 },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

export function studentExportTable(t: Translate, locale: Locale, schoolYear: string, rows: StudentRow[]): ExportTable<StudentRow> {
  return {
    filename: 'kapocs-iksz-diakok',
    sheetName: t('schools.students.title'),
    rows,
    columns: [
      { header: t('schools.field.studentName'), value: (r) => studentName(r), width: 30 },
      { header: t('schools.field.birthDate'), value: (r) => r.birthDate, width: 12 },
      { header: t('schools.field.className'), value: (r) => r.className },
      { header: t('schools.field.grade'), value: (r) => r.grade },
      { header: t('schools.field.track'), value: (r) => trackLabel(t, r.track), width: 16 },
      { header: t('schools.field.exemptReason'), value: (r) => (r.exemptReason ? exemptReasonLabel(t, r.exemptReason) : null), width: 30 },
      { header: t('schools.field.leftOn'), value: (r) => r.leftOn, width: 12 },
      { header: t('schools.field.agreementOf', { year: schoolYear }), value: (r) => agreementStatus(t, locale, r), width: 30 },
      { header: t('schools.field.linkedGuardians'), value: (r) => r.linkedGuardians },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

export function agreementExportTable(t: Translate, rows: AgreementRow[]): ExportTable<AgreementRow> {
  return {
    filename: 'kapocs-egyuttmukodesi-megallapodasok',
    sheetName: t('schools.agreements.title'),
    rows,
    columns: [
      { header: t('schools.field.host'), value: (r) => r.hostName, width: 36 },
      { header: t('schools.field.startsOn'), value: (r) => r.startsOn, width: 12 },
      { header: t('schools.field.endsOn'), value: (r) => r.endsOn, width: 12 },
      { header: t('schools.field.mentorName'), value: (r) => r.mentorName, width: 24 },
      { header: t('schools.field.areas'), value: (r) => r.areas.map((a) => areaLabel(t, a)).join('; '), width: 40 },
      { header: t('schools.field.schoolSignedOn'), value: (r) => r.schoolSignedOn, width: 12 },
      { header: t('schools.field.hostSignedOn'), value: (r) => r.hostSignedOn, width: 12 },
      { header: t('schools.field.expiring'), value: (r) => (r.expiring ? t('schools.yes') : t('schools.no')) },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}
