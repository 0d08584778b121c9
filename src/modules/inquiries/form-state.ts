import type { Actor } from '../../platform/authz.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { postedValues } from '../../platform/form-fields.js';
import type { InquiryDetail } from './service.js';
import type { InquiryFormValues } from './views/inquiry-fields.js';

/** A new inquiry starts as a phone call from a person, received now, answered by the one who logs it. */
export function newInquiryValues(actor: Actor | null, centerId: string, now = new Date()): InquiryFormValues {
  return {
    text: { centerId, channel: 'phone', receivedAt: toBudapestLocal(now), askerKind: 'person', status: 'open', staffUserId: actor?.userId ?? '' },
    topicIds: [],
  };
}

const on = (b: boolean) => (b ? 'on' : '');

/** A stored inquiry as the form shows it. */
export function storedInquiryValues({ row, topicIds, articles }: InquiryDetail): InquiryFormValues {
  return {
    text: {
      centerId: row.centerId,
      pointId: row.pointId ?? '',
      channel: row.channel,
      receivedAt: toBudapestLocal(row.receivedAt),
      askerKind: row.askerKind,
      askerName: row.askerName ?? '',
      askerOrganization: row.askerOrganization ?? '',
      askerEmail: row.askerEmail ?? '',
      askerPhone: row.askerPhone ?? '',
      answerByEmail: on(row.answerByEmail),
      question: row.question,
      answer: row.answer ?? '',
      articles: articles.map((a) => a.slug).join('\n'),
      staffUserId: row.staffUserId ?? '',
      followUpOn: row.followUpOn ?? '',
      followUpDone: on(row.followUpDoneAt !== null),
      status: row.status,
    },
    topicIds,
  };
}

/** The posted form as typed, to show it again with its errors. */
export function postedInquiryValues(body: unknown): InquiryFormValues {
  const topics = (body as Record<string, unknown> | undefined)?.topicIds;
  return {
    text: postedValues(body),
    topicIds: (Array.isArray(topics) ? topics : [topics]).filter((x): x is string => typeof x === 'string').slice(0, 50),
  };
}
