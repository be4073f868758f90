// Download image: the map of a place (or the overview) as the build draws its
// static pictures (geodata/build/steps/static-maps.ts, the no-WebGL view's and
// the static pages' drawing, credits in its corner): the SVG itself, and a PNG
// at twice its size for print, drawn here from that SVG (an <img> onto a
// canvas, same-origin, so it runs under the atlas's CSP).
import { dataUrl } from '../state/data.svelte';

/** The PNG's size over the picture's: enough for print. */
export const PRINT_SCALE = 2;

/** The static picture of a place, or of the overview. */
export const pictureUrl = (region: string | null) => dataUrl(`static/${region ?? 'overview'}.svg`);

/** A download's file name: the atlas, then the place. */
export const pictureName = (region: string | null, extension: 'png' | 'svg') => `statement-atlas-${region ?? 'overview'}.${extension}`;

/** The picture as a PNG, `scale` times its own size. */
export async function pngOf(svgUrl: string, scale = PRINT_SCALE): Promise<Blob> {
  const image = new Image();
  image.src = svgUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('the browser made no PNG'))), 'image/png'));
}

/** Hands a file to the browser's downloads. */
export function saveFile(file: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
