import type { ComponentChildren } from 'preact';
import { type Locale, formatDate, formatWholeNumber } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/** Pieces shared by the legal-data admin pages (ADR 016). */

export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** Forints as Hungarians write them ("322 800 Ft"); the hour value keeps its fillér ("2 017,50 Ft"). */
export function ftText(amount: number): string {
  if (Number.isInteger(amount)) return `${formatWholeNumber('hu', amount)}\u00a0Ft`;
  return `${new Intl.NumberFormat('hu-HU', { useGrouping: 'always', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)}\u00a0Ft`;
}

export function Breadcrumb(props: { children?: ComponentChildren }) {
  const { t } = usePage();
  return (
    <p class="breadcrumb">
      <a href="/admin">{t('nav.admin')}</a>
      {props.children && <> › {props.children}</>}
    </p>
  );
}

export function NoBreaksWarning(props: { schoolYear: string | null }) {
  const { t } = usePage();
  if (!props.schoolYear) return null;
  return (
    <p class="warning" role="note">
      {t('legal.calendar.noBreaks', { year: props.schoolYear })}
    </p>
  );
}

/**
 * The second step of every change: the values travel again as hidden fields with `confirmed=1`
 * (save) or `edit=1` (show the form again, filled in); a deletion offers a link back instead.
 */
export function ConfirmForms(props: { action: string; values: Record<string, string>; confirmLabel: string; backHref?: string }) {
  const { t } = usePage();
  const hidden = Object.entries(props.values).map(([name, value]) => <input type="hidden" name={name} value={value} key={name} />);
  return (
    <div class="toolbar">
      <PostForm action={props.action}>
        {hidden}
        <input type="hidden" name="confirmed" value="1" />
        <button type="submit">{props.confirmLabel}</button>
      </PostForm>
      {props.backHref ? (
        <a href={props.backHref}>{t('form.cancel')}</a>
      ) : (
        <PostForm action={props.action}>
          {hidden}
          <input type="hidden" name="edit" value="1" />
          <button type="submit" class="secondary">
            {t('legal.preview.back')}
          </button>
        </PostForm>
      )}
    </div>
  );
}
