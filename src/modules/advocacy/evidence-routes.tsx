import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { contentDisposition, datedFileName, sendExport } from '../../platform/export.js';
import { sendPage } from '../../platform/page.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { evidenceExportTable, evidenceFileBase } from './evidence-export.js';
import { renderEvidencePdf } from './evidence-pdf.js';
import { evidenceQuerySchema } from './evidence-schema.js';
import { type EvidenceChoices, type EvidencePack, evidenceChoices, evidencePack, evidenceRequestOf } from './evidence-service.js';
import { advocacyAccess } from './stakeholder-routes.js';
import { EvidencePage } from './views/evidence-page.js';

/** The query as typed, empty values left out (an empty select means "not chosen"). */
function typedQuery(req: FastifyRequest): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>)) if (typeof v === 'string' && v.trim() !== '') values[k] = v.slice(0, 200);
  return values;
}

/** The years the form offers: this year and the ten before it. */
const yearsUpTo = (year: number) => Array.from({ length: 11 }, (_, i) => year - i);

/** The advocacy evidence pack (issue 15): GET form, the page, and the same figures as PDF, XLSX or CSV. */
export function evidenceRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/advocacy/evidence', { config: advocacyAccess }, async (req, reply) => {
      const today = budapestDay(new Date());
      const currentYear = Number(today.slice(0, 4));
      const choices = await evidenceChoices(db, req.actor);
      const values = typedQuery(req);
      const show = (status: number, errors?: FieldErrors, pack?: EvidencePack) =>
        sendPage(
          req,
          reply,
          req.t('advocacy.evidence.title'),
          <EvidencePage choices={choices} values={{ year: String(currentYear), ...values }} years={yearsUpTo(currentYear)} errors={errors} pack={pack} />,
          status,
        );
      // Without an area the form is only being opened (e.g. from a settlement's page with the place filled in).
      if (!values.area) return show(200);
      const form = parseForm(evidenceQuerySchema, values);
      if (!form.ok) return show(422, form.errors);
      let pack: EvidencePack;
      try {
        pack = await packFor(req, choices, form.data, currentYear, today);
      } catch (err) {
        if (err instanceof FieldValidationError) return show(422, err.errors);
        throw err;
      }
      if (form.data.format === 'pdf') return sendPdf(req, reply, pack);
      if (form.data.format) return sendExport(reply, form.data.format, evidenceExportTable(req.t, req.locale, pack));
      return show(200, undefined, pack);
    });

    const packFor = async (req: FastifyRequest, choices: EvidenceChoices, query: typeof evidenceQuerySchema._output, currentYear: number, today: string) => {
      const request = await evidenceRequestOf(db, query, choices, query.year ?? currentYear);
      return evidencePack(db, req.actor, request, req.locale, today);
    };
  };
}

async function sendPdf(req: FastifyRequest, reply: FastifyReply, pack: EvidencePack) {
  const pdf = await renderEvidencePdf(req.t, req.locale, pack, new Date());
  return reply
    .type('application/pdf')
    .header('Content-Disposition', contentDisposition(datedFileName(evidenceFileBase(pack), 'pdf')))
    .header('Cache-Control', 'no-store')
    .send(pdf);
}
