// A station's or riddle's pictures, sounds and films, from the circuit's media (cached for dead zones by
// the service worker). Every one carries its text alternative and its credit.

import { h } from '../dom.js';

export function mediaList(media, mediaBase) {
  if (!media || !media.length) return null;
  return h('div', { class: 'media' }, media.map((medium) => figure(medium, mediaBase)));
}

function figure(medium, mediaBase) {
  const src = `${mediaBase}${encodeURIComponent(medium.id)}`;
  let content;
  if (medium.type === 'AUDIO') {
    content = [h('audio', { src, controls: true, preload: 'none' }), h('p', { class: 'media__alt' }, medium.alt)];
  } else if (medium.type === 'VIDEO') {
    content = [h('video', { src, controls: true, preload: 'none', playsinline: true }), h('p', { class: 'media__alt' }, medium.alt)];
  } else {
    content = h('img', { src, alt: medium.alt, loading: 'lazy', decoding: 'async' });
  }
  return h('figure', {}, content, medium.credit ? h('figcaption', {}, medium.credit) : null);
}
