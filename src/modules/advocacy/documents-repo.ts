import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { advocacyDocuments } from '../../db/schema/index.js';

/** A document without its content (the action page's list, the audit trail). */
export type DocumentInfo = { id: string; actionId: string; fileName: string; contentType: string; sizeBytes: number; uploadedAt: Date };

const infoColumns = {
  id: advocacyDocuments.id,
  actionId: advocacyDocuments.actionId,
  fileName: advocacyDocuments.fileName,
  contentType: advocacyDocuments.contentType,
  sizeBytes: advocacyDocuments.sizeBytes,
  uploadedAt: advocacyDocuments.uploadedAt,
};

export function findDocumentsOf(db: Queryable, actionId: string): Promise<DocumentInfo[]> {
  return db.select(infoColumns).from(advocacyDocuments).where(eq(advocacyDocuments.actionId, actionId)).orderBy(desc(advocacyDocuments.uploadedAt));
}

export async function findDocumentInfo(db: Queryable, id: string): Promise<DocumentInfo | undefined> {
  const [row] = await db.select(infoColumns).from(advocacyDocuments).where(eq(advocacyDocuments.id, id));
  return row;
}

export async function findDocumentContent(db: Queryable, id: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ content: advocacyDocuments.content }).from(advocacyDocuments).where(eq(advocacyDocuments.id, id));
  return row ? Buffer.from(row.content) : undefined;
}

export async function insertDocument(
  db: Queryable,
  values: { actionId: string; fileName: string; contentType: string; content: Buffer; uploadedBy: string | null },
): Promise<DocumentInfo> {
  const [row] = await db
    .insert(advocacyDocuments)
    .values({ ...values, sizeBytes: values.content.length })
    .returning(infoColumns);
  if (!row) throw new Error('document insert returned nothing');
  return row;
}

export async function deleteDocumentRow(db: Queryable, id: string): Promise<void> {
  await db.delete(advocacyDocuments).where(eq(advocacyDocuments.id, id));
}
