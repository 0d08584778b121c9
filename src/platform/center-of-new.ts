/**
 * The center a new record (a program, a stakeholder, an event day…) goes to: the only one the user
 * may create in, or the one they chose among several; undefined when they still have to choose.
 */
export function centerOfNew<C extends { id: string }>(centers: C[], wanted: string | undefined): C | undefined {
  return centers.length === 1 ? centers[0] : centers.find((c) => c.id === wanted);
}
