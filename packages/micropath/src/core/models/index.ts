export * from './listing.ts';
export * from './mentoring.ts';
export * from './credential.ts';
