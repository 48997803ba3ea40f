import { lazyDialog } from '../lecture/lazyDialog.tsx';

/** "Reproduce" and "Cite" with the bibliography load when first opened: not in the page's first load. */
export const InfoDialog = lazyDialog(async () => (await import('./InfoDialog.tsx')).InfoDialog, 'the dialog');
