import { usePage } from '../../../ui/page-context.js';
import type { ActionRow } from '../actions-repo.js';
import { actionKindLabel, dayText, placeText } from './labels.js';

/** A timeline of actions (newest first) as a table, or the empty text. */
export function ActionTimeline(props: { actions: ActionRow[]; caption: string; emptyText: string }) {
  const { t, locale } = usePage();
  if (props.actions.length === 0) return <p>{props.emptyText}</p>;
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('advocacy.field.heldOn')}</th>
          <th scope="col">{t('advocacy.field.title')}</th>
          <th scope="col">{t('advocacy.field.actionKind')}</th>
          <th scope="col">{t('advocacy.field.place')}</th>
          <th scope="col">{t('advocacy.field.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {props.actions.map((a) => (
          <tr key={a.id}>
            <td>{dayText(locale, a.heldOn)}</td>
            <th scope="row">
              <a href={`/advocacy/actions/${a.id}`}>{a.title}</a>
            </th>
            <td>{actionKindLabel(t, a.kind)}</td>
            <td>{placeText(a) ?? '–'}</td>
            <td>{a.outcome ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
