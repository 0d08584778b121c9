export * from './accounts.js';
export * from './places.js';
export * from './platform.js';
export * from './tenancy.js';
export * from './brokering.js';
export * from './hours.js';
export * from './certificates.js';
export * from './benefits.js';
