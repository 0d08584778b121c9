import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Point } from '../service.js';

/**
 * The confirmation step before deleting a point (a real page, so it works without JavaScript).
 * While role grants belong to the point it explains why it cannot be deleted instead.
 */
export function PointDeletePage(props: { point: Point; grantCount: number; refused?: boolean }) {
  const { t } = usePage();
  const { point } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href={`/admin/points/${point.id}`}>{point.name}</a>
      </p>
      <h1>{t('points.delete.title', { name: point.name })}</h1>
      {props.grantCount > 0 || props.refused ? (
        <>
          <div class="error-summary" role="alert">
            <p>{props.grantCount > 0 ? t('points.delete.inUse', { count: props.grantCount }) : t('points.delete.referenced')}</p>
          </div>
          <p>
            <a href={`/admin/points/${point.id}`}>{t('points.delete.back')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t('points.delete.question', { name: point.name, center: point.centerName })}</p>
          <p>{t('form.confirmDelete')}</p>
          <PostForm action={`/admin/points/${point.id}/delete`}>
            <p class="toolbar">
              <button type="submit" class="button-danger">
                {t('points.delete.confirm')}
              </button>
              <a href={`/admin/points/${point.id}`}>{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}
