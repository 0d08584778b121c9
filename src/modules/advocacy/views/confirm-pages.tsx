import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/**
 * The question before a destructive step (a page: works without JavaScript): removing a stakeholder's
 * contact, deleting an action or a document.
 */
export function ConfirmPage(props: { title: string; question: string; action: string; confirm: string; back: string; backLabel: string }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href={props.back}>{props.backLabel}</a>
      </p>
      <h1>{props.title}</h1>
      <p>{props.question}</p>
      <PostForm action={props.action}>
        <p class="toolbar">
          <button type="submit" class="button-danger">
            {props.confirm}
          </button>
          <a href={props.back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
