import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { studentExportTable } from './exports.js';
import { agreeOnline, guardianAgreementPage } from './guardian-agreement-service.js';
import { schoolAbilities, schoolAccess } from './policy.js';
import { findSchoolRow } from './repo.js';
import {
  confirmSchema,
  exemptionFormSchema,
  guardianAgreementFormSchema,
  guardianInviteFormSchema,
  leftFormSchema,
  onlineAgreementFormSchema,
  schoolIdParam,
  studentFilterSchema,
  studentFormSchema,
  studentIdParam,
  studentSorts,
} from './schema.js';
import { signedIn, today } from './school-routes.js';
import {
  enrolStudent,
  exportStudents,
  getStudent,
  inviteStudentGuardian,
  listStudents,
  markLeft,
  recordExemption,
  recordPaperAgreement,
  removeExemption,
  studentFilterOf,
} from './students-service.js';
import { GuardianAgreementPage } from './views/guardian-agreement-page.js';
import type { PageForm } from './views/school-page.js';
import { StudentFormPage } from './views/student-form-page.js';
import { StudentPage } from './views/student-page.js';
import { StudentsPage } from './views/students-page.js';

type Ids = { schoolId: string; studentId: string };

/** The school's students: list, enrolment, one student's page and its forms; the guardian's online agreement. */
export function studentRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  return async (app) => {
    const schoolOf = async (schoolId: string) => {
      const row = await findSchoolRow(db, schoolId);
      return { id: schoolId, name: row?.name ?? '' };
    };

    app.get('/schools/:schoolId/students', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      const params = parseListParams(req.query, studentSorts, { sort: 'name' });
      const filterInput = studentFilterSchema.parse(req.query ?? {});
      const filter = studentFilterOf(filterInput);
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportStudents(db, req.actor, schoolId, filter, params, today());
        return sendExport(reply, format, studentExportTable(req.t, req.locale, schoolYearOf(today()).label, rows));
      }
      const list = await listStudents(db, req.actor, schoolId, filter, params, today());
      const body = (
        <StudentsPage
          school={await schoolOf(schoolId)}
          manage={schoolAbilities(list.access).manage}
          page={list.page}
          params={params}
          filter={filterInput}
          classNames={list.classNames}
          schoolYear={list.schoolYear}
        />
      );
      return sendPage(req, reply, req.t('schools.students.title'), body);
    });

    const renderNew = async (req: FastifyRequest, reply: FastifyReply, schoolId: string, values: Record<string, string>, errors?: FieldErrors) => {
      await schoolAccess(db, req.actor, schoolId, 'manage');
      const body = <StudentFormPage school={await schoolOf(schoolId)} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('schools.students.new'), body, errors ? 422 : 200);
    };

    app.get('/schools/:schoolId/students/new', { config: signedIn }, (req, reply) => renderNew(req, reply, schoolIdParam(req.params), {}));

    app.post('/schools/:schoolId/students', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      await schoolAccess(db, req.actor, schoolId, 'manage');
      const posted = postedValues(req.body);
      const form = parseForm(studentFormSchema, req.body);
      if (!form.ok) return renderNew(req, reply, schoolId, posted, form.errors);
      try {
        const id = await enrolStudent(db, req.actor, schoolId, form.data, today());
        setFlash(reply, 'schools.flash.enrolled');
        return redirectAfterPost(req, reply, `/schools/${schoolId}/students/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderNew(req, reply, schoolId, posted, err.errors);
        throw err;
      }
    });

    const renderStudent = async (req: FastifyRequest, reply: FastifyReply, ids: Ids, form?: PageForm) => {
      const detail = await getStudent(db, req.actor, ids.schoolId, ids.studentId, today());
      const body = <StudentPage school={await schoolOf(ids.schoolId)} detail={detail} today={today()} form={form} />;
      return sendPage(req, reply, `${detail.student.familyName} ${detail.student.givenName}`, body, form?.errors ? 422 : 200);
    };

    const idsOf = (params: unknown): Ids => ({ schoolId: schoolIdParam(params), studentId: studentIdParam(params) });

    app.get('/schools/:schoolId/students/:studentId', { config: signedIn }, (req, reply) => renderStudent(req, reply, idsOf(req.params)));

    /** A coordinator's form on the student's page: who may act is checked before the form is read; errors re-show the page. */
    function studentPost<S extends z.ZodType>(
      path: string,
      formName: string,
      schema: S,
      act: (req: FastifyRequest, ids: Ids, data: z.output<S>) => Promise<void>,
      flash: string,
    ) {
      app.post(`/schools/:schoolId/students/:studentId/${path}`, { config: signedIn }, async (req, reply) => {
        const ids = idsOf(req.params);
        await getStudent(db, req.actor, ids.schoolId, ids.studentId, today());
        await schoolAccess(db, req.actor, ids.schoolId, 'manage');
        const posted = postedValues(req.body);
        const form = parseForm(schema, req.body);
        try {
          if (!form.ok) throw new FieldValidationError(form.errors);
          await act(req, ids, form.data);
        } catch (err) {
          if (err instanceof FieldValidationError) return renderStudent(req, reply, ids, { name: formName, values: posted, errors: err.errors });
          throw err;
        }
        setFlash(reply, flash);
        return redirectAfterPost(req, reply, `/schools/${ids.schoolId}/students/${ids.studentId}`);
      });
    }

    studentPost(
      'guardian-agreement',
      'agreement',
      guardianAgreementFormSchema,
      (req, ids, data) => recordPaperAgreement(db, req.actor, ids.schoolId, ids.studentId, data, today()),
      'schools.flash.agreementSaved',
    );
    studentPost(
      'guardian-invite',
      'invite',
      guardianInviteFormSchema,
      async (req, ids, data) => {
        try {
          await inviteStudentGuardian(db, config, req.actor, ids.schoolId, ids.studentId, data.guardianEmail, today());
        } catch (err) {
          // The guardians module names its field `email`; here it is `guardianEmail`.
          if (err instanceof FieldValidationError && err.errors.email) throw new FieldValidationError({ ...err.errors, guardianEmail: err.errors.email });
          throw err;
        }
      },
      'schools.flash.guardianInvited',
    );
    studentPost(
      'exemption',
      'exemption',
      exemptionFormSchema,
      (req, ids, data) => recordExemption(db, req.actor, ids.schoolId, ids.studentId, data),
      'schools.flash.exemptionSaved',
    );
    studentPost(
      'exemption/remove',
      'exemptionRemove',
      confirmSchema,
      (req, ids) => removeExemption(db, req.actor, ids.schoolId, ids.studentId),
      'schools.flash.exemptionRemoved',
    );
    studentPost('left', 'left', leftFormSchema, (req, ids, data) => markLeft(db, req.actor, ids.schoolId, ids.studentId, data.leftOn), 'schools.flash.left');

    const renderGuardian = async (req: FastifyRequest, reply: FastifyReply, studentId: string, values?: Record<string, string>, errors?: FieldErrors) => {
      const view = await guardianAgreementPage(db, req.actor, studentId, today());
      const body = <GuardianAgreementPage view={view} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('schools.guardianPage.short'), body, errors ? 422 : 200);
    };

    app.get('/iksz/agreement/:studentId', { config: signedIn }, (req, reply) => renderGuardian(req, reply, studentIdParam(req.params)));

    app.post('/iksz/agreement/:studentId', { config: signedIn }, async (req, reply) => {
      const studentId = studentIdParam(req.params);
      await guardianAgreementPage(db, req.actor, studentId, today());
      const form = parseForm(onlineAgreementFormSchema, req.body);
      if (!form.ok) return renderGuardian(req, reply, studentId, postedValues(req.body), form.errors);
      await agreeOnline(db, req.actor, studentId, form.data, today());
      setFlash(reply, 'schools.flash.agreed');
      return redirectAfterPost(req, reply, `/iksz/agreement/${studentId}`);
    });
  };
}
