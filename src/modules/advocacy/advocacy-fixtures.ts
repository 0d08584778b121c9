import type { Database } from '../../db/database.js';
import { advocacyActionStakeholders, advocacyActions, advocacyDocuments, stakeholders } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { pdfType } from './document-type.js';

/** The smallest file that passes the upload's PDF check. */
export const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');

/**
 * Path fixtures of local advocacy for the route matrix and hostile-input tests, all of center A:
 * stakeholderId (a municipality with a contact), advocacyActionId (a meeting with it) and advocacyDocumentId (a PDF of the meeting).
 */
export async function createAdvocacyFixtures(db: Database, base: Pick<FixtureBase, 'centerId'>): Promise<Record<string, string>> {
  const name = 'Fixture Község Önkormányzata';
  const [stakeholder] = await db
    .insert(stakeholders)
    .values({
      centerId: base.centerId,
      kind: 'municipality',
      name,
      sortKey: hungarianSortKey(name),
      contactName: 'Fixture Polgármester',
      contactEmail: 'polgarmester@fixture.example',
      contactLegalBasis: 'public_role',
    })
    .returning({ id: stakeholders.id });
  if (!stakeholder) throw new Error('fixture stakeholder missing');
  const [action] = await db
    .insert(advocacyActions)
    .values({ centerId: base.centerId, kind: 'meeting', title: 'Fixture egyeztetés', goal: 'Önkéntes pont a könyvtárban', heldOn: '2026-11-24' })
    .returning({ id: advocacyActions.id });
  if (!action) throw new Error('fixture action missing');
  await db.insert(advocacyActionStakeholders).values({ actionId: action.id, stakeholderId: stakeholder.id });
  const [document] = await db
    .insert(advocacyDocuments)
    .values({ actionId: action.id, fileName: 'emlekezteto.pdf', contentType: pdfType, sizeBytes: tinyPdf.length, content: tinyPdf })
    .returning({ id: advocacyDocuments.id });
  if (!document) throw new Error('fixture document missing');
  return { stakeholderId: stakeholder.id, advocacyActionId: action.id, advocacyDocumentId: document.id };
}
