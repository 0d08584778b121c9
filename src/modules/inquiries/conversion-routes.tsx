import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { postedValues } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { registrationRuleErrors } from '../organizations/registration-service.js';
import { organizationLeadSchema } from '../organizations/schema.js';
import { newWalkInValues, type ProfileFormValues, postedFormValues } from '../volunteers/form-state.js';
import { allProfileErrors } from '../volunteers/profile-form-errors.js';
import { staffProfileSchema } from '../volunteers/schema.js';
import { activeCauses, activeSkills, registrationCenters, registrationPoints } from '../volunteers/service.js';
import { StaffFormPage } from '../volunteers/views/staff-form-page.js';
import {
  type ConversionKind,
  convertToOrganizationLead,
  convertToVolunteer,
  getInquiryToConvert,
  InquiryConvertedError,
  splitPersonName,
} from './conversion-service.js';
import type { InquiryRow } from './repo.js';
import { inquiryIdParam } from './schema.js';
import { LeadPage } from './views/lead-page.js';

const logging = { access: 'permission', permission: 'inquiries.log' } as const;

/** The walk-in form, prefilled from the inquiry: the asker's name (family name first), e-mail and phone. */
function volunteerValuesOf(inquiry: InquiryRow): ProfileFormValues {
  const { familyName, givenName } = splitPersonName(inquiry.askerName);
  return { ...newWalkInValues(), familyName, givenName, email: inquiry.askerEmail ?? '', phone: inquiry.askerPhone ?? '', pointId: inquiry.pointId ?? '' };
}

function leadValuesOf(inquiry: InquiryRow): Record<string, string> {
  return { name: inquiry.askerOrganization ?? inquiry.askerName ?? '', email: inquiry.askerEmail ?? '', phone: inquiry.askerPhone ?? '' };
}

/**
 * "Register as a volunteer" and "record as an organization lead" from an inquiry: the volunteers'
 * and the organizations' own forms and rules, prefilled, posting here so the link is kept. A second
 * conversion of the same kind goes back to the inquiry, which links to what was made.
 */
export function conversionRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    /** Runs a conversion step; an inquiry already converted goes back to its page with a notice. */
    const guarded =
      (kind: ConversionKind, step: (req: FastifyRequest, reply: FastifyReply, inquiryId: string) => Promise<FastifyReply>) =>
      async (req: FastifyRequest, reply: FastifyReply) => {
        const inquiryId = inquiryIdParam(req.params);
        try {
          return await step(req, reply, inquiryId);
        } catch (err) {
          if (!(err instanceof InquiryConvertedError)) throw err;
          setFlash(reply, kind === 'volunteer' ? 'inquiries.flash.alreadyVolunteer' : 'inquiries.flash.alreadyOrganization');
          return redirectAfterPost(req, reply, `/inquiries/${inquiryId}`);
        }
      };

    const renderVolunteerForm = async (req: FastifyRequest, reply: FastifyReply, inquiry: InquiryRow, values: ProfileFormValues, errors?: FieldErrors) => {
      const [centers, points, causes, skills] = await Promise.all([
        registrationCenters(db, req.actor),
        registrationPoints(db, req.actor),
        activeCauses(db),
        activeSkills(db),
      ]);
      const page = (
        <StaffFormPage
          values={values}
          errors={errors}
          causes={causes}
          skills={skills}
          centers={centers.filter((c) => c.id === inquiry.centerId)}
          points={points.filter((p) => p.centerId === inquiry.centerId)}
          chooseCenter={false}
          from={{ action: `/inquiries/${inquiry.id}/volunteer`, cancel: `/inquiries/${inquiry.id}` }}
        />
      );
      return sendPage(req, reply, req.t('volunteers.new.title'), page, errors ? 422 : 200);
    };

    app.get(
      '/inquiries/:inquiryId/volunteer',
      { config: logging },
      guarded('volunteer', async (req, reply, inquiryId) => {
        const inquiry = await getInquiryToConvert(db, req.actor, inquiryId, 'volunteer');
        return renderVolunteerForm(req, reply, inquiry, volunteerValuesOf(inquiry));
      }),
    );

    app.post(
      '/inquiries/:inquiryId/volunteer',
      { config: logging },
      guarded('volunteer', async (req, reply, inquiryId) => {
        // Tenant first: a stranger learns nothing from validation messages.
        const inquiry = await getInquiryToConvert(db, req.actor, inquiryId, 'volunteer');
        const posted = postedFormValues(req.body);
        const form = parseForm(staffProfileSchema(), req.body);
        if (!form.ok) return renderVolunteerForm(req, reply, inquiry, posted, await allProfileErrors(db, posted, form.errors));
        try {
          await convertToVolunteer(db, req.actor, inquiryId, form.data);
        } catch (err) {
          if (err instanceof FieldValidationError) return renderVolunteerForm(req, reply, inquiry, posted, err.errors);
          throw err;
        }
        setFlash(reply, 'inquiries.flash.volunteerRegistered');
        return redirectAfterPost(req, reply, `/inquiries/${inquiryId}`);
      }),
    );

    const renderLead = (req: FastifyRequest, reply: FastifyReply, inquiryId: string, values: Record<string, string>, errors?: FieldErrors) =>
      sendPage(req, reply, req.t('inquiries.lead.title'), <LeadPage inquiryId={inquiryId} values={values} errors={errors} />, errors ? 422 : 200);

    app.get(
      '/inquiries/:inquiryId/organization',
      { config: logging },
      guarded('organization', async (req, reply, inquiryId) => {
        const inquiry = await getInquiryToConvert(db, req.actor, inquiryId, 'organization');
        return renderLead(req, reply, inquiryId, leadValuesOf(inquiry));
      }),
    );

    app.post(
      '/inquiries/:inquiryId/organization',
      { config: logging },
      guarded('organization', async (req, reply, inquiryId) => {
        await getInquiryToConvert(db, req.actor, inquiryId, 'organization');
        const posted = postedValues(req.body);
        const form = parseForm(organizationLeadSchema, req.body);
        if (!form.ok) return renderLead(req, reply, inquiryId, posted, { ...(await registrationRuleErrors(db, posted, [])), ...form.errors });
        try {
          await convertToOrganizationLead(db, req.actor, inquiryId, form.data);
        } catch (err) {
          if (err instanceof FieldValidationError) return renderLead(req, reply, inquiryId, posted, err.errors);
          throw err;
        }
        setFlash(reply, 'inquiries.flash.leadRecorded');
        return redirectAfterPost(req, reply, `/inquiries/${inquiryId}`);
      }),
    );
  };
}
