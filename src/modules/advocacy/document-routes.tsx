import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { csrfCookieName, csrfFieldName, csrfHeaderName, isValidCsrfToken } from '../../platform/csrf.js';
import { BadRequestError } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/export.js';
import { CsrfError } from '../../platform/http-hooks.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { FieldValidationError } from '../../platform/validation.js';
import { sendActionPage } from './action-routes.js';
import { actionCenter, getAction } from './actions-service.js';
import { deleteDocument, downloadDocument, getDocumentInfo, type UploadedFile, uploadDocument } from './documents-service.js';
import { actionIdParam, documentIdParam, maxDocumentBytes } from './schema.js';
import { advocacyAccess } from './stakeholder-routes.js';
import { ConfirmPage } from './views/confirm-pages.js';

/**
 * The upload's CSRF check is made here, not in the shared preHandler: a multipart body is read only by
 * the handler. The token must come before the file (the form puts it first) or in the header, so no
 * byte of the file is read for a forged request.
 */
const uploadAccess = { ...advocacyAccess, csrf: false } as const;

/** Reads the upload: the CSRF token, then one file (at most 10 MiB; a larger one comes back truncated). A broken body is a 400. */
async function readUpload(req: FastifyRequest, secret: string): Promise<UploadedFile | undefined> {
  try {
    return await readParts(req, secret);
  } catch (err) {
    if (err instanceof CsrfError) throw err;
    throw new BadRequestError('multipart');
  }
}

async function readParts(req: FastifyRequest, secret: string): Promise<UploadedFile | undefined> {
  const seed = req.cookies[csrfCookieName];
  let verified = isValidCsrfToken(secret, seed, req.headers[csrfHeaderName]);
  if (!req.isMultipart()) {
    const body = req.body as Record<string, unknown> | undefined;
    if (!verified && !isValidCsrfToken(secret, seed, body && typeof body === 'object' ? body[csrfFieldName] : undefined)) throw new CsrfError();
    return undefined;
  }
  let file: UploadedFile | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === csrfFieldName && !verified) verified = isValidCsrfToken(secret, seed, part.value);
      continue;
    }
    if (!verified) {
      part.file.resume();
      throw new CsrfError();
    }
    if (file) {
      part.file.resume();
      continue;
    }
    const content = await part.toBuffer();
    file = { fileName: part.filename, content, truncated: part.file.truncated };
  }
  if (!verified) throw new CsrfError();
  return file;
}

/** Documents of advocacy actions (issue 15): upload (multipart), download, deletion. */
export function documentRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  return async (app) => {
    // Only this plugin's routes read multipart bodies: one file, a few small fields.
    await app.register(multipart, {
      limits: { fileSize: maxDocumentBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
      throwFileSizeLimit: false,
    });

    app.post('/advocacy/actions/:advocacyActionId/documents', { config: uploadAccess }, async (req, reply) => {
      const actionId = actionIdParam(req.params);
      await actionCenter(db, req.actor, actionId);
      const file = await readUpload(req, config.secretKey);
      try {
        await uploadDocument(db, req.actor, actionId, file);
      } catch (err) {
        if (err instanceof FieldValidationError) return sendActionPage(req, reply, await getAction(db, req.actor, actionId), err.errors);
        throw err;
      }
      setFlash(reply, 'advocacy.flash.documentUploaded');
      return redirectAfterPost(req, reply, `/advocacy/actions/${actionId}`);
    });

    app.get('/advocacy/actions/:advocacyActionId/documents/:advocacyDocumentId', { config: advocacyAccess }, async (req, reply) => {
      const doc = await downloadDocument(db, req.actor, actionIdParam(req.params), documentIdParam(req.params));
      return reply
        .header('Content-Disposition', contentDisposition(doc.fileName))
        .header('Cache-Control', 'no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .type(doc.contentType)
        .send(doc.content);
    });

    app.get('/advocacy/actions/:advocacyActionId/documents/:advocacyDocumentId/delete', { config: advocacyAccess }, async (req, reply) => {
      const actionId = actionIdParam(req.params);
      const info = await getDocumentInfo(db, req.actor, actionId, documentIdParam(req.params));
      const back = `/advocacy/actions/${actionId}`;
      const body = (
        <ConfirmPage
          title={req.t('advocacy.documents.delete')}
          question={req.t('advocacy.documents.deleteQuestion', { name: info.fileName })}
          action={`${back}/documents/${info.id}/delete`}
          confirm={req.t('advocacy.documents.delete')}
          back={back}
          backLabel={req.t('advocacy.documents.backToAction')}
        />
      );
      return sendPage(req, reply, req.t('advocacy.documents.delete'), body);
    });

    app.post('/advocacy/actions/:advocacyActionId/documents/:advocacyDocumentId/delete', { config: advocacyAccess }, async (req, reply) => {
      const actionId = actionIdParam(req.params);
      await deleteDocument(db, req.actor, actionId, documentIdParam(req.params));
      setFlash(reply, 'advocacy.flash.documentDeleted');
      return redirectAfterPost(req, reply, `/advocacy/actions/${actionId}`);
    });
  };
}
