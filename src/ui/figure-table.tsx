/**
 * The numbers of a figure as a table beside its chart (reports, evidence packs): text cells, the
 * first cell of each row its row header, an optional totals row.
 */
export type FigureTable = { headers: string[]; rows: { key: string; cells: string[] }[]; total?: string[] };

/** Rows given as plain lists of cells, keyed by their first cell. */
export const keyedRows = (rows: string[][]): FigureTable['rows'] => rows.map((cells, i) => ({ key: `${i}:${cells[0] ?? ''}`, cells }));

export function FigureDataTable(props: { caption: string; table: FigureTable }) {
  return (
    <div class="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.table.headers.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((r) => (
            <tr key={r.key}>{r.cells.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}</tr>
          ))}
        </tbody>
        {props.table.total && (
          <tfoot>
            <tr>{props.table.total.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
