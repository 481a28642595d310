// @ts-check
// Words for times, places and alerts. Pure functions: `now` is always passed in.

/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./bindings/LoginView').LoginView} LoginView */
/** @typedef {import('./bindings/AlertView').AlertView} AlertView */
/** @typedef {import('./bindings/SecurityEventKind').SecurityEventKind} SecurityEventKind */

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

/**
 * @param {number} n
 * @param {string} one
 * @param {string} many
 */
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
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
  return date.toLocaleDateString(undefined, options);
}

/**
 * "just now", "5 minutes ago", "3 hours ago", "yesterday", "12 Nov".
 * Future dates (a clock a little ahead) read as "just now".
 * @param {Date} date
 * @param {Date} now
 */
export function relativeTime(date, now) {
  const ago = now.getTime() - date.getTime();
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${plural(Math.floor(ago / MINUTE), 'minute', 'minutes')} ago`;
  if (ago < DAY) return `${plural(Math.floor(ago / HOUR), 'hour', 'hours')} ago`;
  const days = Math.round((startOfDay(now) - startOfDay(date)) / DAY);
  if (days <= 1) return 'yesterday';
  return shortDate(date, now);
}

/**
 * The exact local date and time, for tooltips: "Tuesday, 12 November 2024 at 14:05".
 * @param {Date} date
 */
export function exactDateTime(date) {
  return date.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}

/**
 * Last activity of another device: "online" within 5 minutes, else relative.
 * @param {Date} active
 * @param {Date} now
 * @returns {{ text: string, online: boolean }}
 */
export function activityText(active, now) {
  if (now.getTime() - active.getTime() < ONLINE_WITHIN_MS) return { text: 'online', online: true };
  return { text: relativeTime(active, now), online: false };
}

/**
 * "Signed in 3 hours ago", "Signed in yesterday", "Signed in 12 Nov 2023".
 * @param {Date} created
 * @param {Date} now
 */
export function signedIn(created, now) {
  const text = relativeTime(created, now);
  return `Signed in ${text}`;
}

/**
 * How long until `until`, in words: "3 h 12 min", "45 min", "less than a minute".
 * @param {Date} until
 * @param {Date} now
 */
export function countdown(until, now) {
  const left = until.getTime() - now.getTime();
  if (left < MINUTE) return 'less than a minute';
  const totalMinutes = Math.ceil(left / MINUTE);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  /** @type {string[]} */
  const parts = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0 && days === 0) parts.push(`${minutes} min`);
  return parts.join(' ');
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
  if (days % 365 === 0) return plural(days / 365, 'year', 'years');
  if (days >= 28 && days % 30 === 0) return plural(days / 30, 'month', 'months');
  if (days % 7 === 0) return plural(days / 7, 'week', 'weeks');
  return plural(days, 'day', 'days');
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
  return s.device_model.trim() || s.app_name.trim() || 'Unknown device';
}

/**
 * "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4"
 * @param {LoginView} login
 */
export function loginSummary(login) {
  return dotJoin([login.device || 'Unknown device', login.app, login.location, login.ip]);
}

/** @type {Record<import('./bindings/RuleKind').RuleKind, string>} */
export const RULE_NAMES = {
  lockdown: 'Lockdown',
  unofficial_app: 'The no-unofficial-apps rule',
  country_not_allowed: 'The allowed-countries rule',
};

/**
 * What a banner says when a rule acted on a new login.
 * @param {import('./bindings/RuleOutcome').RuleOutcome} rule
 * @param {string} summary
 * @returns {AlertWords}
 */
function ruleWords(rule, summary) {
  const login = summary || 'a new login';
  switch (rule.outcome) {
    case 'terminated':
      return {
        title: `${RULE_NAMES[rule.rule]} terminated a new login: ${login}`,
        detail: `It was ended the moment it appeared: ${rule.reason}.`,
        tone: 'info',
      };
    case 'deferred': {
      const at = parseDate(rule.at);
      return {
        title: `${RULE_NAMES[rule.rule]} will terminate a new login: ${login}`,
        detail: `${rule.reason}. Telegram lets this device end sessions only from ${at ? exactDateTime(at) : 'later'}; if it is not you, end it from an older device now.`,
        tone: 'danger',
      };
    }
    case 'failed':
      return {
        title: `${RULE_NAMES[rule.rule]} could not terminate a new login: ${login}`,
        detail: `${rule.reason}, but Telegram refused: ${rule.error}. Terminate it yourself if it is not you.`,
        tone: 'danger',
      };
    case 'spared':
      return { title: `New login: ${login}`, detail: `No rule ended it: ${rule.reason}.`, tone: 'info' };
  }
}

/**
 * "Galaxy S24, Nicegram and 2 others" style list, with "and" before the last.
 * @param {string[]} names
 * @param {number} [limit]
 */
export function nameList(names, limit = 4) {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0];
  if (names.length <= limit) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const rest = names.length - limit;
  return `${names.slice(0, limit).join(', ')} and ${plural(rest, 'other', 'others')}`;
}

/**
 * @typedef {object} AlertWords
 * @property {string} title      The headline sentence.
 * @property {string} [lead]     Its first words, to set in bold ("New login:"), when it goes on with details.
 * @property {string} detail     Advice under it; may be empty.
 * @property {'danger' | 'warning' | 'info' | 'neutral'} tone
 */

/**
 * What a banner says for an alert.
 * @param {AlertView} alert
 * @returns {AlertWords}
 */
export function alertWords(alert) {
  const words = eventWords(alert);
  if (!alert.while_away) return words;
  const away = 'This happened while SessionGuard was not running.';
  return { ...words, detail: words.detail ? `${away} ${words.detail}` : away };
}

/**
 * What a banner says for the event itself.
 * @param {AlertView} alert
 * @returns {AlertWords}
 */
function eventWords(alert) {
  const summary = alert.login ? loginSummary(alert.login) : '';
  if (alert.rule?.outcome === 'spared') {
    // The login's own words, and why the rules let it be (a look-alike of a trusted device says so).
    const words = eventWords({ ...alert, rule: null });
    const spared = `No rule ended it: ${alert.rule.reason}.`;
    return { ...words, detail: words.detail ? `${words.detail} ${spared}` : spared };
  }
  if (alert.rule) return ruleWords(alert.rule, summary);
  switch (alert.kind) {
    case 'new_login':
      return {
        lead: summary ? 'New login:' : undefined,
        title: summary ? `New login: ${summary}` : 'New login to your account',
        detail: 'If this wasn’t you, terminate the session and turn on 2-step verification.',
        tone: 'info',
      };
    case 'unconfirmed_login':
      return {
        lead: summary ? 'Unconfirmed login:' : undefined,
        title: summary ? `Unconfirmed login: ${summary}` : 'Unconfirmed login to your account',
        detail: 'Telegram is waiting for you to confirm this login. If it wasn’t you, terminate it now.',
        tone: 'warning',
      };
    case 'password_pending_login':
      return {
        title: 'Someone entered the right login code but not your 2-step password',
        detail: summary
          ? `${summary}. Your password is holding them back: terminate this session and change your password.`
          : 'Your password is holding them back: terminate the session and change your password.',
        tone: 'danger',
      };
    case 'login_code_requested':
      return {
        title: 'Someone requested a login code for your account',
        detail:
          'Never share the code with anyone. Turn on 2-step verification in Telegram: Settings → Privacy and Security → Two-Step Verification.',
        tone: 'warning',
      };
    case 'session_ended':
      return {
        lead: summary ? 'Session ended:' : undefined,
        title: summary ? `Session ended: ${summary}` : 'A session was ended',
        detail: 'This device is no longer logged in to your account.',
        tone: 'neutral',
      };
    case 'our_session_ended':
      return {
        title: 'SessionGuard was signed out of your account',
        detail: 'Its session was ended from another device, so it is not guarding now. Sign in again to keep guarding.',
        tone: 'danger',
      };
    case 'new_website':
      return {
        lead: summary ? 'Website logged in with your Telegram:' : undefined,
        title: summary ? `Website logged in with your Telegram: ${summary}` : 'A website was logged in with your Telegram',
        detail: 'It can act as you on that website. If it wasn’t you, log it out.',
        tone: 'warning',
      };
    case 'website_ended':
      return {
        lead: summary ? 'Website logged out:' : undefined,
        title: summary ? `Website logged out: ${summary}` : 'A website was logged out',
        detail: '',
        tone: 'neutral',
      };
  }
}

/**
 * An error from the agent in words, with how long to wait when Telegram said so.
 * @param {import('./bindings/ErrorBody').ErrorBody} error
 * @param {Date} now
 */
export function errorText(error, now) {
  const retryAt = parseDate(error.retry_at);
  if (retryAt && retryAt.getTime() > now.getTime()) {
    return `${error.message} (try again in ${countdown(retryAt, now)})`;
  }
  return error.message;
}
