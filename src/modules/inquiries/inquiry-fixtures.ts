import type { Database } from '../../db/database.js';
import { inquiryTopicLinks } from '../../db/schema/index.js';
import { insertInquiry } from './repo.js';
import { insertTopic } from './topics-repo.js';

/**
 * Path fixtures of the inquiry log for the route matrix (test-support/personas.ts): a topic of center
 * A's own list, and an open inquiry logged at point A with that topic, not converted yet, with a
 * follow-up due, from a person who gave a name, an e-mail and a phone number.
 */
export async function createInquiryFixtures(db: Database, tenants: { centerId: string; pointId: string }): Promise<{ inquiryId: string; topicId: string }> {
  const topic = await insertTopic(db, tenants.centerId, `Fixture téma ${crypto.randomUUID().slice(0, 8)}`);
  const inquiry = await insertInquiry(db, {
    centerId: tenants.centerId,
    pointId: tenants.pointId,
    channel: 'phone',
    receivedAt: new Date(Date.now() - 3 * 86_400_000),
    askerKind: 'person',
    askerName: 'Fixture Kérdező',
    askerOrganization: null,
    askerEmail: 'fixture.kerdezo@kapocs.example',
    askerPhone: '+36 30 000 0000',
    question: 'Hogyan lehetek önkéntes?',
    answer: null,
    answerByEmail: false,
    status: 'open',
    staffUserId: null,
    followUpOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    followUpDoneAt: null,
    createdBy: null,
  });
  await db.insert(inquiryTopicLinks).values({ inquiryId: inquiry.id, topicId: topic.id });
  return { inquiryId: inquiry.id, topicId: topic.id };
}
