import type { Permission } from './authz.js';

/**
 * Every route declares who may reach it (checked when the route is registered). The request hook
 * enforces it as a first gate; services still check permission and tenant for every action.
 * The route-matrix test reads these declarations to know what each persona should get.
 */
export type RouteAccess =
  | { access: 'public' }
  /** Pages for visitors who are not logged in (login, sign-up): a logged-in user is sent home. */
  | { access: 'guest' }
  | { access: 'authenticated' }
  | { access: 'permission'; permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess['access'];
    permission?: Permission;
    /** Routes that take no cookie-authenticated state change (e.g. a JSON API GET) may skip CSRF. */
    csrf?: boolean;
  }
}
