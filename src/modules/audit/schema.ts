import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';
import type { FieldErrors } from '../../platform/validation.js';

export const auditSorts = ['at'] as const;
export type AuditSort = (typeof auditSorts)[number];

/** Filters of the audit log; dates are whole days in Hungarian time, both ends included. */
export type AuditFilter = {
  entityType: string;
  action: string;
  /** Part of the acting user's e-mail address. */
  actor: string;
  from?: string;
  to?: string;
};

const shortText = z.string().trim().max(100).catch('');

/**
 * Reads `?entityType=&action=&actor=&from=&to=`. A filter form is a GET: a bad date is reported
 * next to its field and left out of the query, never an error page.
 */
export function auditFilterOf(query: unknown): { filter: AuditFilter; errors: FieldErrors } {
  const q = (query ?? {}) as Record<string, unknown>;
  const errors: FieldErrors = {};
  const dateOf = (name: 'from' | 'to'): string | undefined => {
    const value = shortText.parse(q[name] ?? '');
    if (!value) return undefined;
    if (isCalendarDay(value)) return value;
    errors[name] = { key: 'audit.error.date' };
    return undefined;
  };
  const filter: AuditFilter = {
    entityType: shortText.parse(q.entityType ?? ''),
    action: shortText.parse(q.action ?? ''),
    actor: shortText.parse(q.actor ?? '').toLowerCase(),
    from: dateOf('from'),
    to: dateOf('to'),
  };
  if (filter.from && filter.to && filter.from > filter.to) errors.to = { key: 'audit.error.dateOrder' };
  return { filter, errors };
}
