import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import type { Database } from '../../db/database.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { exportFormatOf, maxExportRows, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { asciiFileName } from '../certificates/certificate-text.js';
import { hostAccess, schoolAccess } from './access.js';
import { acceptOccasion, certifyOccasion, rejectByHost, rejectBySchool } from './decision-service.js';
import { kretaExportTable } from './exports.js';
import { correctOccasion, deleteOccasion, logOccasion, logSession, OccasionRefusedError, occasionAccess, type Saved } from './occasion-service.js';
import { findOccasion, findStudent } from './repo.js';
import {
  confirmFormSchema,
  occasionFormSchema,
  queueFilterSchema,
  reasonFormSchema,
  schoolListFilterSchema,
  schoolListSorts,
  sessionFormSchema,
} from './schema.js';
import type { SchoolListFilter } from './school-repo.js';
import { issueTransferCertificate, transferCertificatePdf, transferCertificatesOf, verifyTransferCertificate } from './transfer-service.js';
import { exportSchoolOccasions, hostIksz, logChoices, myIksz, schoolQueue, schoolStudents, studentPage } from './view-service.js';
import { DeleteOccasionPage, EditOccasionPage, RejectOccasionPage } from './views/action-pages.js';
import { HostIkszPage } from './views/host-page.js';
import { MyIkszPage } from './views/my-page.js';
import type { OccasionFormState } from './views/occasion-form.js';
import { QueuePage } from './views/queue-page.js';
import { SchoolIkszPage } from './views/school-page.js';
import { StudentPage } from './views/student-page.js';
import { IkszVerifyPage } from './views/verify-page.js';

const signedIn = { access: 'authenticated' } as const;

/** A refused save as the form shows it: the posted values, each field's error, every broken rule. */
function stateOf(req: FastifyRequest, err: FieldValidationError): OccasionFormState {
  return { values: postedValues(req.body), errors: err.errors, issues: err instanceof OccasionRefusedError ? err.issues : undefined };
}

function parseFailure(req: FastifyRequest, errors: FieldErrors): OccasionFormState {
  return { values: postedValues(req.body), errors };
}

/** After a save: "logged", or "logged with a warning" (a far place with its reason, a school cap in warn mode). */
function flashSaved(reply: FastifyReply, saved: Saved, plain: 'iksz.flash.logged' | 'iksz.flash.corrected' | 'iksz.flash.session') {
  setFlash(reply, saved.warnings.length > 0 ? 'iksz.flash.warned' : plain);
}

function filterOf(input: ReturnType<typeof schoolListFilterSchema.parse>): SchoolListFilter {
  return {
    q: input.q || undefined,
    grade: input.grade ? Number(input.grade) : undefined,
    className: input.className || undefined,
    year: input.year || undefined,
    below: input.below === '1',
  };
}

async function occasionSummary(db: Database, occasion: { id: string; serial: number; activityDay: string; activity: string; studentId: string }) {
  const student = await findStudent(db, occasion.studentId);
  return {
    id: occasion.id,
    serial: occasion.serial,
    day: occasion.activityDay,
    activity: occasion.activity,
    studentName: student ? `${student.familyName} ${student.givenName}` : '',
  };
}

/** The student's IKSZ log (napló): logging, correcting, certifying, accepting, the views and the transfer certificate. */
export function ikszRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  return async (app) => {
    const renderMy = async (req: FastifyRequest, reply: FastifyReply, form?: { studentId: string } & OccasionFormState) => {
      const views = await myIksz(db, req.actor);
      const body = <MyIkszPage views={views} today={budapestDay(new Date())} form={form} />;
      return sendPage(req, reply, req.t('iksz.my.title'), body, form ? 422 : 200);
    };

    app.get('/iksz/my', { config: signedIn }, (req, reply) => renderMy(req, reply));

    app.post('/iksz/students/:ikszStudentId/occasions', { config: signedIn }, async (req, reply) => {
      const studentId = uuidParam(req.params, 'ikszStudentId');
      const form = parseForm(occasionFormSchema, req.body);
      if (!form.ok) {
        await studentPage(db, req.actor, studentId); // a stranger learns nothing from validation messages
        return renderMy(req, reply, { studentId, ...parseFailure(req, form.errors) });
      }
      try {
        flashSaved(reply, await logOccasion(db, req.actor, studentId, form.data), 'iksz.flash.logged');
        return redirectAfterPost(req, reply, '/iksz/my');
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMy(req, reply, { studentId, ...stateOf(req, err) });
        throw err;
      }
    });

    const renderStudent = async (req: FastifyRequest, reply: FastifyReply, session?: OccasionFormState) => {
      const data = await studentPage(db, req.actor, uuidParam(req.params, 'ikszStudentId'));
      const certificates = await transferCertificatesOf(db, data.student.id);
      const title = req.t('iksz.student.title', { name: `${data.student.familyName} ${data.student.givenName}` });
      return sendPage(
        req,
        reply,
        title,
        <StudentPage data={data} certificates={certificates} session={session} today={budapestDay(new Date())} />,
        session ? 422 : 200,
      );
    };

    app.get('/iksz/students/:ikszStudentId', { config: signedIn }, (req, reply) => renderStudent(req, reply));

    app.post('/iksz/students/:ikszStudentId/sessions', { config: signedIn }, async (req, reply) => {
      const studentId = uuidParam(req.params, 'ikszStudentId');
      const form = parseForm(sessionFormSchema, req.body);
      if (!form.ok) return renderStudent(req, reply, parseFailure(req, form.errors));
      try {
        flashSaved(reply, await logSession(db, req.actor, studentId, form.data), 'iksz.flash.session');
        return redirectAfterPost(req, reply, `/iksz/students/${studentId}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderStudent(req, reply, stateOf(req, err));
        throw err;
      }
    });

    app.post('/iksz/students/:ikszStudentId/transfer-certificates', { config: signedIn }, async (req, reply) => {
      const studentId = uuidParam(req.params, 'ikszStudentId');
      const form = parseForm(confirmFormSchema, req.body);
      if (!form.ok) return renderStudent(req, reply, parseFailure(req, form.errors));
      await issueTransferCertificate(db, req.actor, studentId);
      setFlash(reply, 'iksz.flash.transfer');
      return redirectAfterPost(req, reply, `/iksz/students/${studentId}`);
    });

    app.get('/iksz/transfer-certificates/:ikszCertificateId/pdf', { config: signedIn }, async (req, reply) => {
      const { pdf, code } = await transferCertificatePdf(db, req.actor, uuidParam(req.params, 'ikszCertificateId'), config.baseUrl);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="iksz-igazolas-${asciiFileName(code)}.pdf"`)
        .header('Cache-Control', 'no-store')
        .send(pdf);
    });

    // Public: whoever holds the paper (a new school) checks it here without logging in.
    app.get('/iksz/verify/:ikszCode', { config: { access: 'public' } }, async (req, reply) => {
      const code = String((req.params as { ikszCode?: unknown }).ikszCode ?? '').slice(0, 64);
      const verification = await verifyTransferCertificate(db, code);
      reply.header('Cache-Control', 'no-store').header('X-Robots-Tag', 'noindex');
      const title = req.t(verification ? 'iksz.verify.title' : 'iksz.verify.notFoundTitle');
      return sendPage(req, reply, title, <IkszVerifyPage verification={verification} />, verification ? 200 : 404);
    });

    // Correcting and deleting: the student's own occasions.
    const renderEdit = async (req: FastifyRequest, reply: FastifyReply, state?: OccasionFormState) => {
      const { occasion, access } = await occasionAccess(db, req.actor, uuidParam(req.params, 'ikszOccasionId'));
      const choices = await logChoices(db, access.student, budapestDay(new Date()));
      const values = state?.values ?? {
        day: occasion.activityDay,
        start: '',
        end: '',
        organizationId: occasion.organizationId ?? '',
        opportunityId: occasion.opportunityId ?? '',
        place: occasion.placeText,
        area: occasion.area,
        activity: occasion.activity,
        mentorName: occasion.mentorName ?? '',
        distanceReason: occasion.distanceReason ?? '',
      };
      const body = (
        <EditOccasionPage occasion={await occasionSummary(db, occasion)} choices={choices} state={{ ...state, values }} today={budapestDay(new Date())} />
      );
      return sendPage(req, reply, req.t('iksz.form.editTitle'), body, state ? 422 : 200);
    };

    app.get('/iksz/occasions/:ikszOccasionId/edit', { config: signedIn }, (req, reply) => renderEdit(req, reply));

    app.post('/iksz/occasions/:ikszOccasionId', { config: signedIn }, async (req, reply) => {
      const id = uuidParam(req.params, 'ikszOccasionId');
      await occasionAccess(db, req.actor, id);
      const form = parseForm(occasionFormSchema, req.body);
      if (!form.ok) return renderEdit(req, reply, parseFailure(req, form.errors));
      try {
        flashSaved(reply, await correctOccasion(db, req.actor, id, form.data), 'iksz.flash.corrected');
        return redirectAfterPost(req, reply, '/iksz/my');
      } catch (err) {
        if (err instanceof FieldValidationError) return renderEdit(req, reply, stateOf(req, err));
        throw err;
      }
    });

    const renderDelete = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
      const { occasion } = await occasionAccess(db, req.actor, uuidParam(req.params, 'ikszOccasionId'));
      return sendPage(
        req,
        reply,
        req.t('iksz.delete.title'),
        <DeleteOccasionPage occasion={await occasionSummary(db, occasion)} errors={errors} />,
        errors ? 422 : 200,
      );
    };

    app.get('/iksz/occasions/:ikszOccasionId/delete', { config: signedIn }, (req, reply) => renderDelete(req, reply));

    app.post('/iksz/occasions/:ikszOccasionId/delete', { config: signedIn }, async (req, reply) => {
      const id = uuidParam(req.params, 'ikszOccasionId');
      await occasionAccess(db, req.actor, id);
      const form = parseForm(confirmFormSchema, req.body);
      if (!form.ok) return renderDelete(req, reply, form.errors);
      try {
        await deleteOccasion(db, req.actor, id);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderDelete(req, reply, err.errors);
        throw err;
      }
      setFlash(reply, 'iksz.flash.deleted');
      return redirectAfterPost(req, reply, '/iksz/my');
    });

    // The host certifies or rejects; the school accepts or rejects.
    app.post('/iksz/occasions/:ikszOccasionId/certify', { config: signedIn }, async (req, reply) => {
      const occasion = await certifyOccasion(db, req.actor, uuidParam(req.params, 'ikszOccasionId'));
      setFlash(reply, 'iksz.flash.certified');
      return redirectAfterPost(req, reply, `/organizations/${occasion.organizationId}/iksz`);
    });

    app.post('/iksz/occasions/:ikszOccasionId/accept', { config: signedIn }, async (req, reply) => {
      const occasion = await acceptOccasion(db, req.actor, uuidParam(req.params, 'ikszOccasionId'));
      setFlash(reply, 'iksz.flash.accepted');
      return redirectAfterPost(req, reply, `/schools/${occasion.schoolId}/iksz/occasions?status=certified`);
    });

    for (const side of ['host', 'school'] as const) {
      const path = `/iksz/occasions/:ikszOccasionId/${side}-reject`;
      const decide = side === 'host' ? rejectByHost : rejectBySchool;
      const renderReject = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
        const occasion = await findOccasion(db, uuidParam(req.params, 'ikszOccasionId'));
        if (!occasion || (side === 'host' && !occasion.organizationId)) throw new NotFoundError('iksz.occasion');
        // Authorization before anything is shown: the same check the decision makes.
        if (side === 'host') await hostAccess(db, req.actor, occasion.organizationId as string);
        else await schoolAccess(db, req.actor, occasion.schoolId, 'manage');
        const backTo = side === 'host' ? `/organizations/${occasion.organizationId}/iksz` : `/schools/${occasion.schoolId}/iksz/occasions?status=certified`;
        const body = (
          <RejectOccasionPage
            occasion={await occasionSummary(db, occasion)}
            action={`/iksz/occasions/${occasion.id}/${side}-reject`}
            back={backTo}
            values={values}
            errors={errors}
          />
        );
        return sendPage(req, reply, req.t('iksz.reject.title'), body, errors ? 422 : 200);
      };
      app.get(path, { config: signedIn }, (req, reply) => renderReject(req, reply));
      app.post(path, { config: signedIn }, async (req, reply) => {
        const form = parseForm(reasonFormSchema, req.body);
        if (!form.ok) return renderReject(req, reply, postedValues(req.body), form.errors);
        try {
          const occasion = await decide(db, req.actor, uuidParam(req.params, 'ikszOccasionId'), form.data.reason, { baseUrl: config.baseUrl });
          setFlash(reply, 'iksz.flash.rejected');
          return redirectAfterPost(
            req,
            reply,
            side === 'host' ? `/organizations/${occasion.organizationId}/iksz` : `/schools/${occasion.schoolId}/iksz/occasions?status=certified`,
          );
        } catch (err) {
          if (err instanceof FieldValidationError) return renderReject(req, reply, postedValues(req.body), err.errors);
          throw err;
        }
      });
    }

    app.get('/organizations/:organizationId/iksz', { config: signedIn }, async (req, reply) => {
      const data = await hostIksz(db, req.actor, uuidParam(req.params, 'organizationId'));
      return sendPage(req, reply, req.t('iksz.host.title', { organization: data.organization.name }), <HostIkszPage data={data} />);
    });

    app.get('/schools/:schoolId/iksz', { config: signedIn }, async (req, reply) => {
      const schoolId = uuidParam(req.params, 'schoolId');
      const filterInput = schoolListFilterSchema.parse(req.query ?? {});
      const params = parseListParams(req.query, schoolListSorts, { sort: 'name' });
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportSchoolOccasions(db, req.actor, schoolId, filterOf(filterInput), { ...params, page: 1, pageSize: maxExportRows });
        return sendExport(reply, format, kretaExportTable(req.t, rows));
      }
      const data = await schoolStudents(db, req.actor, schoolId, filterOf(filterInput), params);
      const body = (
        <SchoolIkszPage schoolId={schoolId} schoolName={data.schoolName} classNames={data.classNames} page={data.page} params={params} filter={filterInput} />
      );
      return sendPage(req, reply, req.t('iksz.school.title', { school: data.schoolName }), body);
    });

    app.get('/schools/:schoolId/iksz/occasions', { config: signedIn }, async (req, reply) => {
      const schoolId = uuidParam(req.params, 'schoolId');
      const status = queueFilterSchema.parse(req.query ?? {}).status ?? 'certified';
      const data = await schoolQueue(db, req.actor, schoolId, status);
      const body = <QueuePage schoolId={schoolId} schoolName={data.schoolName} status={status} rows={data.rows} manages={data.manages} />;
      return sendPage(req, reply, req.t('iksz.queue.title', { school: data.schoolName, status }), body);
    });
  };
}
