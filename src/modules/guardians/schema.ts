import { z } from 'zod';

/** The guardian's address: the invite form (defaults to the profile's guardian e-mail). */
export const guardianInviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).email('guardians.error.email'),
});
export type GuardianInviteInput = z.output<typeof guardianInviteSchema>;

/** The confirming POST names the invitation by the e-mailed token or, on "A gyermekeim", by its id. */
export const invitationKeySchema = z.union([z.object({ token: z.string().trim().min(10).max(200) }), z.object({ linkId: z.uuid() })]);

/** Withdrawing consent asks for a ticked confirmation (it ends the minor's sign-ups under 16). */
export const withdrawConsentSchema = z.object({ confirmed: z.literal('on', 'guardians.error.confirmWithdraw') });
