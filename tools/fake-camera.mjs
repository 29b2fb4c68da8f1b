// A fake camera's film for Chromium (`--use-file-for-fake-video-capture=<file>.y4m`),
// made from the app's own answer QR codes: the end-to-end test of the seminar's
// scanner (tests/e2e/scan.spec.ts) and the benchmark's `scan` step
// (bench/lib/scan.mjs) read a participant's code off the page (the SVG the app
// draws), and film it as a phone held in front of the facilitator's laptop.
//
// Y4M: a text header, then per frame "FRAME\n" and the Y, U and V planes
// (4:2:0). Chromium plays the file at its frame rate and starts again at the end.
import { writeFileSync } from 'node:fs';

/**
 * The modules of the QR code an `svg.qr` shows: its viewBox side (quiet zone
 * included) and path `d` (`M x y h w v1 h-w z` per run of dark modules, see
 * src/model/qr.rs). Returns { side, dark: Uint8Array(side*side) }.
 */
export function qrFromSvg(viewBox, d) {
  const side = Number(viewBox.trim().split(/\s+/)[2]);
  const dark = new Uint8Array(side * side);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) dark[y * side + x + i] = 1;
  }
  return { side, dark };
}

/** The modules of the first `svg.qr` inside `scope` (a Playwright locator). */
export async function qrOnPage(scope) {
  const svg = scope.locator('svg.qr').first();
  const [viewBox, d] = await Promise.all([svg.getAttribute('viewBox'), svg.locator('path').getAttribute('d')]);
  return qrFromSvg(viewBox, d);
}

/**
 * Writes a Y4M film to `file`: `scenes` is a list of { qr (or null for an
 * empty room), seconds }. The code is drawn in the middle, `fill` of the
 * picture's height, dark on white, on a mid-grey background (a phone in a room).
 */
export function writeFilm(file, scenes, { width = 640, height = 480, fps = 10, fill = 0.7 } = {}) {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frameHeader = Buffer.from('FRAME\n');
  const parts = [header];
  for (const { qr, seconds } of scenes) {
    const y = Buffer.alloc(width * height, 120);
    if (qr) {
      const px = Math.floor((height * fill) / qr.side);
      const size = px * qr.side;
      const [x0, y0] = [Math.floor((width - size) / 2), Math.floor((height - size) / 2)];
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) {
          const m = qr.dark[Math.floor(r / px) * qr.side + Math.floor(c / px)];
          y[(y0 + r) * width + x0 + c] = m ? 16 : 235;
        }
      }
    }
    const frames = Math.max(1, Math.round(seconds * fps));
    for (let i = 0; i < frames; i++) parts.push(frameHeader, y, chroma);
  }
  writeFileSync(file, Buffer.concat(parts));
}
