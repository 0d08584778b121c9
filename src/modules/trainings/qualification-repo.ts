import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { trainingCourses } from '../../db/schema/index.js';

/** The published courses that grant a qualification, in Hungarian title order (a short list: a center has dozens). */
export function publishedQualificationCourses(db: Queryable): Promise<{ id: string; slug: string; title: string; qualificationName: string }[]> {
  return db
    .select({
      id: trainingCourses.id,
      slug: trainingCourses.slug,
      title: trainingCourses.title,
      qualificationName: sql<string>`${trainingCourses.qualificationName}`,
    })
    .from(trainingCourses)
    .where(and(eq(trainingCourses.status, 'published'), isNotNull(trainingCourses.qualificationName)))
    .orderBy(sql`${trainingCourses.sortKey} collate "C"`, trainingCourses.slug);
}
