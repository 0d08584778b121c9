import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { ActionRow } from './actions-repo.js';
import type { StakeholderRow } from './stakeholders-repo.js';
import { actionKindLabel, legalBasisLabel, ownerText, placeText, stakeholderKindLabel } from './views/labels.js';

/** The stakeholder list as a spreadsheet, with the contact and its legal basis. */
export function stakeholderExportTable(t: Translate, rows: StakeholderRow[]): ExportTable<StakeholderRow> {
  return {
    filename: 'kapocs-erdekelt-felek',
    sheetName: t('advocacy.stakeholders.title'),
    rows,
    columns: [
      { header: t('advocacy.field.name'), value: (r) => r.name, width: 40 },
      { header: t('advocacy.field.stakeholderKind'), value: (r) => stakeholderKindLabel(t, r.kind), width: 20 },
      { header: t('advocacy.field.place'), value: (r) => placeText(r), width: 30 },
      { header: t('advocacy.field.owner'), value: (r) => ownerText(r), width: 24 },
      { header: t('advocacy.field.tags'), value: (r) => r.tags.join(', '), width: 30 },
      { header: t('advocacy.field.contactName'), value: (r) => r.contactName, width: 24 },
      { header: t('advocacy.field.contactEmail'), value: (r) => r.contactEmail, width: 30 },
      { header: t('advocacy.field.contactPhone'), value: (r) => r.contactPhone },
      { header: t('advocacy.field.contactLegalBasis'), value: (r) => (r.contactLegalBasis ? legalBasisLabel(t, r.contactLegalBasis) : null), width: 24 },
      { header: t('advocacy.field.notes'), value: (r) => r.notes, width: 50 },
      { header: t('advocacy.field.center'), value: (r) => r.centerName, width: 36 },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

/** The action list as a spreadsheet. */
export function actionExportTable(t: Translate, rows: ActionRow[]): ExportTable<ActionRow> {
  return {
    filename: 'kapocs-erdekervenyesites',
    sheetName: t('advocacy.actions.title'),
    rows,
    columns: [
      { header: t('advocacy.field.heldOn'), value: (r) => r.heldOn, width: 12 },
      { header: t('advocacy.field.actionKind'), value: (r) => actionKindLabel(t, r.kind), width: 20 },
      { header: t('advocacy.field.title'), value: (r) => r.title, width: 40 },
      { header: t('advocacy.field.goal'), value: (r) => r.goal, width: 50 },
      { header: t('advocacy.field.place'), value: (r) => placeText(r), width: 30 },
      { header: t('advocacy.field.stakeholders'), value: (r) => r.stakeholderNames, width: 40 },
      { header: t('advocacy.field.outcome'), value: (r) => r.outcome, width: 50 },
      { header: t('advocacy.field.followUp'), value: (r) => r.followUp, width: 40 },
      { header: t('advocacy.field.followUpOn'), value: (r) => r.followUpOn, width: 12 },
      { header: t('advocacy.field.center'), value: (r) => r.centerName, width: 36 },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}
