import { exportSvg } from '../charts/exportSvg.ts';

/**
 * Recording a story (issue #13, item 6): one frame per step, drawn from the figure's SVG once the step's
 * jobs have settled — not a wall-clock screen capture, so the same story and seeds give the same frames
 * whatever the machine's speed. Encoded as WebM (WebCodecs VP8 + webm-muxer) or an animated GIF
 * (gifenc); both packages load when a recording starts, so the page's first load does not carry them.
 */
export const EMBED_W = 800;
export const EMBED_H = 450;

export type RecordFormat = 'webm' | 'gif';

/** The figure's SVG drawn into an embed-sized canvas: scaled to fit, centred, on the chart's background. */
export async function drawFrame(svg: SVGSVGElement, canvas: HTMLCanvasElement, background: string): Promise<void> {
  const w = svg.viewBox.baseVal?.width || svg.clientWidth;
  const h = svg.viewBox.baseVal?.height || svg.clientHeight;
  const url = URL.createObjectURL(new Blob([exportSvg(svg).markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not render the SVG to an image'));
      img.src = url;
    });
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    const k = Math.min(canvas.width / w, canvas.height / h);
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, (canvas.width - k * w) / 2, (canvas.height - k * h) / 2, k * w, k * h);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface Encoder {
  /** add the canvas as it is now, shown for `ms` milliseconds */
  add(canvas: HTMLCanvasElement, ms: number): Promise<void>;
  finish(): Promise<Blob>;
}

export function canRecordWebm(): boolean {
  return typeof VideoEncoder !== 'undefined' && typeof VideoFrame !== 'undefined';
}

export async function createEncoder(format: RecordFormat, width = EMBED_W, height = EMBED_H): Promise<Encoder> {
  return format === 'webm' ? webmEncoder(width, height) : gifEncoder(width, height);
}

async function webmEncoder(width: number, height: number): Promise<Encoder> {
  if (!canRecordWebm()) throw new Error('this browser has no WebCodecs VideoEncoder: record a GIF instead');
  const { Muxer, ArrayBufferTarget } = await import('webm-muxer');
  const muxer = new Muxer({ target: new ArrayBufferTarget(), video: { codec: 'V_VP8', width, height }, firstTimestampBehavior: 'offset' });
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (e) => (failure = e instanceof Error ? e : new Error(String(e))),
  });
  encoder.configure({ codec: 'vp8', width, height, bitrate: 2_000_000, framerate: 30 });
  let t = 0;
  return {
    async add(canvas, ms) {
      // every frame a key frame: a story has tens of frames, each a different picture
      const frame = new VideoFrame(canvas, { timestamp: t * 1000, duration: ms * 1000 });
      encoder.encode(frame, { keyFrame: true });
      frame.close();
      t += ms;
    },
    async finish() {
      await encoder.flush();
      encoder.close();
      if (failure) throw failure;
      muxer.finalize();
      return new Blob([muxer.target.buffer], { type: 'video/webm' });
    },
  };
}

async function gifEncoder(width: number, height: number): Promise<Encoder> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const gif = GIFEncoder();
  return {
    async add(canvas, ms) {
      const rgba = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, width, height).data;
      const palette = quantize(rgba, 256);
      gif.writeFrame(applyPalette(rgba, palette), width, height, { palette, delay: ms });
    },
    async finish() {
      gif.finish();
      return new Blob([gif.bytes().slice()], { type: 'image/gif' });
    },
  };
}

/**
 * Resolves once the figure has settled after a change: two frames for React to commit and the jobs to
 * start, then `aria-busy` false on three checks in a row (the frame's progress, src/view/Figure.tsx).
 */
export async function settled(figure: Element, timeoutMs = 120_000): Promise<void> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  await frame();
  await frame();
  const start = performance.now();
  let calm = 0;
  while (calm < 3) {
    if (performance.now() - start > timeoutMs) throw new Error('the figure did not finish computing');
    await new Promise((r) => setTimeout(r, 50));
    calm = figure.getAttribute('aria-busy') === 'true' ? 0 : calm + 1;
  }
}
