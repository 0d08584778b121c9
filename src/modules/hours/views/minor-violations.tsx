import { translateMaybeKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { MinorTimeViolation } from '../../volunteer-law/minor-time-limits.js';

/** Every Köt. 5. § rule the entry would break, in the reader's language (each message names its section). */
export function MinorViolations(props: { violations: MinorTimeViolation[] }) {
  const { t } = usePage();
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="minor-limits">
      <p>{t('hours.minor.title')}</p>
      <ul>
        {props.violations.map((v) => (
          <li key={v.code}>{translateMaybeKey(t, `law.minor.${v.code}`, v.params)}</li>
        ))}
      </ul>
    </div>
  );
}
