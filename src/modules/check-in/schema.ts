import { z } from 'zod';

/** The regenerate form's confirmation checkbox (works without JavaScript). */
export const regenerateFormSchema = z.object({ confirm: z.literal('on', 'checkIn.error.confirm') });
