// @ts-check
// Every word the window shows comes from the Fluent catalogs in locales/<language>/, the
// same files the agent reads for notifications and the tray menu (crates/i18n). `t(id)`
// formats one message in the current language; `useLanguage(tag)` switches at once.

import { FluentBundle, FluentResource } from './vendor/fluent-bundle/index.js';

/** @typedef {import('./vendor/fluent-bundle/index.js').FluentVariable} FluentVariable */

/** The languages there are catalogs for; English first, the fallback. */
export const LANGUAGES = ['en', 'ru', 'es', 'pt-BR', 'fa', 'ar'];

/** The catalogs of each language, one per part of the window (plus the agent's words). */
const CATALOGS = ['common', 'actions', 'devices', 'signin', 'checkup', 'history', 'settings', 'alerts', 'agent'];

/** @type {FluentBundle | null} */
let current = null;
/** @type {FluentBundle | null} */
let english = null;
let currentTag = 'en';
let currentLocale = 'en';

/**
 * The language we have that suits `requested` best: the same language and region, then the
 * same language ("es-MX" → Spanish), else English. The agent's `negotiate` does the same.
 * @param {readonly string[]} requested
 */
export function negotiate(requested) {
  for (const wanted of requested) {
    const lower = wanted.replace('_', '-').toLowerCase();
    const exact = LANGUAGES.find((tag) => tag.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const sameLanguage = LANGUAGES.find((tag) => tag.toLowerCase().split('-')[0] === base);
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}

/**
 * One language's catalogs in a bundle.
 * @param {string} tag
 */
async function loadBundle(tag) {
  const texts = await Promise.all(
    CATALOGS.map(async (name) => {
      const response = await fetch(new URL(`./locales/${tag}/${name}.ftl`, import.meta.url));
      if (!response.ok) throw new Error(`no ${name} catalog for ${tag}`);
      return response.text();
    }),
  );
  const rtl = texts.some((text) => /^language-direction = rtl$/m.test(text));
  // Names from the server (devices, places) are in any script: isolated inside a
  // right-to-left sentence so they do not reorder the words around them.
  const bundle = new FluentBundle(tag, { useIsolating: rtl });
  for (const text of texts) bundle.addResource(new FluentResource(text));
  return bundle;
}

/**
 * Switches every word to `tag` (one of LANGUAGES); the caller repaints. English stays loaded
 * as the fallback for a message a catalog lacks.
 * @param {string} tag
 */
export async function useLanguage(tag) {
  const wanted = LANGUAGES.includes(tag) ? tag : 'en';
  english ??= await loadBundle('en');
  current = wanted === 'en' ? english : await loadBundle(wanted);
  currentTag = wanted;
  // Asked for every date and number on every repaint: worked out once here.
  currentLocale = localeFor(wanted);
  document.documentElement.lang = wanted;
  document.documentElement.dir = t('language-direction') === 'rtl' ? 'rtl' : 'ltr';
}

/** The current language's tag, one of LANGUAGES. */
export function languageTag() {
  return currentTag;
}

/**
 * The locale for `Intl` formatting (dates, numbers, country names): the system's own
 * regional variant when it speaks the current language ("en-GB" writes "12 Nov", "pt-PT"
 * for Portuguese), else the language itself.
 */
export function language() {
  return currentLocale;
}

/**
 * The system's own regional variant of `tag`'s language, if it speaks it; else `tag`.
 * @param {string} tag
 */
function localeFor(tag) {
  const base = tag.split('-')[0];
  const regional = navigator.languages.find((wanted) => wanted.toLowerCase().split('-')[0] === base);
  return regional && tag === negotiate([regional]) ? regional : tag;
}

/**
 * Message `id` in the current language, with its variables.
 * @param {string} id
 * @param {Record<string, FluentVariable>} [args]
 * @returns {string}
 */
export function t(id, args) {
  for (const bundle of [current, english]) {
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}
