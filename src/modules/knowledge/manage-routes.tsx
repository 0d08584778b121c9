import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { uuidParam } from '../../platform/form-fields.js';
import type { MessageKey } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { type ArticleFormValues, articleFormValuesOf, emptyArticleForm, readArticleForm, withSourceRowErrors } from './article-form.js';
import { compareVersions } from './diff.js';
import { managedArticleExportTable } from './exports.js';
import { exportManagedArticles, getArticleOverview, listManagedArticles, reviewerChoices, writingPlaces } from './manage-service.js';
import type { ArticleRow } from './repo.js';
import { type KnowledgeAudience, type KnowledgeCategory, managedArticleFilterSchema, managedArticleSorts } from './schema.js';
import {
  ArticleChangedError,
  ArticleStatusError,
  createArticle,
  editArticle,
  getArticleVersion,
  getVersionPair,
  listArticleVersions,
  publishArticle,
  restoreVersion,
  submitForReview,
  withdrawArticle,
} from './service.js';
import { ArticleEditorPage, NewArticlePage } from './views/article-editor-page.js';
import { formatCalendarDay } from './views/article-page.js';
import { RestoreConfirmPage, WithdrawConfirmPage } from './views/confirm-pages.js';
import { DiffPage } from './views/diff-page.js';
import { audienceLabel, categoryLabel } from './views/knowledge-labels.js';
import { ManagedArticlesPage } from './views/managed-articles-page.js';
import { VersionPage, VersionsPage } from './views/versions-page.js';

/** The editors' pages: center staff write their centers' articles, national admins every article (service.ts decides). */
const editors = { config: { access: 'permission' as const, permission: 'knowledge.edit' as const } };

const articleIdOf = (req: FastifyRequest) => uuidParam(req.params, 'articleId');

/** A version number from a path or query: a positive whole number, else none. */
function versionNumberOf(value: unknown): number | undefined {
  return typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

/** `:version` of the path; anything else cannot name a version (404). */
function versionParamOf(req: FastifyRequest): number {
  const version = versionNumberOf((req.params as Record<string, unknown>).version);
  if (version === undefined) throw new NotFoundError('article version');
  return version;
}

const centerIdSchema = z.guid();

type EditorForm = { values: ArticleFormValues; errors?: FieldErrors; preview?: boolean; changed?: { from: number; to: number } };

export function knowledgeManageRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/knowledge/manage', editors, async (req, reply) => {
      const params = parseListParams(req.query, managedArticleSorts, { sort: 'updated', dir: 'desc' });
      const filter = managedArticleFilterSchema.parse(req.query ?? {});
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportManagedArticles(db, req.actor, filter, params);
        return sendExport(reply, format, managedArticleExportTable(req.t, rows, config.baseUrl));
      }
      const [page, places] = await Promise.all([listManagedArticles(db, req.actor, filter, params), writingPlaces(db, req.actor)]);
      return sendPage(req, reply, req.t('knowledge.manage.title'), <ManagedArticlesPage page={page} params={params} filter={filter} places={places} />);
    });

    const renderNew = async (req: FastifyRequest, reply: FastifyReply, form: EditorForm, status = 200) => {
      const [places, reviewers] = await Promise.all([writingPlaces(db, req.actor), reviewerChoices(db, req.actor)]);
      const page = <NewArticlePage places={places} reviewers={reviewers} values={form.values} errors={form.errors} preview={form.preview} />;
      return sendPage(req, reply, req.t('knowledge.manage.newTitle'), page, status);
    };

    app.get('/knowledge/manage/new', editors, async (req, reply) => {
      const places = await writingPlaces(db, req.actor);
      // A national admin starts with a national article, a center's editor with their center's.
      return renderNew(req, reply, { values: emptyArticleForm(places.national ? '' : (places.centers[0]?.id ?? '')) });
    });

    app.post('/knowledge/manage/new', editors, async (req, reply) => {
      const form = readArticleForm(req.body);
      if (form.preview) return renderNew(req, reply, { values: form.values, preview: true });
      const centerId = form.values.centerId === '' ? null : form.values.centerId;
      if (centerId !== null && !centerIdSchema.safeParse(centerId).success) {
        return renderNew(req, reply, { values: form.values, errors: { centerId: { key: 'validation.choice' } } }, 422);
      }
      try {
        const article = await createArticle(db, req.actor, centerId, form.input);
        setFlash(reply, 'knowledge.manage.flash.created');
        return redirectAfterPost(req, reply, `/knowledge/manage/${article.id}`);
      } catch (err) {
        if (!(err instanceof FieldValidationError)) throw err;
        return renderNew(req, reply, { values: form.values, errors: withSourceRowErrors(err.errors, form.values) }, 422);
      }
    });

    /** The editor page; `form` shows posted values again (errors, preview, a colleague's save) instead of the working copy. */
    const renderEditor = async (req: FastifyRequest, reply: FastifyReply, id: string, form?: EditorForm, status = 200) => {
      const overview = await getArticleOverview(db, req.actor, id);
      const reviewers = await reviewerChoices(db, req.actor, overview.article);
      const values = form?.values ?? articleFormValuesOf(overview.content, overview.article);
      const page = (
        <ArticleEditorPage overview={overview} reviewers={reviewers} values={values} errors={form?.errors} preview={form?.preview} changed={form?.changed} />
      );
      return sendPage(req, reply, overview.content.title, page, status);
    };

    app.get('/knowledge/manage/:articleId', editors, (req, reply) => renderEditor(req, reply, articleIdOf(req)));

    app.post('/knowledge/manage/:articleId', editors, async (req, reply) => {
      const id = articleIdOf(req);
      const form = readArticleForm(req.body);
      if (form.preview) return renderEditor(req, reply, id, { values: form.values, preview: true });
      try {
        await editArticle(db, req.actor, id, form.input, form.baseVersion);
        setFlash(reply, 'form.saved');
        return redirectAfterPost(req, reply, `/knowledge/manage/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) {
          return renderEditor(req, reply, id, { values: form.values, errors: withSourceRowErrors(err.errors, form.values) }, 422);
        }
        if (!(err instanceof ArticleChangedError)) throw err;
        // Nothing typed is lost: the form comes back as posted, now based on the colleague's version.
        const latest = err.latestVersion;
        const from = form.baseVersion >= 1 && form.baseVersion < latest ? form.baseVersion : undefined;
        return renderEditor(
          req,
          reply,
          id,
          {
            values: { ...form.values, baseVersion: String(latest) },
            errors: { _form: { key: 'knowledge.manage.changed', params: { version: latest } } },
            changed: from === undefined ? undefined : { from, to: latest },
          },
          409,
        );
      }
    });

    /** A workflow step from the editor page: done, or (a double click, a colleague was quicker) the article moved on. */
    const workflowStep = (path: string, step: (db: Database, actor: Actor | null, id: string) => Promise<ArticleRow>, done: MessageKey) =>
      app.post(`/knowledge/manage/:articleId/${path}`, editors, async (req, reply) => {
        const id = articleIdOf(req);
        try {
          await step(db, req.actor, id);
          setFlash(reply, done);
        } catch (err) {
          if (!(err instanceof ArticleStatusError)) throw err;
          setFlash(reply, 'knowledge.manage.flash.statusChanged');
        }
        return redirectAfterPost(req, reply, `/knowledge/manage/${id}`);
      });
    workflowStep('submit', submitForReview, 'knowledge.manage.flash.submitted');
    workflowStep('publish', (d, actor, id) => publishArticle(d, actor, id), 'knowledge.manage.flash.published');
    workflowStep('withdraw', withdrawArticle, 'knowledge.manage.flash.withdrawn');

    app.get('/knowledge/manage/:articleId/withdraw', editors, async (req, reply) => {
      const overview = await getArticleOverview(db, req.actor, articleIdOf(req));
      return sendPage(req, reply, req.t('knowledge.withdraw.title'), <WithdrawConfirmPage overview={overview} />);
    });

    app.get('/knowledge/manage/:articleId/versions', editors, async (req, reply) => {
      const id = articleIdOf(req);
      const overview = await getArticleOverview(db, req.actor, id);
      const versions = await listArticleVersions(db, req.actor, id);
      return sendPage(
        req,
        reply,
        req.t('knowledge.versions.title', { title: overview.content.title }),
        <VersionsPage overview={overview} versions={versions} />,
      );
    });

    app.get('/knowledge/manage/:articleId/versions/:version', editors, async (req, reply) => {
      const id = articleIdOf(req);
      const overview = await getArticleOverview(db, req.actor, id);
      const version = await getArticleVersion(db, req.actor, id, versionParamOf(req));
      return sendPage(req, reply, version.title, <VersionPage overview={overview} version={version} />);
    });

    const renderRestore = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors, status = 200) => {
      const id = articleIdOf(req);
      const overview = await getArticleOverview(db, req.actor, id);
      const version = (await getArticleVersion(db, req.actor, id, versionParamOf(req))).version;
      return sendPage(
        req,
        reply,
        req.t('knowledge.restore.title', { version }),
        <RestoreConfirmPage overview={overview} version={version} errors={errors} />,
        status,
      );
    };

    app.get('/knowledge/manage/:articleId/versions/:version/restore', editors, (req, reply) => renderRestore(req, reply));

    app.post('/knowledge/manage/:articleId/versions/:version/restore', editors, async (req, reply) => {
      const id = articleIdOf(req);
      const baseVersion = versionNumberOf((req.body as Record<string, unknown> | undefined)?.baseVersion) ?? Number.NaN;
      try {
        await restoreVersion(db, req.actor, id, versionParamOf(req), baseVersion);
      } catch (err) {
        if (!(err instanceof ArticleChangedError)) throw err;
        return renderRestore(req, reply, { _form: { key: 'knowledge.restore.changed', params: { version: err.latestVersion } } }, 409);
      }
      setFlash(reply, 'knowledge.manage.flash.restored');
      return redirectAfterPost(req, reply, `/knowledge/manage/${id}`);
    });

    /** `?from=&to=`: the latest version against the one before it unless chosen. */
    app.get('/knowledge/manage/:articleId/diff', editors, async (req, reply) => {
      const id = articleIdOf(req);
      const overview = await getArticleOverview(db, req.actor, id);
      const query = (req.query ?? {}) as Record<string, unknown>;
      const to = versionNumberOf(query.to) ?? overview.article.latestVersion;
      const from = versionNumberOf(query.from) ?? Math.max(1, to - 1);
      const [[older, newer], versions] = await Promise.all([getVersionPair(db, req.actor, id, from, to), listArticleVersions(db, req.actor, id)]);
      const differences = compareVersions(older, newer, {
        category: (c) => req.t(categoryLabel(c as KnowledgeCategory)),
        audience: (a) => req.t(audienceLabel(a as KnowledgeAudience)),
        day: (d) => formatCalendarDay(req.locale, d),
      });
      const page = <DiffPage overview={overview} versions={versions} from={from} to={to} differences={differences} />;
      return sendPage(req, reply, req.t('knowledge.diff.title', { from, to }), page);
    });
  };
}
