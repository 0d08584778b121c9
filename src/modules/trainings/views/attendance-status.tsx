import { usePage } from '../../../ui/page-context.js';
import type { RosterStatus } from '../attendance-repo.js';

const statusKey = {
  registered: 'trainingAttendance.status.registered',
  attended: 'trainingAttendance.status.attended',
  completed: 'trainingAttendance.status.completed',
  no_show: 'trainingAttendance.status.noShow',
} as const satisfies Record<RosterStatus, string>;

/** A roster status in words. */
export function attendanceStatusText(t: ReturnType<typeof usePage>['t'], status: RosterStatus): string {
  return t(statusKey[status]);
}

export function AttendanceStatus(props: { status: RosterStatus }) {
  return <>{attendanceStatusText(usePage().t, props.status)}</>;
}
