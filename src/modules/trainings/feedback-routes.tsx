import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, maxExportRows, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { commentFilterSchema, feedbackGroupingOf, feedbackSummarySorts } from './feedback-schema.js';
import { exportFeedbackComments, exportFeedbackSummary, feedbackFormFor, giveFeedback, listFeedbackComments, listFeedbackSummary } from './feedback-service.js';
import { registrationIdParam } from './schema.js';
import { FeedbackCommentsPage } from './views/feedback-comments-page.js';
import { FeedbackFormPage } from './views/feedback-form-page.js';
import { FeedbackSummaryPage, formatAverage } from './views/feedback-summary-page.js';

const signedIn = { access: 'authenticated' } as const;
const manage = { access: 'permission', permission: 'trainings.manage' } as const;

/** Feedback after a session: the participant's form, and the staff's averages and comments (CSV/XLSX too). */
export function feedbackRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/trainings/feedback', { config: manage }, async (req, reply) => {
      const grouping = feedbackGroupingOf(req.query);
      const params = parseListParams(req.query, feedbackSummarySorts, { sort: 'name' });
      const format = exportFormatOf(req.query);
      const t = req.t;
      if (format) {
        const rows = await exportFeedbackSummary(db, req.actor, grouping, params, maxExportRows);
        return sendExport(reply, format, {
          filename: `kapocs-kepzes-visszajelzesek-${grouping}`,
          sheetName: t(grouping === 'course' ? 'trainingAttendance.summary.byCourse' : 'trainingAttendance.summary.byTrainer'),
          rows,
          columns: [
            { header: t(grouping === 'course' ? 'trainingAttendance.summary.course' : 'trainingAttendance.summary.trainer'), value: (r) => r.name },
            { header: t('trainingAttendance.summary.responses'), value: (r) => r.responses },
            { header: t('trainingAttendance.feedback.content'), value: (r) => formatAverage(req.locale, r.content) },
            { header: t('trainingAttendance.feedback.trainer'), value: (r) => formatAverage(req.locale, r.trainer) },
            { header: t('trainingAttendance.feedback.usefulness'), value: (r) => formatAverage(req.locale, r.usefulness) },
            { header: t('trainingAttendance.summary.comments'), value: (r) => r.comments },
          ],
        });
      }
      const page = await listFeedbackSummary(db, req.actor, grouping, params);
      return sendPage(req, reply, t('trainingAttendance.summary.title'), <FeedbackSummaryPage grouping={grouping} page={page} params={params} />);
    });

    app.get('/trainings/feedback/comments', { config: manage }, async (req, reply) => {
      const filter = commentFilterSchema.parse(req.query ?? {});
      const params = parseListParams(req.query, ['created'] as const, { sort: 'created', dir: 'desc' });
      const format = exportFormatOf(req.query);
      const t = req.t;
      if (format) {
        const rows = await exportFeedbackComments(db, req.actor, filter, params.dir, maxExportRows);
        return sendExport(reply, format, {
          filename: 'kapocs-kepzes-megjegyzesek',
          sheetName: t('trainingAttendance.comments.title'),
          rows,
          columns: [
            { header: t('trainingAttendance.comments.written'), value: (r) => r.createdAt },
            { header: t('trainingAttendance.summary.course'), value: (r) => r.courseTitle },
            { header: t('trainingAttendance.comments.session'), value: (r) => r.startsAt },
            { header: t('trainingAttendance.summary.trainer'), value: (r) => r.trainerName },
            { header: t('trainingAttendance.feedback.content'), value: (r) => r.contentRating },
            { header: t('trainingAttendance.feedback.trainer'), value: (r) => r.trainerRating },
            { header: t('trainingAttendance.feedback.usefulness'), value: (r) => r.usefulnessRating },
            { header: t('trainingAttendance.comments.comment'), value: (r) => r.comment },
          ],
        });
      }
      const page = await listFeedbackComments(db, req.actor, filter, params);
      return sendPage(req, reply, t('trainingAttendance.comments.title'), <FeedbackCommentsPage filter={filter} page={page} params={params} />);
    });

    const renderForm = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const { target, state } = await feedbackFormFor(db, req.actor, registrationIdParam(req.params));
      const title = req.t('trainingAttendance.feedback.title', { course: target.courseTitle });
      return sendPage(req, reply, title, <FeedbackFormPage target={target} state={state} values={values} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/trainings/feedback/:registrationId', { config: signedIn }, (req, reply) => renderForm(req, reply));

    app.post('/trainings/feedback/:registrationId', { config: signedIn }, async (req, reply) => {
      try {
        await giveFeedback(db, req.actor, registrationIdParam(req.params), req.body);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
      setFlash(reply, 'trainingAttendance.flash.feedback');
      return redirectAfterPost(req, reply, '/volunteer/my-volunteering#my-trainings');
    });
  };
}
