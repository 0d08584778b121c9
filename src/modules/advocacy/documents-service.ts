import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { actionCenter } from './actions-service.js';
import { documentTypeOf, safeFileName } from './document-type.js';
import { type DocumentInfo, deleteDocumentRow, findDocumentContent, findDocumentInfo, insertDocument } from './documents-repo.js';
import { maxDocumentBytes } from './schema.js';

/**
 * Documents of advocacy actions (issue 15): PDF or DOCX, at most 10 MiB, checked by their content;
 * kept in the database, so the backups include them. Upload, download and deletion follow the
 * action's center; uploads and deletions are audited (the name and size, never the content).
 */

export type UploadedFile = { fileName: string; content: Buffer; truncated: boolean };

export async function uploadDocument(db: Database, actor: Actor | null, actionId: string, file: UploadedFile | undefined): Promise<DocumentInfo> {
  const { a, centerId } = await actionCenter(db, actor, actionId);
  if (!file || file.content.length === 0) throw new FieldValidationError({ file: { key: 'advocacy.error.fileMissing' } });
  if (file.truncated || file.content.length > maxDocumentBytes) throw new FieldValidationError({ file: { key: 'advocacy.error.fileTooLarge' } });
  const contentType = documentTypeOf(file.content);
  if (!contentType) throw new FieldValidationError({ file: { key: 'advocacy.error.fileType' } });
  const fileName = safeFileName(file.fileName, contentType);
  return db.transaction(async (tx) => {
    const info = await insertDocument(tx, { actionId, fileName, contentType, content: file.content, uploadedBy: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'advocacy.document.upload',
      entityType: 'advocacy_document',
      entityId: info.id,
      after: info,
    });
    return info;
  });
}

/** The document of the action (404 when it is another action's or out of reach). */
async function documentOf(db: Queryable, actor: Actor | null, actionId: string, documentId: string) {
  const access = await actionCenter(db, actor, actionId);
  const info = await findDocumentInfo(db, documentId);
  if (!info || info.actionId !== actionId) throw new NotFoundError('document');
  return { ...access, info };
}

export async function getDocumentInfo(db: Queryable, actor: Actor | null, actionId: string, documentId: string): Promise<DocumentInfo> {
  return (await documentOf(db, actor, actionId, documentId)).info;
}

export async function downloadDocument(db: Queryable, actor: Actor | null, actionId: string, documentId: string): Promise<DocumentInfo & { content: Buffer }> {
  const { info } = await documentOf(db, actor, actionId, documentId);
  const content = await findDocumentContent(db, documentId);
  if (!content) throw new NotFoundError('document');
  return { ...info, content };
}

export async function deleteDocument(db: Database, actor: Actor | null, actionId: string, documentId: string): Promise<void> {
  const { a, centerId, info } = await documentOf(db, actor, actionId, documentId);
  await db.transaction(async (tx) => {
    await deleteDocumentRow(tx, documentId);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'advocacy.document.delete',
      entityType: 'advocacy_document',
      entityId: documentId,
      before: info,
    });
  });
}
