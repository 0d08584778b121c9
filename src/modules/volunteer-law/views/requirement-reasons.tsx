import { usePage } from '../../../ui/page-context.js';
import type { ContractRequirement } from '../contract-requirement.js';

/**
 * Whether a volunteer contract must be written, trigger by trigger with the section cited
 * (HUNGARY.md §1.4), and the Köt. 5. § ban on volunteering abroad when it applies. Shared by the
 * public calculator and a placement's contract page, which word the verdict for their readers.
 */
export function RequirementReasons(props: { requirement: ContractRequirement; abroadBan: boolean; requiredText: string; notRequiredText: string }) {
  const { t } = usePage();
  const { requirement } = props;
  return (
    <>
      {requirement.required ? (
        <>
          <p>
            <strong>{props.requiredText}</strong>
          </p>
          <ul>
            {requirement.reasons.map((r) => (
              <li data-code={r.code}>{t(`law.contract.${r.code}`, r.params)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <strong>{props.notRequiredText}</strong>
        </p>
      )}
      {props.abroadBan && (
        <div class="warning" role="note">
          <p>
            <strong>{t('law.check.warningTitle')}:</strong> {t('law.abroad.notAllowed')}
          </p>
        </div>
      )}
    </>
  );
}
