import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { type ExportFormat, exportFormatOf, maxExportRows, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { asciiFileName, scopeText } from './certificate-text.js';
import type { CertificateRow } from './repo.js';
import { periodCertificateSchema, placementCertificateSchema, revokeFormSchema } from './schema.js';
import {
  certificatePdf,
  certificatePlacementChoices,
  certificateToRevoke,
  exportOrganizationCertificates,
  issuePeriodCertificate,
  issuePlacementCertificate,
  listMyCertificates,
  listOrganizationCertificates,
  listVolunteerCertificates,
  revokeCertificate,
  snapshotOf,
  verifyCertificate,
} from './service.js';
import { formatVerificationCode } from './verification-code.js';
import { MyCertificatesPage } from './views/my-certificates-page.js';
import { OrganizationCertificatesPage, VolunteerCertificatesPage } from './views/organization-certificates-page.js';
import { RevokePage } from './views/revoke-page.js';
import { VerifyPage } from './views/verify-page.js';

const signedIn = { access: 'authenticated' } as const;
const sortable = ['issued'] as const;

/** A list of certificates as CSV/XLSX (an organization's, or a volunteer's for the center). */
function sendCertificates(req: FastifyRequest, reply: FastifyReply, format: ExportFormat, rows: CertificateRow[], sheetName: string) {
  const t = req.t;
  return sendExport(reply, format, {
    filename: 'kapocs-igazolasok',
    sheetName,
    rows,
    columns: [
      { header: t('certificates.field.holder'), value: (r) => formatPersonName(snapshotOf(r).holder.familyName, snapshotOf(r).holder.givenName) },
      { header: t('certificates.field.scope'), value: (r) => scopeText(t, req.locale, snapshotOf(r)) },
      { header: t('certificates.field.minutes'), value: (r) => r.totalMinutes },
      { header: t('certificates.field.issuedAt'), value: (r) => r.issuedAt },
      { header: t('certificates.field.code'), value: (r) => formatVerificationCode(r.code) },
      { header: t('certificates.field.status'), value: (r) => t(r.revokedAt ? 'certificates.status.revoked' : 'certificates.status.valid') },
      { header: t('certificates.field.revokedAt'), value: (r) => r.revokedAt },
      { header: t('certificates.revoke.reason'), value: (r) => r.revokeReason },
    ],
  });
}

/** Certificates (igazolás) of approved hours: issue, download as PDF, revoke, verify publicly. */
export function certificatesRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderMine = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const params = parseListParams(req.query, sortable, { sort: 'issued', dir: 'desc' });
      const [page, choices] = await Promise.all([listMyCertificates(db, req.actor, params), certificatePlacementChoices(db, req.actor)]);
      return sendPage(
        req,
        reply,
        req.t('certificates.title'),
        <MyCertificatesPage page={page} placements={choices.placements} values={values} errors={errors} />,
        errors ? 422 : 200,
      );
    };

    app.get('/volunteer/certificates', { config: signedIn }, (req, reply) => renderMine(req, reply));

    app.post('/volunteer/certificates', { config: signedIn }, async (req, reply) => {
      const kind = (req.body as Record<string, unknown> | undefined)?.kind;
      try {
        if (kind === 'period') {
          const form = parseForm(periodCertificateSchema, req.body);
          if (!form.ok) return renderMine(req, reply, form.values, form.errors);
          await issuePeriodCertificate(db, req.actor, form.data);
        } else {
          const form = parseForm(placementCertificateSchema, req.body);
          if (!form.ok) return renderMine(req, reply, form.values, form.errors);
          await issuePlacementCertificate(db, req.actor, form.data.applicationId);
        }
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMine(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
      setFlash(reply, 'certificates.flash.issued');
      return redirectAfterPost(req, reply, '/volunteer/certificates');
    });

    app.get('/certificates/:certificateId/pdf', { config: signedIn }, async (req, reply) => {
      const { certificate, pdf } = await certificatePdf(db, req.actor, uuidParam(req.params, 'certificateId'), config.baseUrl);
      const { holder } = snapshotOf(certificate);
      const filename = `igazolas-${asciiFileName(`${holder.familyName} ${holder.givenName}`)}-${certificate.code}.pdf`;
      return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${filename}"`).header('Cache-Control', 'no-store').send(pdf);
    });

    // Public: whoever holds the paper (or scanned its QR code) checks it here, without logging in.
    app.get('/certificates/verify/:code', { config: { access: 'public' } }, async (req, reply) => {
      const code = String((req.params as { code?: unknown }).code ?? '').slice(0, 64);
      const verification = await verifyCertificate(db, code);
      const title = req.t(verification ? 'certificates.verify.title' : 'certificates.verify.notFoundTitle');
      reply.header('Cache-Control', 'no-store').header('X-Robots-Tag', 'noindex');
      return sendPage(req, reply, title, <VerifyPage verification={verification} />, verification ? 200 : 404);
    });

    app.get('/organizations/:organizationId/certificates', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      const format = exportFormatOf(req.query);
      if (format)
        return sendCertificates(req, reply, format, await exportOrganizationCertificates(db, req.actor, organizationId), req.t('certificates.org.title'));
      const params = parseListParams(req.query, sortable, { sort: 'issued', dir: 'desc' });
      const page = await listOrganizationCertificates(db, req.actor, organizationId, params);
      return sendPage(req, reply, req.t('certificates.org.title'), <OrganizationCertificatesPage page={page} />);
    });

    app.get('/volunteers/:volunteerId/certificates', { config: signedIn }, async (req, reply) => {
      const volunteerId = uuidParam(req.params, 'volunteerId');
      const format = exportFormatOf(req.query);
      const params = format ? { page: 1, pageSize: maxExportRows } : parseListParams(req.query, sortable, { sort: 'issued', dir: 'desc' });
      const { volunteer, page } = await listVolunteerCertificates(db, req.actor, volunteerId, params);
      const name = formatPersonName(volunteer.familyName, volunteer.givenName);
      const title = req.t('certificates.volunteer.title', { name });
      if (format) return sendCertificates(req, reply, format, page.items, title);
      return sendPage(req, reply, title, <VolunteerCertificatesPage page={page} name={name} />);
    });

    const renderRevoke = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const certificate = await certificateToRevoke(db, req.actor, uuidParam(req.params, 'certificateId'));
      return sendPage(
        req,
        reply,
        req.t('certificates.revoke.title'),
        <RevokePage certificate={certificate} values={values} errors={errors} />,
        errors ? 422 : 200,
      );
    };

    app.get('/certificates/:certificateId/revoke', { config: signedIn }, (req, reply) => renderRevoke(req, reply));

    app.post('/certificates/:certificateId/revoke', { config: signedIn }, async (req, reply) => {
      const certificateId = uuidParam(req.params, 'certificateId');
      // Access first: someone outside the organization gets 403/404 before any validation message.
      const certificate = await certificateToRevoke(db, req.actor, certificateId);
      const form = parseForm(revokeFormSchema, req.body);
      if (!form.ok) return renderRevoke(req, reply, form.values, form.errors);
      try {
        await revokeCertificate(db, req.actor, certificateId, form.data.reason);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderRevoke(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
      setFlash(reply, 'certificates.flash.revoked');
      return redirectAfterPost(
        req,
        reply,
        certificate.organizationId ? `/organizations/${certificate.organizationId}/certificates` : `/volunteers/${certificate.volunteerId}/certificates`,
      );
    });
  };
}
