/** Skills across the widgets: references, the claims of credentials, and the matcher. */
export * from './skill-ref.ts';
export * from './normalize.ts';
export * from './claims.ts';
export * from './match.ts';
export * from './evidence.ts';
export * from './envelope.ts';
export * from './mentor-skills.ts';
