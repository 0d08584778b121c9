import { formatDate, formatWholeNumber, type MessageKey, type Translate, translator } from '../../platform/i18n.js';
import { formatDayHu } from '../certificates/certificate-text.js';
import { type Shown, shownText } from '../statistics/small-numbers.js';
import type { AnnualReportContent } from './figures.js';

/**
 * The annual report as a neutral document (sections of headings, paragraphs, tables and one chart),
 * which the PDF and the XLSX builders both draw, so the two files always say the same. The report
 * is a Hungarian document whoever requests it.
 */
export type DocCell = { text: string; value: string | number | null };
export type DocTable = { caption: string; header: string[]; rows: DocCell[][] };
export type DocChart = { title: string; alt: string; bars: { label: string; value: number; valueText: string }[] };
export type DocSection = { key: string; heading: string; paragraphs: string[]; tables: DocTable[]; chart?: DocChart };
export type ReportDocument = { title: string; notes: string[]; sections: DocSection[] };

const t: Translate = translator('hu');
const hourFormat = new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 1 });
const forintFormat = new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 2 });

/** Whole forints, Hungarian style: 1234567 → "1 234 567 Ft" (non-breaking spaces). */
export const forintText = (ft: number) => t('annualReport.doc.money', { amount: formatWholeNumber('hu', ft) });
const hours = (minutes: number) => Math.round(minutes / 6) / 10;
const hoursText = (minutes: number) => t('annualReport.doc.hoursAmount', { hours: hourFormat.format(hours(minutes)) });

const count = (n: number): DocCell => ({ text: formatWholeNumber('hu', n), value: n });
const text = (s: string): DocCell => ({ text: s, value: s });
const shownCount = (s: Shown): DocCell => ({ text: shownText(s, (n) => formatWholeNumber('hu', n)), value: s.suppressed ? shownText(s, String) : s.value });
const shownHours = (s: Shown): DocCell => ({ text: shownText(s, hoursText), value: s.suppressed ? shownText(s, String) : hours(s.value) });
const key = (k: string) => t(k as MessageKey);
const monthAbbreviations = ['jan.', 'febr.', 'márc.', 'ápr.', 'máj.', 'jún.', 'júl.', 'aug.', 'szept.', 'okt.', 'nov.', 'dec.'];
const monthNames = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];

function brokering(c: AnnualReportContent): DocSection[] {
  const b = c.brokering;
  if (!b) return [];
  const figure = (label: MessageKey, cell: DocCell) => [text(t(label)), cell];
  const section: DocSection = {
    key: 'brokering',
    heading: t('annualReport.step.brokering'),
    paragraphs: [],
    tables: [
      {
        caption: t('annualReport.step.brokering'),
        header: [t('annualReport.doc.figure'), t('annualReport.doc.value')],
        rows: [
          figure('annualReport.doc.hours', shownHours(b.minutes)),
          figure('annualReport.doc.volunteers', shownCount(b.volunteers)),
          figure('annualReport.doc.organizations', count(b.organizations)),
          figure('annualReport.doc.placements', count(b.placements)),
          figure('annualReport.doc.registered', count(b.funnel.registered)),
          figure('annualReport.doc.applied', count(b.funnel.applied)),
          figure('annualReport.doc.placed', count(b.funnel.placed)),
        ],
      },
      {
        caption: t('annualReport.doc.hoursByMonth'),
        header: [t('annualReport.doc.month'), t('annualReport.doc.hours')],
        rows: b.byMonth.map((m) => [text(monthNames[Number(m.month.slice(5, 7)) - 1] ?? m.month), { text: hoursText(m.minutes), value: hours(m.minutes) }]),
      },
    ],
    chart: {
      title: t('annualReport.doc.hoursByMonth'),
      alt: t('annualReport.doc.chartAlt', { year: c.year }),
      bars: b.byMonth.map((m) => ({
        label: monthAbbreviations[Number(m.month.slice(5, 7)) - 1] ?? m.month,
        value: m.minutes,
        valueText: hoursText(m.minutes),
      })),
    },
  };
  if (b.byCause.length)
    section.tables.push({
      caption: t('annualReport.doc.cause'),
      header: [t('annualReport.doc.cause'), t('annualReport.doc.hours'), t('annualReport.doc.volunteers')],
      rows: b.byCause.map((r) => [text(r.nameHu), shownHours(r.shownMinutes), shownCount(r.shownVolunteers)]),
    });
  if (b.ages.length)
    section.tables.push({
      caption: t('annualReport.doc.ageGroup'),
      header: [t('annualReport.doc.ageGroup'), t('annualReport.doc.volunteers')],
      rows: b.ages.map((a) => [text(key(`annualReport.age.${a.group}`)), shownCount(a.volunteers)]),
    });
  return [section];
}

function economicValue(c: AnnualReportContent): DocSection[] {
  const v = c.economicValue;
  if (!v) return [];
  const rows = v.hourValues.map((h) => [
    text(t('annualReport.doc.hourValueFrom', { date: formatDayHu(h.effectiveFrom) })),
    { text: t('annualReport.doc.money', { amount: forintFormat.format(h.hourValueFt) }), value: h.hourValueFt },
    { text: hoursText(h.minutes), value: hours(h.minutes) },
    text(h.source),
  ]);
  if (v.minutesWithoutValue > 0)
    rows.push([
      text(t('annualReport.doc.minutesWithoutValue')),
      text('–'),
      { text: hoursText(v.minutesWithoutValue), value: hours(v.minutesWithoutValue) },
      text(''),
    ]);
  return [
    {
      key: 'economicValue',
      heading: t('annualReport.doc.valueFt'),
      paragraphs: [forintText(v.valueFt), t('annualReport.doc.valueMethod')],
      tables: [
        {
          caption: t('annualReport.doc.valueFt'),
          header: [t('annualReport.doc.figure'), t('annualReport.doc.value'), t('annualReport.doc.hours'), t('annualReport.doc.source')],
          rows: [[text(t('annualReport.doc.total')), { text: forintText(v.valueFt), value: v.valueFt }, text(''), text('')], ...rows],
        },
      ],
    },
  ];
}

function information(c: AnnualReportContent): DocSection[] {
  const i = c.information;
  if (!i) return [];
  const tables: DocTable[] = [];
  if (i.byChannel.length)
    tables.push({
      caption: t('annualReport.doc.inquiriesByChannel'),
      header: [t('annualReport.doc.channel'), t('annualReport.doc.count')],
      rows: i.byChannel.map((r) => [text(key(`inquiries.channel.${r.key}`)), count(r.count)]),
    });
  if (i.byTopic.length)
    tables.push({
      caption: t('annualReport.doc.inquiriesByTopic'),
      header: [t('annualReport.doc.topic'), t('annualReport.doc.count')],
      rows: i.byTopic.map((r) => [text(r.key), count(r.count)]),
    });
  if (i.articles.length)
    tables.push({
      caption: t('annualReport.doc.articles'),
      header: [t('annualReport.doc.articleTitle'), t('annualReport.doc.published')],
      rows: i.articles.map((a) => [text(a.title), text(formatDate('hu', a.publishedAt))]),
    });
  return [{ key: 'information', heading: t('annualReport.step.information'), paragraphs: [], tables }];
}

function trainings(c: AnnualReportContent): DocSection[] {
  const tr = c.trainings;
  if (!tr) return [];
  const rows = tr.courses.map((r) => [text(r.title), count(r.sessions), count(r.completed)]);
  rows.push([text(t('annualReport.doc.total')), count(tr.sessions), count(tr.completed)]);
  const header = [t('annualReport.doc.course'), t('annualReport.doc.sessions'), t('annualReport.doc.completed')];
  return [
    { key: 'trainings', heading: t('annualReport.step.trainings'), paragraphs: [], tables: [{ caption: t('annualReport.step.trainings'), header, rows }] },
  ];
}

function promotion(c: AnnualReportContent): DocSection[] {
  const p = c.promotion;
  if (!p) return [];
  const rows = [
    [text(t('annualReport.doc.opportunitiesPublished')), count(p.opportunitiesPublished)],
    [text(t('annualReport.doc.organizationsApproved')), count(p.organizationsApproved)],
  ];
  const header = [t('annualReport.doc.figure'), t('annualReport.doc.count')];
  return [
    { key: 'promotion', heading: t('annualReport.step.promotion'), paragraphs: [], tables: [{ caption: t('annualReport.step.promotion'), header, rows }] },
  ];
}

function advocacy(c: AnnualReportContent): DocSection[] {
  const a = c.advocacy;
  if (!a) return [];
  const rows = a.byKind.map((k) => [text(key(`advocacy.actionKind.${k.kind}`)), count(k.actions), count(k.withOutcome)]);
  rows.push([text(t('annualReport.doc.total')), count(a.actions), count(a.withOutcome)]);
  return [
    {
      key: 'advocacy',
      heading: t('annualReport.step.advocacy'),
      paragraphs: [`${t('annualReport.doc.stakeholders')}: ${formatWholeNumber('hu', a.stakeholders)}`],
      tables: [
        {
          caption: t('annualReport.step.advocacy'),
          header: [t('annualReport.doc.actionKind'), t('annualReport.doc.actions'), t('annualReport.doc.withOutcome')],
          rows,
        },
      ],
    },
  ];
}

function points(c: AnnualReportContent): DocSection[] {
  const p = c.points;
  if (!p) return [];
  const tables: DocTable[] = [
    {
      caption: t('annualReport.doc.points'),
      header: [t('annualReport.doc.pointStatus'), t('annualReport.doc.points')],
      rows: p.byStatus.map((s) => [text(key(`points.status.${s.key}`)), count(s.count)]),
    },
  ];
  if (p.activated.length)
    tables.push({
      caption: t('annualReport.doc.activated'),
      header: [t('annualReport.doc.point'), t('annualReport.doc.since')],
      rows: p.activated.map((a) => [text(a.name), { text: formatDayHu(a.on), value: a.on }]),
    });
  return [{ key: 'points', heading: t('annualReport.step.points'), paragraphs: [], tables }];
}

function topStories(c: AnnualReportContent): DocSection[] {
  const s = c.topStories;
  if (!s) return [];
  const tables: DocTable[] = [];
  if (s.opportunities.length)
    tables.push({
      caption: t('annualReport.doc.topOpportunities'),
      header: [t('annualReport.doc.opportunity'), t('annualReport.doc.organization'), t('annualReport.doc.volunteers'), t('annualReport.doc.hours')],
      rows: s.opportunities.map((o) => [text(o.title), text(o.organization), shownCount(o.volunteers), shownHours(o.minutes)]),
    });
  if (s.actions.length)
    tables.push({
      caption: t('annualReport.doc.outcomes'),
      header: [t('annualReport.doc.action'), t('annualReport.doc.actionKind'), t('annualReport.doc.heldOn'), t('annualReport.doc.outcome')],
      rows: s.actions.map((a) => [
        text(a.title),
        text(key(`advocacy.actionKind.${a.kind}`)),
        { text: formatDayHu(a.heldOn), value: a.heldOn },
        text(a.outcome),
      ]),
    });
  return [{ key: 'topStories', heading: t('annualReport.step.topStories'), paragraphs: [], tables }];
}

export function reportDocumentOf(content: AnnualReportContent, madeAt: Date): ReportDocument {
  const sections = [brokering, economicValue, information, trainings, promotion, advocacy, points, topStories].flatMap((part) => part(content));
  const notes = [t('annualReport.doc.made', { date: formatDate('hu', madeAt) })];
  notes.push(sections.length ? t('annualReport.doc.smallNumbers') : t('annualReport.doc.empty'));
  return { title: t('annualReport.doc.title', { center: content.centerName, year: content.year }), notes, sections };
}
