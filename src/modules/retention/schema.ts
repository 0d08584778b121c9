import { z } from 'zod';
import { type PreviewCategory, previewCategories } from './preview-service.js';

/** The preview's filter (`?step=`): one category, or every one (the default, and "all"). */
export const allCategories = 'all';
export function categoryFilterOf(query: unknown): PreviewCategory | undefined {
  const parsed = z.enum(previewCategories).safeParse((query as Record<string, unknown> | undefined)?.step);
  return parsed.success ? parsed.data : undefined;
}
