import type { MessageKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';

/** The organization's vetting status in words (colour alone would not tell everyone). */
export function statusKey(status: string): MessageKey {
  switch (status) {
    case 'approved':
      return 'organizations.status.approved';
    case 'needs_changes':
      return 'organizations.status.needs_changes';
    case 'rejected':
      return 'organizations.status.rejected';
    default:
      return 'organizations.status.submitted';
  }
}

export function OrganizationStatus(props: { status: string }) {
  const { t } = usePage();
  return <span class={`status status-${props.status}`}>{t(statusKey(props.status))}</span>;
}
