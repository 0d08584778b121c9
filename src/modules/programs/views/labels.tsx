import { isMessageKey, type Translate, translateMaybeKey } from '../../../platform/i18n.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choice } from '../../inquiries/choices-repo.js';

/** The label of a stored code in the reader's language (an unknown code shows as it is). */
export const programKindLabel = (t: Translate, kind: string) => translateMaybeKey(t, `programs.kind.${kind}`);
export const programStatusLabel = (t: Translate, status: string) => translateMaybeKey(t, `programs.status.${status}`);
export const partnerKindLabel = (t: Translate, kind: string) => translateMaybeKey(t, `programs.partnerKind.${kind}`);
export const applicationStatusLabel = (t: Translate, status: string) => translateMaybeKey(t, `programs.applicationStatus.${status}`);
export const ikszStatusLabel = (t: Translate, status: string) => translateMaybeKey(t, `programs.ikszStatus.${status}`);

/** An area of 20/2012. EMMI rendelet 133. § (2) by its letter (labels `iksz.area.<code>`, src/i18n/iksz.ts). */
export function ikszAreaLabel(t: Translate, code: string): string {
  const key = `iksz.area.${code}`;
  return isMessageKey(key) ? t(key) : `${code})`;
}

/** Staff of several centers (national admins) first choose the center a new program belongs to. */
export function ChooseCenterPage(props: { centers: Choice[] }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/programs/manage">{t('programs.manage.title')}</a>
      </p>
      <h1>{t('programs.manage.new')}</h1>
      <form method="get" action="/programs/manage/new">
        <SelectField
          name="center"
          label={t('programs.field.center')}
          options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
          emptyLabel={t('programs.chooseCenter')}
          required
        />
        <p class="toolbar">
          <button type="submit">{t('programs.continue')}</button>
        </p>
      </form>
    </>
  );
}
