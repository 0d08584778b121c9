import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { appMeta } from '../../db/schema/index.js';
import { insertTopic, nationalTopicNames } from './topics-repo.js';

/**
 * The national topics every center's inquiry log starts with (issue 14): what people ask a Volunteer
 * Center about most, after the center's minimum services (PRODUCT.md §2) and the law (HUNGARY.md).
 * Centers add their own next to them; national admins rename or archive these.
 */
export const starterTopics = [
  'Önkéntes lehetőségek',
  'Önkéntes szerződés',
  'Fogadó szervezetté válás',
  'Kiskorú önkéntesek',
  'Iskolai közösségi szolgálat (IKSZ)',
  'Biztosítás és felelősség',
  'Juttatások és költségtérítés',
  'Képzések',
  'Adatvédelem',
  'Önkéntesprogram indítása',
  'Egyéb',
];

/** Adds the starter topics not on the national list yet (by name); returns how many. */
export async function addMissingStarterTopics(db: Queryable): Promise<number> {
  const taken = await nationalTopicNames(db);
  const missing = starterTopics.filter((name) => !taken.has(name.toLowerCase()));
  for (const name of missing) await insertTopic(db, null, name);
  return missing.length;
}

/** Raised when a new set of starter topics should reach databases that loaded an earlier one. */
const starterSet = '1';
const markerKey = 'inquiry_starter_topics';

/**
 * Loads the starter topics as national topics, once per database (production too: the managed list
 * is part of the product). A topic whose name is taken is left as it is; once loaded, the national
 * admins own the list, and a later start never brings back one they archived or renamed.
 */
export async function loadStarterTopics(db: Database, now = new Date()): Promise<number> {
  const [marker] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, markerKey));
  if (marker?.value === starterSet) return 0;
  return db.transaction(async (tx) => {
    const added = await addMissingStarterTopics(tx);
    await tx
      .insert(appMeta)
      .values({ key: markerKey, value: starterSet })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: starterSet, updatedAt: now } });
    return added;
  });
}
