// @ts-check
// The phone number field: a country picker with calling codes, the number formatted as it
// is typed, and what is wrong with it said as it is typed — by libphonenumber-js (vendored
// in ui/vendor/). Telegram has the last word; an unusual but possible number is warned
// about, not refused. Without the library the field is a plain text field.

import { h } from './dom.js';
import { t, language } from './i18n.js';

/**
 * The number as typed, and its country ("" none; null: not chosen yet, so the locale's).
 * @typedef {{ number: string, country: string | null }} PhoneNumber
 */

/** @returns {PhoneNumber} */
export function emptyPhone() {
  return { number: '', country: null };
}

/** @type {Array<{ code: string, label: string }> | null} */
let countryList = null;
/** The language `countryList` is in. */
let countryListLanguage = '';

/** Every country with its calling code, by name in the person's language. */
function countries() {
  const lib = globalThis.libphonenumber;
  if (!lib) return [];
  if (countryList && countryListLanguage === language()) return countryList;
  const names = new Intl.DisplayNames([language()], { type: 'region' });
  countryList = lib
    .getCountries()
    .map((code) => ({
      code,
      label: t('phone-country-option', { country: names.of(code) ?? code, code: String(lib.getCountryCallingCode(code)) }),
      name: names.of(code) ?? code,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, language()))
    .map(({ code, label }) => ({ code, label }));
  countryListLanguage = language();
  return countryList;
}

/** The country of the person's own locale ("de-AT" → "AT"), when there is one the library knows. */
export function localCountry() {
  let region = '';
  try {
    // The system's locale may come as "de_AT.UTF-8", or as "C", which is no language tag.
    region = new Intl.Locale((navigator.language || 'und').replace(/[._].*$/, '')).maximize().region ?? '';
  } catch {
    region = '';
  }
  const lib = globalThis.libphonenumber;
  return lib && lib.getCountries().includes(region) ? region : '';
}

/**
 * What the number typed is, for the line under the field.
 * @param {string} text
 * @param {string} country  "" when none is chosen.
 * @returns {{ tone: 'ok' | 'warning' | 'error' | 'none', message: string, e164: string | null }}
 */
export function phoneStatus(text, country) {
  const lib = globalThis.libphonenumber;
  const typed = text.trim();
  if (!lib || typed === '') return { tone: 'none', message: '', e164: null };
  const where = country ? lib.parsePhoneNumberFromString(typed, country) : lib.parsePhoneNumberFromString(typed);
  const place = countryName(where?.country ?? country);
  if (!typed.startsWith('+') && !country) return { tone: 'error', message: t('phone-choose-country'), e164: null };
  switch (lib.validatePhoneNumberLength(typed, country || undefined)) {
    case 'NOT_A_NUMBER':
      return { tone: 'error', message: t('phone-not-a-number'), e164: null };
    case 'INVALID_COUNTRY':
      return { tone: 'error', message: t('phone-invalid-country'), e164: null };
    case 'TOO_SHORT':
      return { tone: 'error', message: place ? t('phone-too-short-for', { country: place }) : t('phone-too-short'), e164: null };
    case 'TOO_LONG':
      return { tone: 'error', message: place ? t('phone-too-long-for', { country: place }) : t('phone-too-long'), e164: null };
    default:
      break;
  }
  if (!where) return { tone: 'error', message: t('phone-not-a-number'), e164: null };
  if (!where.isValid()) {
    return { tone: 'warning', message: place ? t('phone-unusual-in', { country: place }) : t('phone-unusual'), e164: where.number };
  }
  return { tone: 'ok', message: place ? t('phone-valid-in', { country: place, number: where.formatInternational() }) : where.formatInternational(), e164: where.number };
}

/** @param {string | undefined} code */
function countryName(code) {
  if (!code) return '';
  return new Intl.DisplayNames([language()], { type: 'region' }).of(code) ?? code;
}

/**
 * The country picker and the number, side by side, with the line that says how it stands.
 * @param {PhoneNumber} phone
 * @param {boolean} busy
 */
export function phoneField(phone, busy) {
  const lib = globalThis.libphonenumber;
  if (lib && phone.country === null) phone.country = localCountry();
  const state = phoneStatus(phone.number, phone.country ?? '');
  const input = h('input', {
    id: 'field-phone',
    name: 'phone',
    type: 'tel',
    class: 'input',
    value: phone.number,
    placeholder: '+49 151 23456789',
    autocomplete: 'tel',
    inputmode: 'tel',
    maxlength: 32,
    spellcheck: 'false',
    disabled: busy,
    'aria-describedby': 'field-phone-hint',
    'aria-invalid': state.tone === 'error' ? 'true' : 'false',
    dataset: { action: 'type-phone' },
  });
  const picker = lib
    ? h(
        'select',
        { id: 'field-country', class: 'input select', disabled: busy, 'aria-label': t('phone-country'), dataset: { action: 'pick-country' } },
        h('option', { value: '' }, t('phone-country-none')),
        countries().map(({ code, label }) => h('option', { value: code, selected: code === phone.country }, label)),
      )
    : null;
  return h(
    'div',
    { class: 'field' },
    h('label', { class: 'field-label', for: 'field-phone' }, t('phone-label')),
    picker ? h('div', { class: 'phone-row' }, picker, input) : input,
    h(
      'p',
      { class: ['field-hint', state.tone !== 'none' && `field-hint-${state.tone}`], id: 'field-phone-hint', role: 'status', 'aria-live': 'polite' },
      state.message || t('phone-hint'),
    ),
  );
}

/**
 * The number typed: formatted when the caret is at its end (typing on), and "+49…" picks
 * its country.
 * @param {PhoneNumber} phone
 * @param {HTMLInputElement} input
 */
export function typePhone(phone, input) {
  const lib = globalThis.libphonenumber;
  if (lib && input.selectionStart === input.value.length) {
    const typing = new lib.AsYouType(phone.country || undefined);
    const formatted = typing.input(input.value);
    if (formatted && formatted !== input.value) input.value = formatted;
    const found = typing.getCountry();
    if (found && input.value.trim().startsWith('+')) phone.country = found;
  }
  phone.number = input.value;
}

/**
 * A country picked: the number starts with its code, unless one was typed.
 * @param {PhoneNumber} phone
 * @param {string} country
 */
export function pickCountry(phone, country) {
  const lib = globalThis.libphonenumber;
  const input = document.getElementById('field-phone');
  if (!lib || !(input instanceof HTMLInputElement)) return;
  phone.country = country;
  if (country && !input.value.trim().startsWith('+')) {
    const rest = input.value.trim();
    input.value = `+${lib.getCountryCallingCode(country)} ${rest}`.trimEnd() + (rest ? '' : ' ');
  }
  typePhone(phone, input);
}
