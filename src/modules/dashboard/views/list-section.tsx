import type { ComponentChildren } from 'preact';

/** A dashboard list under its heading: a handful of rows, or its empty state. */
export function ListSection<T extends { id: string }>(props: {
  heading: string;
  headingId?: string;
  rows: T[];
  emptyText: string;
  item: (row: T) => ComponentChildren;
}) {
  return (
    <>
      <h3 id={props.headingId}>{props.heading}</h3>
      {props.rows.length === 0 ? (
        <p class="empty-state">{props.emptyText}</p>
      ) : (
        <ul>
          {props.rows.map((row) => (
            <li key={row.id}>{props.item(row)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
