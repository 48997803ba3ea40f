import { lazyDialog } from '../lecture/lazyDialog.tsx';

/**
 * "Overlay data…" and the file reading behind it (parse, columns, decode) load when the reader first opens the
 * dialog or drops a file on a figure: not in the page's first load. What draws a stored overlay
 * (storage.ts, overlaySeries.ts) stays eager.
 */
export const overlayCode = () => import('./OverlayDialog.tsx');
export const OverlayDialog = lazyDialog(async () => (await overlayCode()).OverlayDialog, 'the data dialog');
export type { OverlayTarget } from './OverlayDialog.tsx';
