import type { ComponentChildren } from 'preact';
import { BarChart } from '../../../ui/bar-chart.js';
import { FigureDataTable, keyedRows } from '../../../ui/figure-table.js';
import { linkifiedText } from '../../../ui/linkified-text.js';
import { usePage } from '../../../ui/page-context.js';
import type { Shown } from '../../statistics/small-numbers.js';
import type { EvidencePack } from '../evidence-service.js';
import { evidenceTexts } from '../evidence-texts.js';

/** A section with its heading, e.g. "Önkéntesek korcsoportonként". */
function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      {props.children}
    </section>
  );
}

/** The pack's figures: key figures against the year before, age groups, top causes, months, economic value. */
export function EvidenceSections(props: { pack: EvidencePack }) {
  const { t, locale } = usePage();
  const p = props.pack;
  const x = evidenceTexts(t, locale);
  const year = p.year;
  const hourBar = (label: string, minutes: Shown) => ({ label, value: minutes.value ?? 0, valueText: x.hours(minutes) });
  return (
    <>
      {p.suppressed && <p class="warning">{t('advocacy.evidence.suppressedArea')}</p>}
      <p class="hint">{t('advocacy.evidence.smallNumbers')}</p>
      <Section id="evidence-figures" title={t('advocacy.evidence.figures.title')}>
        <FigureDataTable
          caption={t('advocacy.evidence.figures.caption', { year, previous: year - 1 })}
          table={{
            headers: [
              t('advocacy.evidence.field.figure'),
              String(year),
              String(year - 1),
              t('advocacy.evidence.field.difference'),
              t('advocacy.evidence.field.percent'),
            ],
            rows: keyedRows(
              p.trend.map((r) => [x.figureLabel(r.figure), x.figure(r.figure, r.current), x.figure(r.figure, r.previous), x.difference(r), x.percent(r)]),
            ),
          }}
        />
      </Section>
      <Section id="evidence-ages" title={t('advocacy.evidence.ages.title')}>
        <BarChart
          id="evidence-ages-chart"
          layout="rows"
          title={t('advocacy.evidence.ages.title')}
          desc={t('advocacy.evidence.chartDesc')}
          bars={p.ageGroups.map((a) => ({ label: x.ageLabel(a.group), value: a.volunteers.value ?? 0, valueText: x.count(a.volunteers) }))}
        />
        <FigureDataTable
          caption={t('advocacy.evidence.ages.caption', { year })}
          table={{
            headers: [t('advocacy.evidence.field.ageGroup'), t('advocacy.evidence.figure.volunteers')],
            rows: keyedRows(p.ageGroups.map((a) => [x.ageLabel(a.group), x.count(a.volunteers)])),
          }}
        />
      </Section>
      <Section id="evidence-causes" title={t('advocacy.evidence.causes.title')}>
        {p.causes.length === 0 ? (
          <p>{t('advocacy.evidence.causes.none')}</p>
        ) : (
          <>
            <BarChart
              id="evidence-causes-chart"
              layout="rows"
              title={t('advocacy.evidence.causes.title')}
              desc={t('advocacy.evidence.chartDesc')}
              bars={p.causes.map((c) => hourBar(c.name, c.minutes))}
            />
            <FigureDataTable
              caption={t('advocacy.evidence.causes.caption', { year })}
              table={{
                headers: [t('advocacy.evidence.field.cause'), t('advocacy.evidence.figure.volunteers'), t('advocacy.evidence.figure.minutes')],
                rows: keyedRows(p.causes.map((c) => [c.name, x.count(c.volunteers), x.hours(c.minutes)])),
              }}
            />
          </>
        )}
      </Section>
      <Section id="evidence-months" title={t('advocacy.evidence.months.title')}>
        <BarChart
          id="evidence-months-chart"
          title={t('advocacy.evidence.months.title')}
          desc={t('advocacy.evidence.chartDesc')}
          bars={p.months.map((m) => ({ label: x.monthShort(m.month), value: m.minutes.value ?? 0, valueText: x.monthBarText(m.minutes) }))}
        />
        <FigureDataTable
          caption={t('advocacy.evidence.months.caption', { year })}
          table={{
            headers: [t('advocacy.evidence.field.month'), t('advocacy.evidence.figure.volunteers'), t('advocacy.evidence.figure.minutes')],
            rows: keyedRows(p.months.map((m) => [x.monthLabel(m.month), x.count(m.volunteers), x.hours(m.minutes)])),
          }}
        />
      </Section>
      <Section id="evidence-value" title={t('advocacy.evidence.value.title')}>
        <p>
          <strong>{x.money(p.valueFt)}</strong>
        </p>
        <p>{t('advocacy.evidence.method')}</p>
        <ul>
          {p.hourValues.map((v) => (
            <li>
              {t('advocacy.evidence.value.rate', { hourValue: x.hourValue(v.hourValueFt), from: x.day(v.effectiveFrom), hours: x.hours(v.minutes) })} (
              {t('reports.value.source')}: {linkifiedText(v.source)})
            </li>
          ))}
        </ul>
        {!p.minutesWithoutValue.suppressed && (p.minutesWithoutValue.value ?? 0) > 0 && (
          <p>{t('advocacy.evidence.value.withoutValue', { hours: x.hours(p.minutesWithoutValue) })}</p>
        )}
      </Section>
    </>
  );
}
