/** Errors that services throw and the HTTP layer turns into pages or JSON with the right status. */
export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(what = 'not found') {
    super(what);
  }
}

export class RateLimitedError extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

export class BadRequestError extends Error {
  readonly statusCode = 400;
}

export { ForbiddenError, UnauthenticatedError } from './authz.js';
