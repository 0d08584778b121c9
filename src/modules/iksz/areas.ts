/**
 * The areas of school community service, 20/2012. (VIII. 31.) EMMI rendelet 133. § (2) a)–h)
 * (HUNGARY.md §2.2). Labels are i18n keys `iksz.area.<code>`.
 */
export const ikszAreas = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
export type IkszArea = (typeof ikszAreas)[number];

export const ikszAreaSection = '20/2012. (VIII. 31.) EMMI rendelet 133. § (2)';

export function isIkszArea(value: string): value is IkszArea {
  return (ikszAreas as readonly string[]).includes(value);
}
