import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { postedValues } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { topicFormSchema, topicIdParam } from './schema.js';
import { addTopic, archiveTopic, getTopicToManage, renameTopic, restoreTopic, topicsPage } from './topics-service.js';
import { ArchiveTopicPage, type RenameState, TopicsPage } from './views/topics-page.js';

const managing = { access: 'permission', permission: 'inquiries.topics' } as const;

/** The page of a center's list (or the national one) after a change. */
const listUrl = (centerId: string | null) => (centerId ? `/inquiries/topics?center=${centerId}` : '/inquiries/topics');

/** The managed list of inquiry topics: add, rename, archive (after a confirmation) and restore. */
export function topicRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const render = async (
      req: FastifyRequest,
      reply: FastifyReply,
      center: string | undefined,
      state: { addValues?: Record<string, string>; addErrors?: FieldErrors; rejected?: RenameState } = {},
    ) => {
      const data = await topicsPage(db, req.actor, center);
      const failed = state.addErrors !== undefined || state.rejected !== undefined;
      return sendPage(req, reply, req.t('inquiries.topics.title'), <TopicsPage data={data} {...state} />, failed ? 422 : 200);
    };

    app.get('/inquiries/topics', { config: managing }, (req, reply) => {
      const center = (req.query as Record<string, unknown> | undefined)?.center;
      return render(req, reply, typeof center === 'string' ? center : undefined);
    });

    app.post('/inquiries/topics', { config: managing }, async (req, reply) => {
      const posted = postedValues(req.body);
      const form = parseForm(topicFormSchema, req.body);
      if (!form.ok) return render(req, reply, posted.centerId, { addValues: posted, addErrors: form.errors });
      try {
        const topic = await addTopic(db, req.actor, form.data);
        setFlash(reply, 'inquiries.flash.topicAdded');
        return redirectAfterPost(req, reply, listUrl(topic.centerId));
      } catch (err) {
        if (err instanceof FieldValidationError) return render(req, reply, posted.centerId, { addValues: posted, addErrors: err.errors });
        throw err;
      }
    });

    app.post('/inquiries/topics/:topicId', { config: managing }, async (req, reply) => {
      const topic = await getTopicToManage(db, req.actor, topicIdParam(req.params));
      const posted = postedValues(req.body);
      const rejected = (errors: FieldErrors) =>
        render(req, reply, topic.centerId ?? undefined, { rejected: { topicId: topic.id, name: posted.name ?? '', errors } });
      const form = parseForm(topicFormSchema.pick({ name: true }), req.body);
      if (!form.ok) return rejected(form.errors);
      try {
        await renameTopic(db, req.actor, topic.id, form.data.name);
      } catch (err) {
        if (err instanceof FieldValidationError) return rejected(err.errors);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, listUrl(topic.centerId));
    });

    app.get('/inquiries/topics/:topicId/archive', { config: managing }, async (req, reply) => {
      const topic = await getTopicToManage(db, req.actor, topicIdParam(req.params));
      return sendPage(req, reply, req.t('inquiries.topics.archiveTitle'), <ArchiveTopicPage topic={topic} />);
    });

    app.post('/inquiries/topics/:topicId/archive', { config: managing }, async (req, reply) => {
      const topic = await archiveTopic(db, req.actor, topicIdParam(req.params));
      setFlash(reply, 'inquiries.flash.topicArchived');
      return redirectAfterPost(req, reply, listUrl(topic.centerId));
    });

    app.post('/inquiries/topics/:topicId/restore', { config: managing }, async (req, reply) => {
      const topic = await restoreTopic(db, req.actor, topicIdParam(req.params));
      setFlash(reply, 'inquiries.flash.topicRestored');
      return redirectAfterPost(req, reply, listUrl(topic.centerId));
    });
  };
}
