/**
 * The build's identity, injected by vite.config.ts (`define`): package.json's version and the short
 * commit (`git rev-parse --short HEAD`, 'unknown' when the build ran without git). Under vitest the
 * same defines apply (vitest reads vite.config.ts).
 */
declare const __APP_VERSION__: string;
declare const __APP_COMMIT__: string;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown';
export const APP_COMMIT: string = typeof __APP_COMMIT__ === 'string' ? __APP_COMMIT__ : 'unknown';
