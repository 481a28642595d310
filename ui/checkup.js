// @ts-check
// The Checkup page: how the account's defences stand, each weakness with the one action
// that fixes it, and, said once, what no app can check.

import { h } from './dom.js';
import { deviceName, exactDateTime, nameList, parseDate, ttlPeriod } from './format.js';
import { icon } from './icons.js';
import { twoStepButtons, twoStepPanel } from './two_step.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/CheckView').CheckView} CheckView */
/** @typedef {import('./bindings/CheckKind').CheckKind} CheckKind */
/** @typedef {import('./bindings/Severity').Severity} Severity */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */

/** Where Telegram's own apps keep the settings SessionGuard cannot change. */
export const TWO_STEP_PATH = 'Settings → Privacy and Security → Two-Step Verification';

/**
 * How many checks need the person (advice included).
 * @param {CheckView[]} checks
 */
export function findingsCount(checks) {
  return checks.filter((c) => c.severity === 'critical' || c.severity === 'warning' || c.severity === 'advice').length;
}

/**
 * The words for one check: a title for how it stands, and what it means.
 * @param {CheckView} check
 * @param {number} ttlDays
 * @param {SessionView[]} sessions  The sessions it is about.
 * @returns {{ title: string, text: string }}
 */
function checkWords(check, ttlDays, sessions) {
  const ok = check.severity === 'ok';
  const names = nameList(sessions.map(deviceName));
  switch (check.kind) {
    case 'two_step':
      if (check.severity === 'unknown') return { title: '2-step verification: unknown', text: 'Telegram did not say whether a 2-step password is set. Check again later.' };
      return ok
        ? { title: '2-step verification is on', text: 'A login code alone is not enough to get into your account.' }
        : {
            title: 'Turn on 2-step verification',
            text: 'Without a 2-step password, anyone who gets one login code (an SMS, a phone left unlocked) is in.',
          };
    case 'recovery_email':
      return ok
        ? { title: 'A recovery email is set', text: 'You can reset your 2-step password if you forget it.' }
        : {
            title: 'Add a recovery email',
            text: 'If you forget your 2-step password without one, the account can only be reset — and that waits 7 days.',
          };
    case 'password_reset': {
      const at = parseDate(check.at);
      return {
        title: 'Someone asked to reset your 2-step password',
        text: `The reset happens ${at ? `on ${exactDateTime(at)}` : 'soon'} unless you cancel it. If it was not you, cancel it now: ${TWO_STEP_PATH}.`,
      };
    }
    case 'inactive_ttl':
      return ok
        ? { title: `Idle sessions end after ${ttlPeriod(ttlDays)}`, text: 'A forgotten device does not stay logged in for long.' }
        : {
            title: `Idle sessions stay for ${ttlPeriod(ttlDays)}`,
            text: 'A forgotten phone or browser stays logged in that long. A shorter period ends such sessions sooner.',
          };
    case 'stale_sessions':
      return ok
        ? { title: 'No forgotten sessions', text: 'Every other session was used in the last month.' }
        : { title: `${plural(sessions.length, 'session')} unused for over a month`, text: `${names}. If you no longer use them, end them.` };
    case 'unofficial_apps':
      return ok
        ? { title: 'Only Telegram’s own apps', text: 'No session uses an app Telegram did not make.' }
        : {
            title: `${plural(sessions.length, 'session')} in an unofficial app`,
            text: `${names}. Unofficial apps see everything you do; end the ones you do not know or trust.`,
          };
    case 'websites':
      if (check.severity === 'unknown') return { title: 'Connected websites: unknown', text: 'Telegram did not list the websites logged in with your account. Check again later.' };
      return ok
        ? { title: 'No website is logged in with your Telegram', text: 'No website can act as you through “Log in with Telegram”.' }
        : {
            title: `${plural(check.sessions.length, 'website')} logged in with your Telegram`,
            text: 'Each can act as you on its site. Log out the ones you no longer use or do not know.',
          };
    case 'password_pending':
      return ok
        ? { title: 'Nobody is stuck at your password', text: 'No session has the login code without the 2-step password.' }
        : {
            title: 'Someone has your login code',
            text: `${names} entered the right code but not your 2-step password. End it, and change your password if you did not start it.`,
          };
  }
}

/**
 * @param {number} n
 * @param {string} noun
 */
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** @type {Record<Severity, import('./icons.js').IconName>} */
const SEVERITY_ICON = { ok: 'check', unknown: 'info', advice: 'info', warning: 'warning', critical: 'warning' };
/** @type {Record<Severity, string>} */
const SEVERITY_TONE = { ok: 'tone-ok', unknown: 'tone-info', advice: 'tone-info', warning: 'tone-warning', critical: 'tone-danger' };

/**
 * @param {AgentState} state
 * @param {import('./two_step.js').TwoStepDrafts} twoStep
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
export function checkupPage(state, twoStep, pending, actions) {
  const checkup = state.checkup;
  if (!checkup) {
    return h(
      'div',
      { class: 'page', id: 'checkup' },
      h('div', { class: 'loading-status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, 'Checking your account…')),
    );
  }
  const findings = findingsCount(checkup.checks);
  const running = pending?.kind === 'checkup';
  return h(
    'div',
    { class: 'page', id: 'checkup' },
    h(
      'section',
      { class: 'summary', 'aria-live': 'polite' },
      h('div', { class: ['round-icon round-icon-large', findings === 0 ? 'tone-ok' : 'tone-warning'] }, icon(findings === 0 ? 'shieldCheck' : 'shield')),
      h(
        'div',
        { class: 'summary-body' },
        h('h2', { class: 'summary-title' }, findings === 0 ? 'Your account is well defended' : `${plural(findings, 'thing')} to look at`),
        h('p', { class: 'summary-text' }, h('time', { datetime: checkup.checked_at, dataset: { time: checkup.checked_at, format: 'ago' } }), ' · checked by SessionGuard'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-plain button-small',
          disabled: pending !== null,
          dataset: { action: 'run-checkup', focusKey: 'run-checkup' },
          on: { click: () => actions.runCheckup() },
        },
        running ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), 'Checking…'] : 'Check again',
      ),
    ),
    twoStepPanel(state, twoStep, pending, actions),
    h('ul', { class: 'card list checks' }, checkup.checks.map((check) => checkRow(check, state, pending, actions))),
    h(
      'section',
      { class: 'limits', 'aria-labelledby': 'limits-title' },
      h('h2', { class: 'group-title', id: 'limits-title' }, 'What no app can tell you'),
      h(
        'p',
        { class: 'group-caption' },
        'A stolen session key looks exactly like the device it was stolen from: same name, same app. If something feels wrong, end the session and log in again on your own device. ' +
          'Ending a session logs it out, but only Telegram’s own apps also wipe the chats they saved on that device.',
      ),
    ),
  );
}

/**
 * @param {CheckView} check
 * @param {AgentState} state
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
function checkRow(check, state, pending, actions) {
  const sessions = check.sessions.map((hash) => state.sessions.find((s) => s.hash === hash)).filter((s) => s !== undefined);
  const words = checkWords(check, state.inactive_ttl_days, sessions);
  const fix = check.fix;
  /** @type {HTMLElement | HTMLElement[] | null} */
  let button = null;
  if (check.kind === 'two_step' || check.kind === 'recovery_email') {
    const buttons = twoStepButtons(check, pending, actions);
    button = buttons.length > 0 ? buttons : null;
  } else if (fix?.type === 'set_inactive_ttl') {
    button = h(
      'button',
      {
        type: 'button',
        class: 'button button-primary button-small',
        disabled: pending !== null,
        dataset: { action: 'fix-ttl', focusKey: `fix:${check.kind}` },
        on: { click: () => actions.setInactiveTtl(fix.days) },
      },
      `End them after ${ttlPeriod(fix.days)}`,
    );
  } else if (fix?.type === 'end_websites') {
    const sites = state.websites.filter((w) => fix.websites.includes(w.hash));
    button = h(
      'button',
      {
        type: 'button',
        class: 'button button-plain button-small',
        disabled: pending !== null || sites.length === 0,
        dataset: { action: 'fix-websites', focusKey: `fix:${check.kind}` },
        on: { click: () => actions.endAllWebsites(sites) },
      },
      sites.length === 1 ? 'Log it out' : `Log out ${sites.length}`,
    );
  } else if (fix?.type === 'terminate' && sessions.length > 0) {
    button = h(
      'button',
      {
        type: 'button',
        class: 'button button-danger button-small',
        disabled: pending !== null,
        dataset: { action: 'fix-terminate', focusKey: `fix:${check.kind}` },
        on: { click: () => actions.terminateMany(sessions) },
      },
      sessions.length === 1 ? 'Terminate it' : `Terminate ${sessions.length}`,
    );
  }
  return h(
    'li',
    { class: ['check', `check-${check.severity}`], dataset: { check: check.kind, severity: check.severity } },
    h('div', { class: ['round-icon', SEVERITY_TONE[check.severity]] }, icon(SEVERITY_ICON[check.severity])),
    h('div', { class: 'check-body' }, h('p', { class: 'check-title' }, words.title), h('p', { class: 'check-text' }, words.text)),
    button ? h('div', { class: 'check-fix' }, button) : null,
  );
}
