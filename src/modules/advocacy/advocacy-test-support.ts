import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '../../db/database.js';
import { auditLog } from '../../db/schema/index.js';
import { csrfCookieName } from '../../platform/csrf.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import type { TestClient } from '../../test-support/test-client.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';

/**
 * A center with its admin and coordinator, a point coordinator of it, a volunteer, a host organization's
 * member, the coordinator of another center and a national admin, each with a browser.
 */
export async function advocacyScene(t: TestApp) {
  const center = await createCenter(t.db);
  const point = await createPoint(t.db, center.id);
  const otherCenter = await createCenter(t.db);
  const [admin, coordinator, pointCoordinator, foreignCoordinator, nationalAdmin, volunteer] = await Promise.all([
    staffMember(t, [{ role: 'center_admin', centerId: center.id }], { familyName: 'Admin', givenName: 'Anna' }),
    staffMember(t, [{ role: 'center_coordinator', centerId: center.id }], { familyName: 'Koordinátor', givenName: 'Kata' }),
    staffMember(t, [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }]),
    staffMember(t, [{ role: 'center_coordinator', centerId: otherCenter.id }]),
    staffMember(t, [{ role: 'national_admin' }]),
    staffMember(t, [{ role: 'volunteer' }]),
  ]);
  const orgMember = await staffMember(t, [{ role: 'volunteer' }]);
  await createOrganization(t.db, center.id, { memberUserIds: [orgMember.user.id] });
  return { center, point, otherCenter, admin, coordinator, pointCoordinator, foreignCoordinator, nationalAdmin, volunteer, orgMember };
}
export type AdvocacyScene = Awaited<ReturnType<typeof advocacyScene>>;

/** The id at the end of a redirect to a record's page. */
export const idFrom = (location: unknown) => String(location).split('/').pop() as string;

export const stakeholderForm = (over: Record<string, string> = {}) => ({
  kind: 'municipality',
  name: 'Példafalva Község Önkormányzata',
  place: 'Kecskemét',
  tags: 'oktatás, Ifjúság',
  notes: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  contactLegalBasis: '',
  ...over,
});

export const actionForm = (over: Record<string, string | string[]> = {}) => ({
  kind: 'meeting',
  title: 'Egyeztetés a polgármesterrel',
  goal: 'Önkéntes Pont a könyvtárban',
  heldOn: '2026-11-24',
  place: 'Kecskemét',
  outcome: '',
  followUp: '',
  followUpOn: '',
  ...over,
});

export function auditOf(db: Database, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
}

/** A multipart/form-data body: the fields first (as the upload form sends the CSRF token), then the file. */
export function multipartBody(fields: Record<string, string>, file?: { name: string; content: Buffer; type?: string }) {
  const boundary = '----kapocs-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a file as the client's browser would (the CSRF token from the page; `null` sends none). */
export async function upload(
  t: TestApp,
  client: TestClient,
  actionId: string,
  file: { name: string; content: Buffer } | undefined,
  csrf: string | null = client.csrfToken(),
): Promise<LightMyRequestResponse> {
  const body = multipartBody(csrf === null ? {} : { _csrf: csrf }, file);
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  if (!client.cookies.has(csrfCookieName)) throw new Error('no csrf cookie');
  return t.app.inject({
    method: 'POST',
    url: `/advocacy/actions/${actionId}/documents`,
    payload: body.payload,
    headers: { 'content-type': body.contentType, cookie },
  });
}
