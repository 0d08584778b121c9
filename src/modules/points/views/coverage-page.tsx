import { can } from '../../../platform/authz.js';
import type { ListParams } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { CountyShape } from '../../search/hungary-map.js';
import type { UncoveredSort } from '../coverage.js';
import type { CenterCoverage } from '../network-service.js';
import { PointsMap } from './points-map.js';

const km = (n: number | null) => (n === null ? '–' : n.toLocaleString('hu-HU', { maximumFractionDigits: 1 }));

/** Where to scout next: the county's settlements outside every active point's reach, on a table and the map. */
export function CoveragePage(props: {
  coverage: CenterCoverage;
  params: ListParams<UncoveredSort>;
  shapes: CountyShape[];
  kmForm?: { value: string; errors: FieldErrors };
}) {
  const { t, actor } = usePage();
  const c = props.coverage;
  const centerId = c.center.id;
  const number = (n: number) => n.toLocaleString('hu-HU');
  return (
    <ListPage
      title={t('points.coverage.title')}
      breadcrumb={<a href={`/admin/centers/${centerId}`}>{c.center.name}</a>}
      caption={t('points.coverage.caption', { km: c.radiusKm })}
      page={c.page}
      params={props.params}
      rowKey={(s) => s.id}
      emptyText={t('points.coverage.allCovered')}
      columns={[
        { label: t('points.field.place'), sortKey: 'name', rowHeader: true, cell: (s) => s.name },
        { label: t('points.coverage.population'), sortKey: 'population', cell: (s) => number(s.population) },
        { label: t('points.coverage.nearest'), sortKey: 'distance', cell: (s) => (s.nearestPoint ? `${s.nearestPoint} (${km(s.nearestKm)} km)` : '–') },
        {
          label: t('points.coverage.scout'),
          cell: (s) => (
            <a href={`/admin/centers/${centerId}/points/candidates/new?place=${encodeURIComponent(`${s.name} (${c.center.county})`)}`}>
              {t('points.coverage.scoutHere', { place: s.name })}
            </a>
          ),
        },
      ]}
    >
      <p>
        {t('points.coverage.summary', {
          covered: c.rows.length - c.uncovered.length,
          total: c.rows.length,
          km: c.radiusKm,
          points: c.activePoints.length,
        })}{' '}
        {t('points.coverage.outside', { people: number(c.uncoveredPopulation), all: number(c.population) })}
      </p>
      <PointsMap
        id="coverage-map"
        caption={t('points.coverage.mapCaption')}
        shapes={props.shapes}
        markers={c.activePoints.map((p) => ({
          key: p.id,
          label: `${p.name}, ${p.placeName}`,
          lat: p.lat,
          lon: p.lon,
          href: `/admin/points/${p.id}/lifecycle`,
        }))}
        dots={c.rows.map((r) => ({ lat: r.lat, lon: r.lon, covered: r.covered }))}
      />
      {can(actor, 'points.manage', { centerId }) && (
        <PostForm action={`/admin/centers/${centerId}/points/coverage`} class="toolbar">
          <ErrorSummary errors={props.kmForm?.errors} />
          <Field
            name="coverageKm"
            type="number"
            label={t('points.coverage.kmLabel')}
            required
            min={1}
            max={100}
            value={props.kmForm?.value ?? String(c.radiusKm)}
            error={props.kmForm?.errors.coverageKm}
          />
          <p>
            <button type="submit">{t('points.coverage.kmSave')}</button>
          </p>
        </PostForm>
      )}
      <p>
        <a class="button" href={`/admin/centers/${centerId}/points/candidates/new`}>
          {t('points.candidate.title')}
        </a>
        {can(actor, 'reports.center', { centerId }) && (
          <>
            {' '}
            <a class="button button-secondary" href={`/center/points/compare?center=${centerId}`}>
              {t('points.compare.title')}
            </a>
          </>
        )}
      </p>
      <h2>{t('points.coverage.uncoveredTitle')}</h2>
    </ListPage>
  );
}
