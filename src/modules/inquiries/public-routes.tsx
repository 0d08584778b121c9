import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { postedValues } from '../../platform/form-fields.js';
import { sendPage } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { askCenters, submitQuestion } from './public-service.js';
import { askFormSchema } from './schema.js';
import { AskPage, AskSentPage } from './views/ask-page.js';

const publicRoute = { config: { access: 'public' as const } };

/** The public "ask us" form: anyone may ask a Volunteer Center (rate-limited, CSRF-protected, with a honeypot). */
export function publicRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const render = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: FieldErrors) => {
      const page = <AskPage centers={await askCenters(db)} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('inquiries.ask.title'), page, errors ? 422 : 200);
    };

    app.get('/ask', publicRoute, (req, reply) => {
      const center = (req.query as Record<string, unknown> | undefined)?.center;
      return render(req, reply, typeof center === 'string' ? { centerId: center.slice(0, 40) } : {});
    });

    app.post('/ask', publicRoute, async (req, reply) => {
      const posted = postedValues(req.body);
      const form = parseForm(askFormSchema, req.body);
      if (!form.ok) return render(req, reply, posted, form.errors);
      try {
        await submitQuestion(db, form.data, { ip: req.ip });
      } catch (err) {
        if (err instanceof FieldValidationError) return render(req, reply, posted, err.errors);
        throw err;
      }
      return redirectAfterPost(req, reply, '/ask/sent');
    });

    app.get('/ask/sent', publicRoute, (req, reply) => sendPage(req, reply, req.t('inquiries.ask.sentTitle'), <AskSentPage />));
  };
}
