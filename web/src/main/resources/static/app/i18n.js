// The app's own words, in the team's language (before joining: the browser's). The game's content comes
// from the server already in the team's language; only the interface is translated here.

export const LANGUAGES = ['fr', 'en'];
const FALLBACK = 'en';

let current = FALLBACK;
let messages = {};

/** The first of the browser's languages that the app speaks. */
export function browserLanguage() {
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || FALLBACK];
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return FALLBACK;
}

async function fetchMessages(code) {
  const response = await fetch(`/i18n/${code}.json`);
  if (!response.ok) throw new Error(`No messages for ${code}`);
  return response.json();
}

/**
 * Loads the messages of a language (one the app lacks gets English) and marks the page with it. Every
 * language has every key (PhoneAppMessagesTest), so there is no fallback to load.
 */
export async function useLanguage(wantedCode) {
  const wanted = LANGUAGES.includes(wantedCode) ? wantedCode : FALLBACK;
  if (wanted === current && Object.keys(messages).length) return;
  messages = await fetchMessages(wanted);
  current = wanted;
  document.documentElement.lang = wanted;
  document.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
}

export function language() {
  return current;
}

/**
 * The text of a key with its {placeholders} filled in. With a numeric `count`, the key's plural form
 * (`key.one`, `key.other`, ...) is chosen by the language's rules.
 */
export function t(key, params = {}) {
  let text = lookup(key);
  if (typeof text === 'object' && text !== null) {
    const form = new Intl.PluralRules(current).select(params.count ?? 0);
    text = text[form] ?? text.other;
  }
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? format(params[name]) : whole));
}

/** Whether a key exists, e.g. to translate a server's reason when the app knows it. */
export function has(key) {
  return lookup(key) !== undefined;
}

function lookup(key) {
  return messages[key];
}

function format(value) {
  return typeof value === 'number' ? new Intl.NumberFormat(current).format(value) : String(value);
}

/** A name of a language in that language, for the language picker. */
export function languageName(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
