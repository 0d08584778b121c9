import type { ExportTable } from '../../platform/export.js';
import { formatPersonName, type Locale, type Translate } from '../../platform/i18n.js';
import { TaggedPdf } from '../../platform/tagged-pdf.js';
import type { EventDayRow } from './repo.js';
import { type EventDayState, type RosterLine, rosterLines } from './run-service.js';
import { timeOf } from './service.js';
import type { AssignmentReason } from './solver-types.js';
import { assignmentReasonText, dayText } from './views/labels.js';

/**
 * The published rosters: per task (each task-slot with its people) and per volunteer (each person
 * with their task-slots), as XLSX rows and as a tagged PDF (one H2 a group, a list under it).
 */
export type RosterKind = 'task' | 'volunteer';

const name = (l: RosterLine) => formatPersonName(l.volunteer.familyName, l.volunteer.givenName);
const time = (l: RosterLine) => `${timeOf(l.task.startsAt)}–${timeOf(l.task.endsAt)}`;

/** The lines in the roster's order: by task-slot then name, or by name then time. */
export function sortedLines(state: EventDayState, by: RosterKind): RosterLine[] {
  const collator = new Intl.Collator('hu');
  const byName = (a: RosterLine, b: RosterLine) =>
    collator.compare(a.volunteer.familyName, b.volunteer.familyName) || collator.compare(a.volunteer.givenName, b.volunteer.givenName);
  const byTask = (a: RosterLine, b: RosterLine) =>
    a.task.startsAt.getTime() - b.task.startsAt.getTime() || collator.compare(a.task.name, b.task.name) || a.task.id.localeCompare(b.task.id);
  return rosterLines(state).sort((a, b) => (by === 'task' ? byTask(a, b) || byName(a, b) : byName(a, b) || byTask(a, b)));
}

export function rosterTable(t: Translate, state: EventDayState, by: RosterKind): ExportTable<RosterLine> {
  const task = { header: t('eventDay.field.taskName'), value: (l: RosterLine) => l.task.name, width: 28 };
  const slot = { header: t('eventDay.field.time'), value: time, width: 14 };
  const person = { header: t('eventDay.field.volunteer'), value: name, width: 28 };
  return {
    filename: by === 'task' ? 'beosztas-feladatonkent' : 'beosztas-onkentesenkent',
    sheetName: t(by === 'task' ? 'eventDay.roster.byTask' : 'eventDay.roster.byVolunteer').slice(0, 31),
    columns: [
      ...(by === 'task' ? [task, slot, person] : [person, task, slot]),
      { header: t('eventDay.field.email'), value: (l) => l.volunteer.email ?? '', width: 30 },
      { header: t('eventDay.field.reason'), value: (l) => assignmentReasonText(t, l.assignment.reason as AssignmentReason), width: 50 },
    ],
    rows: sortedLines(state, by),
  };
}

export async function rosterPdf(t: Translate, locale: Locale, state: EventDayState, by: RosterKind, createdAt: Date): Promise<Buffer> {
  const kind = t(by === 'task' ? 'eventDay.roster.byTask' : 'eventDay.roster.byVolunteer');
  const title = t('eventDay.roster.pdfTitle', { name: state.eventDay.name, kind });
  const tagged = await TaggedPdf.create({ title, lang: locale === 'hu' ? 'hu-HU' : 'en-GB', createdAt });
  const { doc: pdf, root } = tagged;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const room = (height: number) => {
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  };
  tagged.block(root, 'H1', () => pdf.font('bold').fontSize(16).text(title, left, pdf.y, { width }));
  const where = [dayText(locale, state.eventDay.day), state.eventDay.place].filter(Boolean).join(', ');
  tagged.block(root, 'P', () => pdf.font('body').fontSize(10).text(where, left, pdf.y, { width }));
  const groups = new Map<string, RosterLine[]>();
  for (const line of sortedLines(state, by)) {
    const key = by === 'task' ? `${line.task.name} (${time(line)})` : name(line);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const [heading, lines] of groups) {
    room(60);
    pdf.moveDown(0.6);
    tagged.block(root, 'H2', () => pdf.font('bold').fontSize(12).text(heading, left, pdf.y, { width }));
    tagged.group(root, 'L', (list) => {
      for (const line of lines) {
        const text = by === 'task' ? `${name(line)}${line.volunteer.email ? `, ${line.volunteer.email}` : ''}` : `${line.task.name}: ${time(line)}`;
        room(16);
        tagged.group(list, 'LI', (li) => tagged.block(li, 'LBody', () => pdf.font('body').fontSize(10).text(`• ${text}`, left, pdf.y, { width })));
      }
    });
  }
  return tagged.finish();
}

export function eventDayExportTable(t: Translate, locale: Locale, rows: EventDayRow[]): ExportTable<EventDayRow> {
  return {
    filename: 'rendezvenynapok',
    sheetName: t('eventDay.title'),
    columns: [
      { header: t('eventDay.field.name'), value: (r) => r.name, width: 36 },
      { header: t('eventDay.field.day'), value: (r) => dayText(locale, r.day), width: 14 },
      { header: t('eventDay.field.place'), value: (r) => r.place ?? '', width: 24 },
      { header: t('eventDay.field.center'), value: (r) => r.centerName, width: 28 },
      { header: t('eventDay.field.tasks'), value: (r) => r.taskCount, width: 10 },
      { header: t('eventDay.field.volunteers'), value: (r) => r.volunteerCount, width: 10 },
      { header: t('eventDay.field.status'), value: (r) => t(`eventDay.status.${r.status as 'draft'}`), width: 14 },
    ],
    rows,
  };
}
