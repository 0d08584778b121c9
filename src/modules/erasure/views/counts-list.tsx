import { Fragment } from 'preact';
import { usePage } from '../../../ui/page-context.js';
import type { RecordCounts } from '../repo.js';

/** The records an erasure touches, counted; shared by the volunteer's page and the center's detail page. */
export function CountsList({ counts }: { counts: RecordCounts }) {
  const { t } = usePage();
  const rows = [
    [t('erasure.count.placements'), counts.placements],
    [t('erasure.count.hourEntries'), counts.hourEntries],
    [t('erasure.count.certificates'), counts.certificates],
    [t('erasure.count.contracts'), counts.contracts],
    [t('erasure.count.registerEntries'), counts.registerEntries],
  ] as const;
  return (
    <dl class="details">
      {rows.map(([label, n]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
