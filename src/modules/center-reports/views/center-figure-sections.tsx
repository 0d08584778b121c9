import type { ComponentChildren } from 'preact';
import { formatWholeNumber } from '../../../platform/i18n.js';
import type { Bar } from '../../../ui/bar-chart.js';
import { usePage } from '../../../ui/page-context.js';
import { monthName } from '../../reports/views/report-formats.js';
import { ageGroups } from '../../statistics/approved-hours-repo.js';
import type { CenterFigures } from '../../statistics/center-figures.js';
import { funnelSteps } from '../../statistics/funnel-repo.js';
import { monthLabel } from '../exports.js';
import { formatHours, formatReportDay, formatShare } from './figure-formats.js';
import { FigureSection } from './figure-section.js';

/** How many organizations the responsiveness table shows (the download has them all). */
export const responsivenessTopCount = 10;
/** How many settlements the page's chart and table show, most hours first (the download has them all). */
export const settlementTopCount = 15;

type Named = { key: string; label: string; minutes: number; volunteers: number };

/** Hours by month, cause or settlement: one bar per row, the table with hours and volunteers. */
function HoursSection(props: {
  id: string;
  table: 'months' | 'causes' | 'settlements';
  title: string;
  nameHeader: string;
  rows: Named[];
  layout: 'columns' | 'rows';
  children?: ComponentChildren;
}) {
  const { t, locale } = usePage();
  const top = props.rows.reduce<Named | undefined>((best, r) => (!best || r.minutes > best.minutes ? r : best), undefined);
  const empty = !props.rows.some((r) => r.minutes > 0);
  return (
    <FigureSection
      id={props.id}
      table={props.table}
      title={props.title}
      desc={top ? t('centerReports.hoursChartDesc', { name: top.label, hours: formatHours(locale, top.minutes) }) : ''}
      bars={props.rows.map((r) => ({ label: r.label, value: r.minutes, valueText: formatHours(locale, r.minutes) }))}
      layout={props.layout}
      empty={empty}
      data={{
        headers: [props.nameHeader, t('centerReports.col.hours'), t('centerReports.col.volunteers')],
        rows: props.rows.map((r) => ({ key: r.key, cells: [r.label, formatHours(locale, r.minutes), formatWholeNumber(locale, r.volunteers)] })),
      }}
    >
      {props.children}
    </FigureSection>
  );
}

export function FigureSections(props: { figures: CenterFigures; workingDays: number }) {
  const { t, locale } = usePage();
  const f = props.figures;
  const n = (x: number) => formatWholeNumber(locale, x);
  const funnelBars: Bar[] = funnelSteps.map((s) => ({ label: t(`centerReports.funnel.${s}`), value: f.funnel[s], valueText: n(f.funnel[s]) }));
  const responses = f.responsiveness;
  const shownOrganizations = [...responses.organizations]
    .sort((a, b) => b.within + b.late + b.unanswered + b.pending - (a.within + a.late + a.unanswered + a.pending))
    .slice(0, responsivenessTopCount);
  const responseKinds = ['within', 'late', 'unanswered', 'pending'] as const;
  const ageTotal = f.minors.volunteers;
  const oneYear = f.scope.from.slice(0, 4) === f.scope.to.slice(0, 4);
  return (
    <>
      <FigureSection
        id="funnel"
        table="funnel"
        title={t('centerReports.funnel.title')}
        desc={t('centerReports.funnel.chartDesc', { ...f.funnel })}
        bars={funnelBars}
        layout="columns"
        empty={f.funnel.registered === 0}
        data={{
          headers: [t('centerReports.funnel.step'), t('centerReports.col.volunteers'), t('centerReports.funnel.share')],
          rows: funnelSteps.map((s) => ({
            key: s,
            cells: [t(`centerReports.funnel.${s}`), n(f.funnel[s]), formatShare(locale, f.funnel.registered ? f.funnel[s] / f.funnel.registered : null)],
          })),
        }}
      />
      <HoursSection
        id="months"
        table="months"
        title={t('centerReports.months.title')}
        nameHeader={t('centerReports.col.month')}
        layout={f.byMonth.length > 12 ? 'rows' : 'columns'}
        rows={f.byMonth.map((m) => ({
          key: m.month,
          label: oneYear ? monthName(t, Number(m.month.slice(5)), 'short') : monthLabel(t, m.month, 'short'),
          minutes: m.minutes,
          volunteers: m.volunteers,
        }))}
      />
      <HoursSection
        id="causes"
        table="causes"
        title={t('centerReports.causes.title')}
        nameHeader={t('centerReports.col.cause')}
        layout="rows"
        rows={f.byCause.map((c) => ({ key: c.slug, label: locale === 'hu' ? c.nameHu : c.nameEn, minutes: c.minutes, volunteers: c.volunteers }))}
      />
      <HoursSection
        id="settlements"
        table="settlements"
        title={t('centerReports.settlements.title')}
        nameHeader={t('centerReports.col.settlement')}
        layout="rows"
        rows={[...f.bySettlement]
          .sort((a, b) => b.minutes - a.minutes)
          .slice(0, settlementTopCount)
          .map((s) => ({ key: String(s.placeId), label: s.name, minutes: s.minutes, volunteers: s.volunteers }))}
      >
        {f.bySettlement.length > settlementTopCount && <p>{t('centerReports.settlements.top', { count: settlementTopCount, all: f.bySettlement.length })}</p>}
      </HoursSection>
      <FigureSection
        id="responsiveness"
        table="responsiveness"
        title={t('centerReports.responsiveness.title')}
        desc={t('centerReports.responsiveness.chartDesc', { ...responses.total })}
        bars={responseKinds.map((k) => ({ label: t(`centerReports.responsiveness.${k}`), value: responses.total[k], valueText: n(responses.total[k]) }))}
        layout="columns"
        empty={responses.organizations.length === 0}
        data={{
          headers: [t('centerReports.col.organization'), ...responseKinds.map((k) => t(`centerReports.responsiveness.${k}`))],
          rows: shownOrganizations.map((o) => ({ key: o.organizationId, cells: [o.organizationName, ...responseKinds.map((k) => n(o[k]))] })),
          total: [t('centerReports.responsiveness.total'), ...responseKinds.map((k) => n(responses.total[k]))],
        }}
      >
        <p>{t('centerReports.responsiveness.intro', { days: props.workingDays })}</p>
        {responses.organizations.length > responsivenessTopCount && <p>{t('centerReports.responsiveness.top', { count: responsivenessTopCount })}</p>}
      </FigureSection>
      <FigureSection
        id="ages"
        table="ages"
        title={t('centerReports.ages.title')}
        desc={t('centerReports.ages.chartDesc', { minors: f.minors.minors })}
        bars={ageGroups.map((g) => ({ label: t(`centerReports.ageGroup.${g}`), value: f.ages[g], valueText: n(f.ages[g]) }))}
        layout="columns"
        empty={ageTotal === 0}
        data={{
          headers: [t('centerReports.col.ageGroup'), t('centerReports.col.volunteers'), t('centerReports.col.share')],
          rows: ageGroups.map((g) => ({
            key: g,
            cells: [t(`centerReports.ageGroup.${g}`), n(f.ages[g]), formatShare(locale, ageTotal ? f.ages[g] / ageTotal : null)],
          })),
        }}
      >
        {ageTotal > 0 && (
          <p>
            {t('centerReports.ages.lead', {
              volunteers: n(ageTotal),
              minors: n(f.minors.minors),
              share: formatShare(locale, f.minors.share),
              day: formatReportDay(locale, f.minors.onDay),
            })}
          </p>
        )}
      </FigureSection>
    </>
  );
}
