/**
 * The accounts module's public face: routes here and other modules call only these functions.
 * The rules live in one file per concern (sign-up, login, passwords, the account page).
 */
export { type AccountOverview, type AccountRole, accountOverview } from './account-service.js';
export { type LoginOutcome, logIn, logOut } from './login-service.js';
export { changePassword, isResetLinkUsable, requestPasswordReset, resetPassword } from './password-service.js';
export type { AccountsDeps, RequestOrigin } from './service-deps.js';
export { type ConfirmOutcome, confirmEmail, confirmLinkState, resendConfirmation, signUp } from './signup-service.js';
