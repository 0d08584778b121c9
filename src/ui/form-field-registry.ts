/** A form control as rendered: the field name it posts, the id to link to, and its visible label. */
export type RecordedField = { name: string; id: string; label: string };

/**
 * Collects the form controls of one render, so an error summary can link each invalid field to its
 * control by label. A page is rendered once; only when an error summary with errors appeared in it
 * is it rendered a second time with the first render's registry as `previous`, and the summary then
 * lists the fields in form order. Views record their controls through `useRecordField`.
 */
export class FormFieldRegistry {
  private readonly fields: RecordedField[] = [];
  /** For each error summary in render order: how many fields were recorded before it. */
  private readonly summaryPositions: number[] = [];

  constructor(private readonly previous?: FormFieldRegistry) {}

  record(field: RecordedField): void {
    this.fields.push(field);
  }

  /**
   * Called by an error summary that shows errors. Returns the controls known from the first render,
   * starting with those after this summary (its own form), or undefined in the first render.
   */
  fieldsForSummary(): RecordedField[] | undefined {
    const index = this.summaryPositions.length;
    this.summaryPositions.push(this.fields.length);
    if (!this.previous) return undefined;
    const position = this.previous.summaryPositions[index] ?? 0;
    return [...this.previous.fields.slice(position), ...this.previous.fields.slice(0, position)];
  }

  /** True after a first render that showed an error summary: render again with this as `previous`. */
  get needsSecondRender(): boolean {
    return !this.previous && this.summaryPositions.length > 0;
  }
}
