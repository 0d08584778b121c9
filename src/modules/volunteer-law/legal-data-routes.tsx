import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentType } from 'preact';
import type { z } from 'zod';
import type { AppDeps } from '../../app.js';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { type ExportTable, exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import type { Translate } from '../../platform/i18n.js';
import { type ListParams, type Page, parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import {
  deleteLegalAmount,
  deleteSchoolPeriod,
  exportLegalAmounts,
  exportSchoolPeriods,
  getLegalAmount,
  getSchoolPeriod,
  type LegalAmountRecord,
  listLegalAmounts,
  listSchoolPeriods,
  previewLegalAmount,
  previewLegalAmountDeletion,
  previewSchoolPeriod,
  previewSchoolPeriodDeletion,
  type SchoolPeriodRecord,
  saveLegalAmount,
  saveSchoolPeriod,
  schoolYearWithoutBreaks,
} from './legal-data-admin-service.js';
import { legalAmountExportTable, schoolPeriodExportTable } from './legal-data-exports.js';
import type { AmountChange, DayKindChange } from './legal-data-preview.js';
import type { LegalAmountSort, SchoolPeriodSort } from './legal-data-repo.js';
import { isConfirmed, legalAmountFormSchema, legalAmountSorts, schoolPeriodFormSchema, schoolPeriodSorts } from './legal-data-schema.js';
import { LegalAmountDeletePage, LegalAmountFormPage, LegalAmountListPage, LegalAmountPreviewPage } from './views/legal-amount-pages.js';
import { SchoolCalendarListPage, SchoolPeriodDeletePage, SchoolPeriodFormPage, SchoolPeriodPreviewPage } from './views/school-calendar-pages.js';

const view = { access: 'permission', permission: 'admin.enter' } as const;
const manage = { access: 'permission', permission: 'legal.manage' } as const;

/** The fields a form posts back, without the step markers and the CSRF token. */
function formValues(body: unknown): Record<string, string> {
  const { confirmed: _c, edit: _e, _csrf, ...values } = postedValues(body);
  return values;
}

const wantsForm = (body: unknown) => !!body && typeof body === 'object' && (body as Record<string, unknown>).edit === '1';

type Values = Record<string, string>;

/**
 * One kind of legal data for its admin pages: the list URL and its id parameter, the form, the
 * service functions and the views. The pages and the steps of a change are the same for every kind.
 */
type LegalDataKind<Row extends { id: string }, Schema extends z.ZodType, Changes, Sort extends string> = {
  url: string;
  idName: string;
  texts: 'legal.amounts' | 'legal.calendar';
  sorts: readonly [Sort, ...Sort[]];
  defaultSort: Sort;
  formSchema: Schema;
  /** The edit form filled in from a stored record. */
  formValuesOf(row: Row): Values;
  list(db: Database, actor: Actor | null, params: ListParams<Sort>): Promise<Page<Row>>;
  exportRows(db: Database, actor: Actor | null, params: ListParams<Sort>): Promise<Row[]>;
  exportTable(t: Translate, rows: Row[]): ExportTable<Row>;
  get(db: Database, actor: Actor | null, id: string): Promise<Row>;
  preview(db: Database, actor: Actor | null, input: z.output<Schema>, editingId?: string): Promise<Changes>;
  save(db: Database, actor: Actor | null, input: z.output<Schema>, editingId?: string): Promise<string>;
  previewDeletion(db: Database, actor: Actor | null, id: string): Promise<{ row: Row; changes: Changes }>;
  remove(db: Database, actor: Actor | null, id: string): Promise<void>;
  ListPage: ComponentType<{ page: Page<Row>; params: ListParams<Sort>; schoolYearWithoutBreaks: string | null }>;
  FormPage: ComponentType<{ editingId?: string; values: Values; errors?: FieldErrors }>;
  PreviewPage: ComponentType<{ editingId?: string; values: Values; changes: Changes }>;
  DeletePage: ComponentType<{ row: Row; changes: Changes }>;
};

const legalAmounts: LegalDataKind<LegalAmountRecord, typeof legalAmountFormSchema, AmountChange[], LegalAmountSort> = {
  url: '/admin/legal-amounts',
  idName: 'legalAmountId',
  texts: 'legal.amounts',
  sorts: legalAmountSorts,
  defaultSort: 'effective',
  formSchema: legalAmountFormSchema,
  formValuesOf: (row) => ({ kind: row.kind, effectiveFrom: row.effectiveFrom, amount: String(row.amountHuf), source: row.source }),
  list: listLegalAmounts,
  exportRows: exportLegalAmounts,
  exportTable: legalAmountExportTable,
  get: getLegalAmount,
  preview: previewLegalAmount,
  save: saveLegalAmount,
  previewDeletion: previewLegalAmountDeletion,
  remove: deleteLegalAmount,
  ListPage: LegalAmountListPage,
  FormPage: LegalAmountFormPage,
  PreviewPage: LegalAmountPreviewPage,
  DeletePage: LegalAmountDeletePage,
};

const schoolPeriods: LegalDataKind<SchoolPeriodRecord, typeof schoolPeriodFormSchema, DayKindChange[], SchoolPeriodSort> = {
  url: '/admin/school-calendar',
  idName: 'schoolPeriodId',
  texts: 'legal.calendar',
  sorts: schoolPeriodSorts,
  defaultSort: 'starts',
  formSchema: schoolPeriodFormSchema,
  formValuesOf: (row) => ({ kind: row.kind, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn, source: row.source }),
  list: listSchoolPeriods,
  exportRows: exportSchoolPeriods,
  exportTable: schoolPeriodExportTable,
  get: getSchoolPeriod,
  preview: previewSchoolPeriod,
  save: saveSchoolPeriod,
  previewDeletion: previewSchoolPeriodDeletion,
  remove: deleteSchoolPeriod,
  ListPage: SchoolCalendarListPage,
  FormPage: SchoolPeriodFormPage,
  PreviewPage: SchoolPeriodPreviewPage,
  DeletePage: SchoolPeriodDeletePage,
};

/**
 * The pages of one kind: the list (and its export); a change is a form → preview (saves nothing) →
 * confirm; a deletion is a confirmation page showing what changes.
 */
function legalDataKindRoutes<Row extends { id: string }, Schema extends z.ZodType, Changes, Sort extends string>(
  app: FastifyInstance,
  db: Database,
  kind: LegalDataKind<Row, Schema, Changes, Sort>,
): void {
  const { url, texts } = kind;
  const one = `${url}/:${kind.idName}`;
  const idOf = (req: FastifyRequest) => uuidParam(req.params, kind.idName);

  app.get(url, { config: view }, async (req, reply) => {
    const params = parseListParams(req.query, kind.sorts, { sort: kind.defaultSort, dir: 'desc' });
    const format = exportFormatOf(req.query);
    if (format) return sendExport(reply, format, kind.exportTable(req.t, await kind.exportRows(db, req.actor, params)));
    const [page, noBreaks] = await Promise.all([kind.list(db, req.actor, params), schoolYearWithoutBreaks(db, req.actor)]);
    return sendPage(req, reply, req.t(`${texts}.title`), <kind.ListPage page={page} params={params} schoolYearWithoutBreaks={noBreaks} />);
  });

  const form = (req: FastifyRequest, reply: FastifyReply, editingId: string | undefined, values: Values, errors?: FieldErrors) =>
    sendPage(
      req,
      reply,
      req.t(editingId ? `${texts}.edit` : `${texts}.new`),
      <kind.FormPage editingId={editingId} values={values} errors={errors} />,
      errors ? 422 : 200,
    );

  /** One POST serves both steps: without `confirmed` it previews, with it it saves. */
  const post = async (req: FastifyRequest, reply: FastifyReply, editingId?: string) => {
    const values = formValues(req.body);
    if (wantsForm(req.body)) return form(req, reply, editingId, values);
    const parsed = parseForm(kind.formSchema, req.body);
    if (!parsed.ok) return form(req, reply, editingId, values, parsed.errors);
    try {
      if (!isConfirmed(req.body)) {
        const changes = await kind.preview(db, req.actor, parsed.data, editingId);
        return sendPage(req, reply, req.t('legal.preview.title'), <kind.PreviewPage editingId={editingId} values={values} changes={changes} />);
      }
      await kind.save(db, req.actor, parsed.data, editingId);
    } catch (err) {
      // A check that needs the database (e.g. one minimum wage a day) answers next to the field.
      if (err instanceof FieldValidationError) return form(req, reply, editingId, values, err.errors);
      throw err;
    }
    setFlash(reply, 'legal.flash.saved');
    return redirectAfterPost(req, reply, url);
  };

  app.get(`${url}/new`, { config: manage }, (req, reply) => form(req, reply, undefined, {}));
  app.post(url, { config: manage }, (req, reply) => post(req, reply));

  app.get(`${one}/edit`, { config: manage }, async (req, reply) => {
    const row = await kind.get(db, req.actor, idOf(req));
    return form(req, reply, row.id, kind.formValuesOf(row));
  });
  app.post(one, { config: manage }, async (req, reply) => {
    const row = await kind.get(db, req.actor, idOf(req));
    return post(req, reply, row.id);
  });

  app.get(`${one}/delete`, { config: manage }, async (req, reply) => {
    const preview = await kind.previewDeletion(db, req.actor, idOf(req));
    return sendPage(req, reply, req.t(`${texts}.delete`), <kind.DeletePage row={preview.row} changes={preview.changes} />);
  });
  app.post(`${one}/delete`, { config: manage }, async (req, reply) => {
    const id = idOf(req);
    if (!isConfirmed(req.body)) return redirectAfterPost(req, reply, `${url}/${id}/delete`);
    await kind.remove(db, req.actor, id);
    setFlash(reply, 'legal.flash.deleted');
    return redirectAfterPost(req, reply, url);
  });
}

/** The legal-data admin pages (ADR 016): the minimum wage and the school calendar. */
export function legalDataRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    legalDataKindRoutes(app, db, legalAmounts);
    legalDataKindRoutes(app, db, schoolPeriods);
  };
}
