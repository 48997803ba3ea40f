/**
 * The link schema's version (url.ts migrates older links step by step). Its own module, free of imports, so
 * that Node scripts (the browser bench) read it without loading the URL codec and its browser-side packages.
 */
export const URL_VERSION = 3;
