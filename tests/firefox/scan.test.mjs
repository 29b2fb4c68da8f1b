// Firefox and the room scan: Firefox has no BarcodeDetector, so the camera's
// pictures are read by the app's own decoder (rqrr, its own wasm module). With
// no camera at all (this machine has none) the panel says so and leads to the
// paste field. With a camera, stood in for by a canvas stream that shows the
// participant's answer QR code (a preload script replaces getUserMedia, as
// Chromium's e2e test plays a film through its fake camera), the answer is added.
import { ffTest, assert, withSecond } from './harness.mjs';
import { Key } from './driver.mjs';

/** A new seminar in `ff`; its invitation link. */
async function newSeminar(ff, title) {
  await ff.viewport(1280, 900);
  await ff.goto('/seminar/ny');
  await ff.fill('#s-title', title);
  await ff.click('main button[type=submit]', 'Opret seminar');
  await ff.waitForText('main h1', title);
  return ff.eval(() => document.getElementById('invite-link').value);
}

ffTest('without a camera the scan panel says so and leads to the answer links field', async (ff) => {
  await newSeminar(ff, 'Seminar uden kamera');
  await ff.click('#scan-open');
  await ff.waitFor('the camera to fail', () => document.querySelector('.scan-panel')?.dataset.state === 'failed');
  await ff.waitForText('.scan-panel__status', 'Der blev ikke fundet noget kamera.');
  await ff.click('.scan-panel__status button', 'Indsæt svarlinks i stedet');
  assert.equal(await ff.eval(() => document.activeElement?.id), 'paste-links', 'focus in the answer links field');
});

ffTest("a participant's answer QR code held up to the camera is read by the app's own decoder", async (ff) => {
  assert.equal(await ff.eval(() => typeof window.BarcodeDetector), 'undefined', 'Firefox has no BarcodeDetector');
  const invite = await newSeminar(ff, 'Seminar med kamera');
  const qr = await withSecond('scan-anna', async (p) => {
    await p.viewport(390, 844);
    await p.http('POST', '/url', { url: invite });
    await p.ready();
    await p.fill('#p-name', 'Anna');
    await p.waitFor('every statement', () => document.querySelectorAll('.rating-item').length === 40);
    await p.eval(() => document.querySelector('.rating-item input[type=radio]').focus());
    for (let i = 0; i < 40; i++) await p.press('3', Key.ArrowDown);
    await p.waitForText('main', '40 af 40 besvaret');
    await p.click('#big-qr-open');
    await p.waitFor('the big QR code', () => document.querySelector('.qr-dialog svg.qr path') !== null);
    return p.eval(() => {
      const svg = document.querySelector('.qr-dialog svg.qr');
      return { viewBox: svg.getAttribute('viewBox'), d: svg.querySelector('path').getAttribute('d') };
    });
  });
  // The camera: a grey room with the phone's code in the middle, ten pictures a second.
  await ff.preload((qr) => {
    const md = navigator.mediaDevices;
    md.getUserMedia = async () => {
      const c = document.createElement('canvas');
      [c.width, c.height] = [640, 480];
      const g = c.getContext('2d');
      const [, , w] = qr.viewBox.split(/\s+/).map(Number);
      const size = Math.floor(320 / w) * w; // whole pixels per module
      const draw = () => {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.fillStyle = '#787878';
        g.fillRect(0, 0, 640, 480);
        g.fillStyle = '#fff';
        g.fillRect(140, 60, size + 40, size + 40);
        g.setTransform(size / w, 0, 0, size / w, 160, 80);
        g.fillStyle = '#000';
        g.fill(new Path2D(qr.d));
      };
      draw();
      setInterval(draw, 100);
      return c.captureStream(10);
    };
  }, qr);
  await ff.reload();
  await ff.click('#scan-open');
  await ff.waitFor('the scanner running', () => document.querySelector('.scan-panel')?.dataset.state === 'scanning');
  await ff.waitForText('.scan-panel__heard', 'svar fra Anna er tilføjet.');
  assert.equal(await ff.eval(() => document.querySelector('.scan-panel').dataset.decoder), 'rqrr', 'the app decoded the picture itself');
  await ff.waitForText('main h2', 'Deltagere (1)');
  await ff.click('.scan-panel button', 'Luk kameraet');
  await ff.waitFor('the panel closed', () => document.querySelector('.scan-panel') === null);
});
