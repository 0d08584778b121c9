import type { Queryable } from '../../db/database.js';
import { NotFoundError } from '../../platform/errors.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import {
  countPublicPrograms,
  findPublicPartners,
  findPublicProgram,
  findPublicProgramOpportunities,
  findPublicPrograms,
  type PublicProgramRow,
} from './public-repo.js';

/** The public face of thematic programs (PRODUCT.md §7): published programs only, no login needed. */

export type { PublicProgramRow };

export async function listPublicPrograms(db: Queryable, kind: string | undefined, params: ListParams<'name'>): Promise<Page<PublicProgramRow>> {
  const [items, total] = await Promise.all([
    findPublicPrograms(db, kind, params.dir, { limit: params.pageSize, offset: offsetOf(params) }),
    countPublicPrograms(db, kind),
  ]);
  return pageOf(items, total, params);
}

export type PublicProgram = {
  program: PublicProgramRow;
  partners: { kind: string; name: string }[];
  opportunities: Awaited<ReturnType<typeof findPublicProgramOpportunities>>;
};

/** A published program's page; anything else (a draft, a closed one, an unknown slug) is 404. */
export async function getPublicProgram(db: Queryable, slug: string | undefined): Promise<PublicProgram> {
  const program = slug ? await findPublicProgram(db, slug) : undefined;
  if (!program) throw new NotFoundError('program');
  const [partners, opportunities] = await Promise.all([findPublicPartners(db, program.id), findPublicProgramOpportunities(db, program.id)]);
  return { program, partners, opportunities };
}
