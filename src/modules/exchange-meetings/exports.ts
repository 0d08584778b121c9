import { budapestDay } from '../../platform/budapest-time.js';
import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { FollowUpRow } from './follow-ups-repo.js';
import { attendanceKey } from './meeting-text.js';
import type { OrganizationMeetingRow } from './participants-service.js';
import type { MeetingListRow } from './repo.js';

/** The staff list of meetings as a spreadsheet: the columns on screen and the center. */
export function meetingExportTable(t: Translate, rows: MeetingListRow[]): ExportTable<MeetingListRow> {
  return {
    filename: t('exchange.export.filename'),
    sheetName: t('exchange.export.sheet'),
    rows,
    columns: [
      { header: t('exchange.field.heldOn'), value: (m) => m.heldOn, width: 14 },
      { header: t('exchange.field.theme'), value: (m) => m.theme, width: 40 },
      { header: t('exchange.field.place'), value: (m) => m.place, width: 30 },
      { header: t('exchange.field.center'), value: (m) => m.centerName, width: 36 },
      { header: t('exchange.field.invited'), value: (m) => m.invited, width: 12 },
      { header: t('exchange.field.attended'), value: (m) => m.attended, width: 12 },
      { header: t('exchange.field.openFollowUps'), value: (m) => m.openFollowUps, width: 14 },
      { header: t('exchange.field.overdueFollowUps'), value: (m) => m.overdueFollowUps, width: 14 },
      { header: 'ID', value: (m) => m.id, width: 38 },
    ],
  };
}

function followUpText(t: Translate, f: FollowUpRow): string {
  const status = f.doneAt ? t('exchange.followUps.doneOn', { date: budapestDay(f.doneAt) }) : t('exchange.followUps.open');
  return `${f.description} (${f.dueOn ?? '–'}; ${status})`;
}

/** An organization's meetings as a spreadsheet: one row per meeting, its follow-ups in one cell. */
export function organizationMeetingExportTable(t: Translate, today: string, rows: OrganizationMeetingRow[]): ExportTable<OrganizationMeetingRow> {
  return {
    filename: t('exchange.export.filename'),
    sheetName: t('exchange.export.sheet'),
    rows,
    columns: [
      { header: t('exchange.field.heldOn'), value: (m) => m.heldOn, width: 14 },
      { header: t('exchange.field.theme'), value: (m) => m.theme, width: 40 },
      { header: t('exchange.field.place'), value: (m) => m.place, width: 30 },
      { header: t('exchange.field.center'), value: (m) => m.centerName, width: 36 },
      {
        header: t('exchange.org.attendance'),
        value: (m) => t(attendanceKey(m, today)),
        width: 16,
      },
      { header: t('exchange.org.followUps'), value: (m) => m.followUps.map((f) => followUpText(t, f)).join('\n'), width: 60 },
    ],
  };
}
