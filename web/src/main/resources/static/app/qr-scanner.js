// Scanning a QR code with the phone's camera: the browser's own BarcodeDetector when it has one, else
// jsQR (Apache-2.0, vendored in /vendor/jsqr), loaded only when a scanner opens.

import { h } from './dom.js';
import { t } from './i18n.js';

const JSQR = '/vendor/jsqr/jsQR.js';
let jsQrLoading = null;

function loadJsQr() {
  if (!jsQrLoading) {
    jsQrLoading = new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: JSQR });
      script.onload = () => resolve(window.jsQR);
      script.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(script);
    });
  }
  return jsQrLoading;
}

async function decoder() {
  if ('BarcodeDetector' in window) {
    try {
      if ((await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        return async (video) => {
          const codes = await detector.detect(video);
          return codes.length ? codes[0].rawValue : null;
        };
      }
    } catch {
      // Declared but not working (some desktop browsers): use jsQR.
    }
  }
  const jsQR = await loadJsQr();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    if (!canvas.width) return null;
    context.drawImage(video, 0, 0);
    const found = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height,
      { inversionAttempts: 'dontInvert' });
    return found ? found.data : null;
  };
}

/** Opens the scanner; resolves with the QR code's text, or null if the player closed it. */
export function scanQrCode() {
  return new Promise((resolve) => {
    const video = h('video', { class: 'scanner__video', playsinline: true, muted: true, 'aria-hidden': 'true' });
    const status = h('p', { class: 'feedback', role: 'status' }, t('scanner.starting'));
    const cancel = h('button', { type: 'button', class: 'button button--secondary' }, t('scanner.cancel'));
    const dialog = h('dialog', { class: 'dialog scanner', 'aria-labelledby': 'scanner-title' },
      h('h2', { id: 'scanner-title' }, t('scanner.title')), video, status, cancel);
    let stream = null;
    let done = false;
    const finish = (value) => {
      if (done) return;
      done = true;
      if (stream) stream.getTracks().forEach((track) => track.stop());
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', () => finish(null));
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();

    (async () => {
      let decode;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        video.srcObject = stream;
        await video.play();
        decode = await decoder();
      } catch {
        status.textContent = t('scanner.no-camera');
        return;
      }
      status.textContent = t('scanner.aim');
      const look = async () => {
        if (done) return;
        const value = await decode(video).catch(() => null);
        if (value) finish(value);
        else window.setTimeout(look, 250);
      };
      look();
    })();
  });
}
