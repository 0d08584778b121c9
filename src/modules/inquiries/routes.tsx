import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { findPoints } from './choices-repo.js';
import { conversionRoutes } from './conversion-routes.js';
import { inquiryExportTable } from './exports.js';
import { newInquiryValues, postedInquiryValues, storedInquiryValues } from './form-state.js';
import { inquiryReachOf } from './policy.js';
import { publicRoutes } from './public-routes.js';
import { findStaffOfInquiries } from './repo.js';
import { inquiryFilterSchema, inquiryFormSchema, inquiryIdParam, inquirySorts } from './schema.js';
import {
  exportInquiries,
  getInquiry,
  inquiryCenters,
  inquiryFilterOf,
  inquiryFormChoices,
  listInquiries,
  logInquiry,
  markFollowUpDone,
  updateInquiry,
} from './service.js';
import { topicRoutes } from './topic-routes.js';
import { findTopics } from './topics-repo.js';
import type { InquiryFormValues } from './views/inquiry-fields.js';
import { InquiryListPage, type ListChoices } from './views/inquiry-list-page.js';
import { InquiryPage } from './views/inquiry-page.js';
import { ChooseCenterPage, NewInquiryPage } from './views/new-inquiry-page.js';
import { workRoutes } from './work-routes.js';

export const logging = { access: 'permission', permission: 'inquiries.log' } as const;

/** The inquiry log (issue 14): the staff's list, form and page of an inquiry, plus its other route groups. */
export function inquiriesRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  return async (app) => {
    await app.register(publicRoutes(deps));
    await app.register(topicRoutes(deps));
    await app.register(workRoutes(deps));
    await app.register(conversionRoutes(deps));

    /** The filters' choices: the centers, points, topics and staff members of the actor's reach. */
    const listChoices = async (req: FastifyRequest): Promise<ListChoices> => {
      const reach = inquiryReachOf(req.actor);
      const centers = await inquiryCenters(db, req.actor);
      const [points, topics, staff] = await Promise.all([
        findPoints(db, { centers: reach.centers, points: reach.points.map((p) => p.pointId) }),
        findTopics(
          db,
          centers.map((c) => c.id),
          { archived: true },
        ),
        findStaffOfInquiries(db, reach),
      ]);
      return { centers, points, topics, staff };
    };

    app.get('/inquiries', { config: logging }, async (req, reply) => {
      const params = parseListParams(req.query, inquirySorts, { sort: 'received', dir: 'desc' });
      const filterInput = inquiryFilterSchema.parse(req.query ?? {});
      const filter = inquiryFilterOf(filterInput);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, inquiryExportTable(req.t, await exportInquiries(db, req.actor, filter, params)));
      const page = await listInquiries(db, req.actor, filter, params);
      const body = <InquiryListPage page={page} params={params} filter={filterInput} choices={await listChoices(req)} />;
      return sendPage(req, reply, req.t('inquiries.list.title'), body);
    });

    const renderNew = async (req: FastifyRequest, reply: FastifyReply, centerId: string, values?: InquiryFormValues, errors?: FieldErrors) => {
      const choices = await inquiryFormChoices(db, req.actor, centerId, { topicIds: [], staffUserId: null });
      const page = <NewInquiryPage values={values ?? newInquiryValues(req.actor, centerId)} errors={errors} choices={choices} />;
      return sendPage(req, reply, req.t('inquiries.new.title'), page, errors ? 422 : 200);
    };

    app.get('/inquiries/new', { config: logging }, async (req, reply) => {
      const centers = await inquiryCenters(db, req.actor);
      const wanted = (req.query as Record<string, unknown> | undefined)?.center;
      const center = centers.length === 1 ? centers[0] : centers.find((c) => c.id === wanted);
      if (!center) return sendPage(req, reply, req.t('inquiries.new.title'), <ChooseCenterPage centers={centers} />);
      return renderNew(req, reply, center.id);
    });

    app.post('/inquiries', { config: logging }, async (req, reply) => {
      const centers = await inquiryCenters(db, req.actor);
      const posted = postedInquiryValues(req.body);
      const center = centers.length === 1 ? centers[0] : centers.find((c) => c.id === posted.text.centerId);
      if (!center) return sendPage(req, reply, req.t('inquiries.new.title'), <ChooseCenterPage centers={centers} />, 422);
      const form = parseForm(inquiryFormSchema(), req.body);
      if (!form.ok) return renderNew(req, reply, center.id, posted, form.errors);
      try {
        const id = await logInquiry(db, config.baseUrl, req.actor, { ...form.data, centerId: center.id });
        setFlash(reply, 'inquiries.flash.logged');
        return redirectAfterPost(req, reply, `/inquiries/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderNew(req, reply, center.id, posted, err.errors);
        throw err;
      }
    });

    const renderInquiry = async (req: FastifyRequest, reply: FastifyReply, values?: InquiryFormValues, errors?: FieldErrors) => {
      const detail = await getInquiry(db, req.actor, inquiryIdParam(req.params));
      const choices = await inquiryFormChoices(db, req.actor, detail.row.centerId, {
        topicIds: detail.topicIds,
        staffUserId: detail.row.staffUserId,
        pointId: detail.row.pointId,
      });
      const page = <InquiryPage detail={detail} values={values ?? storedInquiryValues(detail)} errors={errors} choices={choices} />;
      return sendPage(req, reply, req.t('inquiries.page.documentTitle'), page, errors ? 422 : 200);
    };

    app.get('/inquiries/:inquiryId', { config: logging }, (req, reply) => renderInquiry(req, reply));

    app.post('/inquiries/:inquiryId', { config: logging }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const { row } = await getInquiry(db, req.actor, inquiryIdParam(req.params));
      const posted = postedInquiryValues(req.body);
      const form = parseForm(inquiryFormSchema(), req.body);
      if (!form.ok) return renderInquiry(req, reply, posted, form.errors);
      try {
        await updateInquiry(db, config.baseUrl, req.actor, row.id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderInquiry(req, reply, posted, err.errors);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/inquiries/${row.id}`);
    });

    app.post('/inquiries/:inquiryId/follow-up-done', { config: logging }, async (req, reply) => {
      const inquiryId = inquiryIdParam(req.params);
      await markFollowUpDone(db, req.actor, inquiryId);
      setFlash(reply, 'inquiries.flash.followUpDone');
      const back = (req.body as Record<string, unknown> | undefined)?.back === 'follow-ups' ? '/inquiries/follow-ups' : `/inquiries/${inquiryId}`;
      return redirectAfterPost(req, reply, back);
    });
  };
}
