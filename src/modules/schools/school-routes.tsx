import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { capsToEdit, saveCaps } from './caps.js';
import { schoolExportTable } from './exports.js';
import { schoolAccess } from './policy.js';
import {
  capsFormSchema,
  classTeacherFormSchema,
  confirmSchema,
  coordinatorFormSchema,
  schoolFilterSchema,
  schoolFormSchema,
  schoolIdParam,
  schoolSorts,
} from './schema.js';
import {
  appointClassTeacher,
  appointCoordinator,
  createSchool,
  exportSchools,
  hostChoices,
  listSchools,
  mySchools,
  removeSchoolMember,
  schoolCenters,
  schoolHome,
  schoolToEdit,
  updateSchool,
} from './schools-service.js';
import { ManageListPage } from './views/manage-list-page.js';
import { MySchoolsPage } from './views/my-schools-page.js';
import { SchoolFormPage } from './views/school-form-page.js';
import { type PageForm, SchoolPage } from './views/school-page.js';
import { SettingsPage } from './views/settings-page.js';

export const staffAccess = { access: 'permission', permission: 'programs.manage' } as const;
export const signedIn = { access: 'authenticated' } as const;
export const today = () => budapestDay(new Date());

/** Schools: the center's list and form, the members' "my schools", the school's home with the appointments, its caps. */
export function schoolRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/schools/manage', { config: staffAccess }, async (req, reply) => {
      const params = parseListParams(req.query, schoolSorts, { sort: 'name' });
      const { q } = schoolFilterSchema.parse(req.query ?? {});
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, schoolExportTable(req.t, await exportSchools(db, req.actor, q || undefined, params)));
      const page = await listSchools(db, req.actor, q || undefined, params);
      return sendPage(req, reply, req.t('schools.manage.title'), <ManageListPage page={page} params={params} q={q} />);
    });

    const renderNew = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: FieldErrors) => {
      const centers = await schoolCenters(db, req.actor);
      const centerId = centers.length === 1 ? centers[0]?.id : centers.find((c) => c.id === values.centerId)?.id;
      const hosts = centerId ? await hostChoices(db, centerId) : [];
      const body = <SchoolFormPage centers={centers} hosts={hosts} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('schools.new.title'), body, errors ? 422 : 200);
    };

    app.get('/schools/manage/new', { config: staffAccess }, (req, reply) => renderNew(req, reply, {}));

    app.post('/schools/manage', { config: staffAccess }, async (req, reply) => {
      const posted = postedValues(req.body);
      const centers = await schoolCenters(db, req.actor);
      const center = centers.length === 1 ? centers[0] : centers.find((c) => c.id === posted.centerId);
      const form = parseForm(schoolFormSchema, req.body);
      const centerError: FieldErrors = center ? {} : { centerId: { key: 'validation.choice' } };
      if (!form.ok || !center) return renderNew(req, reply, posted, { ...(form.ok ? {} : form.errors), ...centerError });
      try {
        const id = await createSchool(db, req.actor, center.id, form.data);
        setFlash(reply, 'schools.flash.saved');
        return redirectAfterPost(req, reply, `/schools/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderNew(req, reply, posted, err.errors);
        throw err;
      }
    });

    app.get('/schools', { config: signedIn }, async (req, reply) => {
      const mine = await mySchools(db, req.actor);
      return sendPage(req, reply, req.t('schools.mine.title'), <MySchoolsPage schools={mine.schools} staff={mine.staff} />);
    });

    const renderHome = async (req: FastifyRequest, reply: FastifyReply, schoolId: string, form?: PageForm) => {
      const home = await schoolHome(db, req.actor, schoolId, today());
      return sendPage(req, reply, home.school.name, <SchoolPage home={home} form={form} />, form?.errors ? 422 : 200);
    };

    app.get('/schools/:schoolId', { config: signedIn }, (req, reply) => renderHome(req, reply, schoolIdParam(req.params)));

    const renderEdit = async (req: FastifyRequest, reply: FastifyReply, schoolId: string, values?: Record<string, string>, errors?: FieldErrors) => {
      const school = await schoolToEdit(db, req.actor, schoolId);
      const hosts = await hostChoices(db, school.centerId);
      const stored = {
        name: school.name,
        omId: school.omId,
        place: `${school.placeName} (${school.placeCounty})`,
        address: school.address ?? '',
        email: school.email ?? '',
        phone: school.phone ?? '',
        hostOrganizationId: school.hostOrganizationId ?? '',
      };
      const body = <SchoolFormPage school={school} centers={[]} hosts={hosts} values={values ?? stored} errors={errors} />;
      return sendPage(req, reply, req.t('schools.edit.title'), body, errors ? 422 : 200);
    };

    app.get('/schools/:schoolId/edit', { config: staffAccess }, (req, reply) => renderEdit(req, reply, schoolIdParam(req.params)));

    app.post('/schools/:schoolId/edit', { config: staffAccess }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      // Tenant first: a stranger learns nothing from validation messages.
      await schoolToEdit(db, req.actor, schoolId);
      const posted = postedValues(req.body);
      const form = parseForm(schoolFormSchema, req.body);
      if (!form.ok) return renderEdit(req, reply, schoolId, posted, form.errors);
      try {
        await updateSchool(db, req.actor, schoolId, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderEdit(req, reply, schoolId, posted, err.errors);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/schools/${schoolId}`);
    });

    app.post('/schools/:schoolId/coordinator', { config: staffAccess }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      await schoolToEdit(db, req.actor, schoolId);
      const posted = postedValues(req.body);
      const form = parseForm(coordinatorFormSchema, req.body);
      if (!form.ok) return renderHome(req, reply, schoolId, { name: 'coordinator', values: posted, errors: form.errors });
      try {
        await appointCoordinator(db, req.actor, schoolId, form.data.coordinatorEmail);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderHome(req, reply, schoolId, { name: 'coordinator', values: posted, errors: err.errors });
        throw err;
      }
      setFlash(reply, 'schools.flash.appointed');
      return redirectAfterPost(req, reply, `/schools/${schoolId}`);
    });

    app.post('/schools/:schoolId/class-teachers', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      // Who may appoint first: a stranger learns nothing from validation messages.
      await schoolAccess(db, req.actor, schoolId, 'setUp');
      const posted = postedValues(req.body);
      const form = parseForm(classTeacherFormSchema, req.body);
      try {
        if (!form.ok) throw new FieldValidationError(form.errors);
        await appointClassTeacher(db, req.actor, schoolId, form.data.teacherEmail, form.data.classNames);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderHome(req, reply, schoolId, { name: 'classTeacher', values: posted, errors: err.errors });
        throw err;
      }
      setFlash(reply, 'schools.flash.appointed');
      return redirectAfterPost(req, reply, `/schools/${schoolId}`);
    });

    app.post('/schools/:schoolId/members/:userId/remove', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      const userId = uuidParam(req.params, 'userId');
      await schoolAccess(db, req.actor, schoolId, 'setUp');
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderHome(req, reply, schoolId, { name: `remove-${userId}`, values: {}, errors: form.errors });
      await removeSchoolMember(db, req.actor, schoolId, userId);
      setFlash(reply, 'schools.flash.memberRemoved');
      return redirectAfterPost(req, reply, `/schools/${schoolId}`);
    });

    const renderSettings = async (req: FastifyRequest, reply: FastifyReply, schoolId: string, values?: Record<string, string>, errors?: FieldErrors) => {
      const caps = await capsToEdit(db, req.actor, schoolId);
      const home = await schoolHome(db, req.actor, schoolId, today());
      const stored = {
        atSchoolHours: caps.at_school ? String(caps.at_school.maxHours) : '',
        atSchoolMode: caps.at_school?.mode ?? 'warn',
        perHostHours: caps.per_host ? String(caps.per_host.maxHours) : '',
        perHostMode: caps.per_host?.mode ?? 'warn',
      };
      const body = <SettingsPage school={home.school} values={values ?? stored} errors={errors} />;
      return sendPage(req, reply, req.t('schools.settings.title'), body, errors ? 422 : 200);
    };

    app.get('/schools/:schoolId/settings', { config: signedIn }, (req, reply) => renderSettings(req, reply, schoolIdParam(req.params)));

    app.post('/schools/:schoolId/settings', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      await capsToEdit(db, req.actor, schoolId);
      const form = parseForm(capsFormSchema, req.body);
      if (!form.ok) return renderSettings(req, reply, schoolId, postedValues(req.body), form.errors);
      await saveCaps(db, req.actor, schoolId, form.data);
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/schools/${schoolId}/settings`);
    });
  };
}
