// @ts-check
// Words for times, places and lists. Pure functions: `now` is always passed in. (Alerts
// come worded by the agent.)

import { language, t } from './i18n.js';

/** @typedef {import('./bindings/SessionView').SessionView} SessionView */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Another device counts as "online" when it was active this recently. */
export const ONLINE_WITHIN_MS = 5 * MINUTE;

/**
 * Parses an RFC 3339 string; `null` when it is missing or not a date.
 * @param {string | null | undefined} text
 * @returns {Date | null}
 */
export function parseDate(text) {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** @param {Date} date */
function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * "12 Nov" (or "Nov 12", as the person's locale writes it), with the year when it is not this year.
 * @param {Date} date
 * @param {Date} now
 */
export function shortDate(date, now) {
  /** @type {Intl.DateTimeFormatOptions} */
  const options = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return date.toLocaleDateString(language(), options);
}

/**
 * "just now", "5 minutes ago", "3 hours ago", "yesterday", "12 Nov".
 * Future dates (a clock a little ahead) read as "just now".
 * @param {Date} date
 * @param {Date} now
 */
export function relativeTime(date, now) {
  const ago = now.getTime() - date.getTime();
  if (ago < MINUTE) return t('time-just-now');
  if (ago < HOUR) return t('time-minutes-ago', { count: Math.floor(ago / MINUTE) });
  if (ago < DAY) return t('time-hours-ago', { count: Math.floor(ago / HOUR) });
  const days = Math.round((startOfDay(now) - startOfDay(date)) / DAY);
  if (days <= 1) return t('time-yesterday');
  return shortDate(date, now);
}

/**
 * The exact local date and time, for tooltips: "Tuesday, 12 November 2024 at 14:05".
 * @param {Date} date
 */
export function exactDateTime(date) {
  return date.toLocaleString(language(), { dateStyle: 'full', timeStyle: 'short' });
}

/**
 * Last activity of another device: "online" within 5 minutes, else relative.
 * @param {Date} active
 * @param {Date} now
 * @returns {{ text: string, online: boolean }}
 */
export function activityText(active, now) {
  if (now.getTime() - active.getTime() < ONLINE_WITHIN_MS) return { text: t('time-online'), online: true };
  return { text: relativeTime(active, now), online: false };
}

/**
 * "Signed in 3 hours ago", "Signed in yesterday", "Signed in 12 Nov 2023".
 * @param {Date} created
 * @param {Date} now
 */
export function signedIn(created, now) {
  const text = relativeTime(created, now);
  return t('time-signed-in', { when: text });
}

/**
 * How long until `until`, in words: "3 h 12 min", "45 min", "less than a minute".
 * @param {Date} until
 * @param {Date} now
 */
export function countdown(until, now) {
  const left = until.getTime() - now.getTime();
  if (left < MINUTE) return t('countdown-less-than-a-minute');
  const totalMinutes = Math.ceil(left / MINUTE);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  // Days and hours, or hours and minutes: the minutes are left out once it is days.
  if (days > 0) return hours > 0 ? t('countdown-days-hours', { days, hours }) : t('countdown-days', { days });
  if (hours > 0) return minutes > 0 ? t('countdown-hours-minutes', { hours, minutes }) : t('countdown-hours', { hours });
  return t('countdown-minutes', { minutes });
}

/**
 * A short countdown as a clock: "0:42", "4:05".
 * @param {Date} until
 * @param {Date} now
 */
export function clockCountdown(until, now) {
  const seconds = Math.max(0, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Telegram's "automatically end sessions inactive for …" period in words.
 * @param {number} days
 */
export function ttlPeriod(days) {
  if (days <= 0) return '';
  if (days % 365 === 0) return t('period-years', { count: days / 365 });
  if (days >= 28 && days % 30 === 0) return t('period-months', { count: days / 30 });
  if (days % 7 === 0) return t('period-weeks', { count: days / 7 });
  return t('period-days', { count: days });
}

/**
 * Joins the non-empty parts with " · ".
 * @param {Array<string | null | undefined | false>} parts
 */
export function dotJoin(parts) {
  return parts.filter((p) => typeof p === 'string' && p.trim() !== '').join(' · ');
}

/** @param {SessionView} s */
export function appLine(s) {
  return [s.app_name, s.app_version].filter((p) => p && p.trim() !== '').join(' ');
}

/**
 * "iOS 18.1", "Android · SDK 34", "Web · Windows 11": the platform is left out when the
 * system version already starts with it.
 * @param {SessionView} s
 */
export function systemLine(s) {
  const platform = s.platform.trim();
  const system = s.system_version.trim();
  if (!platform) return system;
  if (!system) return platform;
  if (system.toLowerCase().startsWith(platform.toLowerCase())) return system;
  return `${platform} · ${system}`;
}

/** @param {SessionView} s */
export function placeLine(s) {
  const place = [s.region, s.country].filter((p) => p && p.trim() !== '').join(', ');
  return dotJoin([s.ip, place]);
}

/**
 * A device's name for sentences: "Galaxy S24", or the app when the model is unknown.
 * @param {SessionView} s
 */
export function deviceName(s) {
  return s.device_model.trim() || s.app_name.trim() || t('device-unknown');
}

/**
 * The rules' names, in the current language.
 * @returns {Record<import('./bindings/RuleKind').RuleKind, string>}
 */
export function ruleNames() {
  return {
    lockdown: t('alert-rule-lockdown'),
    unofficial_app: t('alert-rule-unofficial-app'),
    country_not_allowed: t('alert-rule-country-not-allowed'),
  };
}

/**
 * "Galaxy S24, Nicegram and 2 others" style list, with "and" before the last.
 * @param {string[]} names
 * @param {number} [limit]
 */
export function nameList(names, limit = 4) {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0];
  /** @param {string[]} some  "A, B, C" (two or more: "A, B"; one: "A") */
  const commas = (some) => some.slice(1).reduce((list, item) => t('list-comma', { list, item }), some[0]);
  if (names.length <= limit) return t('list-and', { list: commas(names.slice(0, -1)), last: names[names.length - 1] });
  const rest = names.length - limit;
  return t('list-and-others', { list: commas(names.slice(0, limit)), count: rest });
}

/**
 * An error from the agent in words, with how long to wait when Telegram said so.
 * @param {import('./bindings/ErrorBody').ErrorBody} error
 * @param {Date} now
 */
export function errorText(error, now) {
  const retryAt = parseDate(error.retry_at);
  if (retryAt && retryAt.getTime() > now.getTime()) {
    return t('error-try-again-in', { message: error.message, wait: countdown(retryAt, now) });
  }
  return error.message;
}
