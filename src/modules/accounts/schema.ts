import { z } from 'zod';

/** Password length bounds: long enough to resist guessing, short enough to bound argon2 work. */
export const passwordMinLength = 10;
export const passwordMaxLength = 200;
export const emailMaxLength = 254;
export const nameMaxLength = 100;

export const signupKinds = ['volunteer', 'organization'] as const;
export type SignupKind = (typeof signupKinds)[number];

/** E-mail addresses are compared and stored lower-cased and trimmed. */
const email = z.string().trim().toLowerCase().min(1).max(emailMaxLength).email();

// Control characters in a name could forge extra lines in the plain-text e-mails that greet by name.
const personName = z
  .string()
  .trim()
  .min(1)
  .max(nameMaxLength)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is exactly to refuse control characters.
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'validation.invalid');

const newPassword = z.string().min(passwordMinLength).max(passwordMaxLength);

/** The "again" field must match; checked even when other fields fail, so all errors show at once. */
function confirmationMatches<T extends { password: string; passwordConfirm: string }>(schema: z.ZodType<T>) {
  return schema.refine((d) => d.password === d.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'accounts.validation.passwordMismatch',
    when: (payload) => {
      const v = payload.value as Record<string, unknown> | undefined;
      return typeof v?.password === 'string' && typeof v.passwordConfirm === 'string';
    },
  });
}

export const signupForm = confirmationMatches(
  z.object({
    kind: z.enum(signupKinds, { message: 'accounts.validation.kind' }),
    familyName: personName,
    givenName: personName,
    email,
    password: newPassword,
    passwordConfirm: z.string().max(passwordMaxLength),
    acceptTerms: z.literal('yes', { message: 'accounts.validation.acceptTerms' }),
  }),
);
export type SignupForm = z.output<typeof signupForm>;

/** The first national administrator of a production install (`npm run admin:create`). */
export const firstAdminInput = z.object({ email, familyName: personName, givenName: personName });
export type FirstAdminInput = z.output<typeof firstAdminInput>;

export const loginForm = z.object({
  email,
  // No minimum beyond "not empty": the rules for new passwords may change, old ones must still work.
  password: z.string().min(1).max(passwordMaxLength),
  next: z.string().max(500).optional(),
});
export type LoginForm = z.output<typeof loginForm>;

/** Forgotten password and "send the confirmation link again" ask for the address only. */
export const emailForm = z.object({ email });
export type EmailForm = z.output<typeof emailForm>;

/** One-time tokens are 43 base64url characters; anything far longer is not ours. */
export const tokenValue = z.string().min(1).max(100);

export const resetPasswordForm = confirmationMatches(
  z.object({
    token: tokenValue,
    password: newPassword,
    passwordConfirm: z.string().max(passwordMaxLength),
  }),
);
export type ResetPasswordForm = z.output<typeof resetPasswordForm>;

export const changePasswordForm = confirmationMatches(
  z.object({
    currentPassword: z.string().min(1).max(passwordMaxLength),
    password: newPassword,
    passwordConfirm: z.string().max(passwordMaxLength),
  }),
).refine((d) => d.password !== d.currentPassword, {
  path: ['password'],
  message: 'accounts.validation.samePassword',
});
export type ChangePasswordForm = z.output<typeof changePasswordForm>;

/** `?kind=` preselects the radio on the sign-up page; anything else is ignored. */
export function signupKindFrom(value: unknown): SignupKind | undefined {
  return signupKinds.find((k) => k === value);
}
