import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { RateLimitedError } from '../../platform/errors.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { FieldValidationError } from '../../platform/validation.js';
import { requirePlace } from '../places/service.js';
import { type Choice, findCenterOfCounty, findCenters } from './choices-repo.js';
import { insertInquiry } from './repo.js';
import type { AskInput } from './schema.js';

/*
 * The public "ask us" form acts for anonymous visitors, so there is no permission to check; what guards
 * it is the rate limit per address, the CSRF token every form carries, and a honeypot field.
 */

/** Questions one address may send an hour: enough for a family or an office, too few for a flood. */
export const askLimit = { limit: 5, windowSeconds: 3600 } as const;

/** Every center, for the form's choice. */
export function askCenters(db: Queryable): Promise<Choice[]> {
  return findCenters(db, 'all');
}

/** The center that answers: the chosen one, or the center of the county of the asker's settlement. */
async function answeringCenter(db: Queryable, input: AskInput): Promise<string> {
  if (input.centerId) {
    if ((await findCenters(db, [input.centerId])).length === 0) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
    return input.centerId;
  }
  const place = await requirePlace(db, 'place', input.place ?? '');
  const centerId = await findCenterOfCounty(db, place.county);
  if (!centerId) throw new FieldValidationError({ place: { key: 'inquiries.error.noCenterInCounty', params: { county: place.county } } });
  return centerId;
}

/**
 * A visitor's question becomes an open inquiry of the answering center (channel `online_form`), for
 * its staff to answer — by e-mail if the visitor asked so. A filled-in honeypot is a robot: it is told
 * the same "thank you", and nothing is stored.
 */
export async function submitQuestion(db: Database, input: AskInput, origin: { ip: string }, now = new Date()): Promise<void> {
  const limit = await hitRateLimit(db, `inquiries.ask:${origin.ip}`, askLimit.limit, askLimit.windowSeconds);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
  if (input.website) return;
  const centerId = await answeringCenter(db, input);
  await db.transaction(async (tx) => {
    const row = await insertInquiry(tx, {
      centerId,
      pointId: null,
      channel: 'online_form',
      receivedAt: now,
      askerKind: input.name || input.email ? 'person' : 'anonymous',
      askerName: input.name,
      askerOrganization: null,
      askerEmail: input.email,
      askerPhone: null,
      question: input.question,
      answer: null,
      answerByEmail: input.answerByEmail,
      status: 'open',
      staffUserId: null,
      followUpOn: null,
      followUpDoneAt: null,
      createdBy: null,
    });
    await recordAudit(tx, { actorUserId: null, centerId, action: 'create', entityType: 'inquiry', entityId: row.id, after: row });
  });
}
