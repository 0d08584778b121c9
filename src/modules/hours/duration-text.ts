import type { Translate } from '../../platform/i18n.js';
import { durationParts } from './week.js';

/** 150 → "2 óra 30 perc", 120 → "2 óra", 45 → "45 perc" (in the reader's language). */
export function durationText(t: Translate, totalMinutes: number): string {
  const { hours, minutes } = durationParts(totalMinutes);
  if (hours === 0) return t('hours.duration.m', { minutes });
  if (minutes === 0) return t('hours.duration.h', { hours });
  return t('hours.duration.hm', { hours, minutes });
}
