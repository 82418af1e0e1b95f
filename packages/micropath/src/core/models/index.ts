export * from './listing.ts';
export * from './application.ts';
export * from './skill.ts';
export * from './time-zone.ts';
export * from './mentoring.ts';
export * from './booking.ts';
export * from './credential.ts';
export * from './exchange.ts';
