declare const __APP_VERSION__: string | undefined;
declare const __APP_COMMIT__: string | undefined;

/** The app's version and commit, injected at build (vite.config.ts `define`); 'dev' in tests and the dev server without them. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
export const APP_COMMIT: string = typeof __APP_COMMIT__ === 'string' ? __APP_COMMIT__ : 'unknown';
export const APP_VERSION_LINE = `${APP_VERSION} (commit ${APP_COMMIT})`;
