import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { ageOn } from './age-rules.js';
import { conductStatuses, healthStatuses, languageCodes } from './choices.js';
import type { ListChoice, VolunteerDetailRow } from './repo.js';

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const isLanguageCode = (code: string) => isOneOf(languageCodes, code);

/** The staff list as a spreadsheet: what is on screen plus contacts, interests and certificate statuses. */
export function volunteerExportTable(
  t: Translate,
  rows: VolunteerDetailRow[],
  lists: { causes: ListChoice[]; skills: ListChoice[] },
): ExportTable<VolunteerDetailRow> {
  const now = new Date();
  const names = (list: ListChoice[], slugs: string[]) => slugs.map((s) => list.find((c) => c.slug === s)?.nameHu ?? s).join(', ');
  return {
    filename: 'kapocs-onkentesek',
    sheetName: t('volunteers.list.title'),
    rows,
    columns: [
      { header: t('volunteers.field.familyName'), value: (v) => v.familyName },
      { header: t('volunteers.field.givenName'), value: (v) => v.givenName },
      { header: t('volunteers.field.birthDate'), value: (v) => v.birthDate, width: 12 },
      { header: t('volunteers.list.age'), value: (v) => (v.birthDate ? ageOn(v.birthDate, now) : null), width: 8 },
      { header: t('volunteers.field.email'), value: (v) => v.email, width: 32 },
      { header: t('volunteers.field.phone'), value: (v) => v.phone },
      { header: t('volunteers.field.homePlace'), value: (v) => v.placeName },
      { header: t('volunteers.field.travelRadiusKm'), value: (v) => (v.remoteOnly ? t('volunteers.detail.remoteOnly') : v.travelRadiusKm), width: 12 },
      { header: t('volunteers.field.causes'), value: (v) => names(lists.causes, v.causes), width: 40 },
      { header: t('volunteers.field.skills'), value: (v) => names(lists.skills, v.skills), width: 40 },
      {
        header: t('volunteers.field.languages'),
        value: (v) => v.languages.map((code) => (isLanguageCode(code) ? t(`volunteers.language.${code}`) : code)).join(', '),
      },
      {
        header: t('volunteers.checks.health'),
        value: (v) => (isOneOf(healthStatuses, v.healthStatus) ? t(`volunteers.health.${v.healthStatus}`) : v.healthStatus),
      },
      { header: `${t('volunteers.checks.health')} – ${t('volunteers.list.checkedAt')}`, value: (v) => v.healthCheckedAt, width: 12 },
      {
        header: t('volunteers.checks.conduct'),
        value: (v) => (isOneOf(conductStatuses, v.conductStatus) ? t(`volunteers.conduct.${v.conductStatus}`) : v.conductStatus),
      },
      { header: `${t('volunteers.checks.conduct')} – ${t('volunteers.list.checkedAt')}`, value: (v) => v.conductCheckedAt, width: 12 },
      { header: t('volunteers.field.center'), value: (v) => [v.centerName, v.pointName].filter(Boolean).join(' – '), width: 40 },
      { header: t('volunteers.list.account'), value: (v) => t(v.userId ? 'volunteers.list.hasAccount' : 'volunteers.list.noAccount') },
      { header: t('volunteers.list.created'), value: (v) => v.createdAt, width: 18 },
      { header: 'ID', value: (v) => v.id, width: 38 },
    ],
  };
}
