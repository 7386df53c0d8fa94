// Building the page: a tiny element factory, so that views read as the HTML they make.

/**
 * h('button', {type: 'button', onclick: fn, class: 'primary'}, 'Send') makes a <button>.
 * Attributes: `class`, `text`, on* handlers, boolean attributes (true/false), others as strings;
 * null and undefined are skipped. Children: nodes, strings, arrays, null (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'text') {
      element.textContent = value;
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

let ids = 0;

/** A fresh id, to tie a label or a description to its input. */
export function uid(prefix = 'b') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * Keeps a container's children in step with a list while reusing the elements whose data did not change,
 * so that a new view (every few seconds while walking) never wipes what a player is typing. An element
 * may have an `update(item)` method, called with each new item.
 */
export function keyed(container, items, key, signature, render) {
  const previous = new Map([...container.children].map((child) => [child.dataset.key, child]));
  const next = items.map((item) => {
    const k = String(key(item));
    const sig = signature(item);
    const old = previous.get(k);
    const element = old && old.dataset.signature === sig ? old : render(item);
    element.dataset.key = k;
    element.dataset.signature = sig;
    // The parts that change often (a countdown, attempts) update in place rather than being redrawn.
    if (element.update) element.update(item);
    return element;
  });
  next.forEach((element, index) => {
    if (container.children[index] !== element) container.insertBefore(element, container.children[index] || null);
  });
  while (container.children.length > next.length) container.lastElementChild.remove();
}

const TOAST_MS = 6000;
const pending = { 'status-region': [], 'alert-region': [] };
let flushTimer = null;
let toastTimer = null;

/**
 * Says something to screen-reader users and shows it for a few seconds at the bottom of the screen
 * (the page's polite live region); `urgent` uses the assertive one. Sentences said together are shown
 * together.
 */
export function announce(message, { urgent = false } = {}) {
  pending[urgent ? 'alert-region' : 'status-region'].push(message);
  if (flushTimer) return;
  flushTimer = window.setTimeout(() => {
    flushTimer = null;
    for (const [id, sentences] of Object.entries(pending)) {
      const region = document.getElementById(id);
      if (region && sentences.length) {
        // The region is emptied first, so that a sentence said again is read again.
        region.textContent = '';
        region.append(document.createTextNode(sentences.join(' ')));
      }
      sentences.length = 0;
    }
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => {
      Object.keys(pending).forEach((id) => {
        const region = document.getElementById(id);
        if (region) region.textContent = '';
      });
    }, TOAST_MS);
  }, 100);
}
