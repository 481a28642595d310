// @ts-check
// "Secure my account", the one action for the moment of panic: what it will do (asked
// first), and afterwards what it did, what still waits for Telegram's 24-hour rule, and
// what only the person can do.

import { h } from './dom.js';
import { exactDateTime, parseDate } from './format.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/SecureReport').SecureReport} SecureReport */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */


/**
 * What the confirmation says it will do, from what the account shows now.
 * @param {AgentState} state
 * @param {Date} now
 */
export function secureSteps(state, now) {
  const others = state.sessions.filter((s) => !s.current).length;
  const unlocks = parseDate(state.may_reset_others_from);
  const waits = unlocks !== null && unlocks.getTime() > now.getTime();
  const steps = [];
  if (others > 0) {
    steps.push(
      waits && unlocks
        ? `End ${plural(others, 'other session')} at ${exactDateTime(unlocks)}, the moment Telegram allows this device to`
        : `End ${plural(others, 'other session')} now`,
    );
  }
  if (state.websites.length > 0) steps.push(`Log out of ${plural(state.websites.length, 'connected website')}`);
  steps.push('Turn lockdown on: a new login that is not a trusted device is ended as it appears');
  return steps;
}

/**
 * The button under this device.
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
export function secureButton(pending, actions) {
  const securing = pending?.kind === 'secure';
  return h(
    'button',
    {
      type: 'button',
      class: 'card-action card-action-strong',
      disabled: pending !== null,
      dataset: { action: 'secure-account', focusKey: 'secure-account' },
      on: { click: () => actions.secureAccount() },
    },
    securing ? h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }) : icon('shield'),
    h('span', null, securing ? 'Securing your account…' : 'Secure my account…'),
  );
}

/**
 * What "Secure my account" did, until closed.
 * @param {SecureReport} report
 * @param {Actions} actions
 */
export function secureReportPanel(report, actions) {
  /** @type {Array<[string, 'done' | 'waits' | 'failed' | 'to-do']>} */
  const lines = [];
  if (report.sessions_ended > 0) lines.push([`${plural(report.sessions_ended, 'other session')} ended.`, 'done']);
  const waitUntil = parseDate(report.sessions_wait_until);
  if (report.sessions_waiting > 0 && waitUntil) {
    lines.push([
      `${plural(report.sessions_waiting, 'other session')} will be ended at ${exactDateTime(waitUntil)}: Telegram lets a device that signed in less than 24 hours ago end others only then. SessionGuard does it by itself; until then, end them from an older device if you can.`,
      'waits',
    ]);
  }
  if (report.websites_ended > 0) lines.push([`Logged out of ${plural(report.websites_ended, 'website')}.`, 'done']);
  if (report.lockdown) lines.push(['Lockdown is on: any new login that is not a trusted device is ended as it appears.', 'done']);
  for (const failure of report.failed) lines.push([failure, 'failed']);
  /** @type {import('./two_step.js').TwoStepDrafts['mode']} */
  let next = null;
  if (report.to_do.includes('two_step')) {
    lines.push(['Now set a 2-step verification password and a recovery email, so a login code alone can never open your account again.', 'to-do']);
    next = 'on';
  } else if (report.to_do.includes('recovery_email')) {
    lines.push(['Now add a recovery email to your 2-step password, so you can reset it if you forget it.', 'to-do']);
    next = 'email';
  }
  if (lines.length === 0) lines.push(['Nothing needed doing: no other session, no website, and lockdown was already on.', 'done']);
  const complete = report.failed.length === 0 && report.sessions_waiting === 0;
  /** @type {Record<string, import('./icons.js').IconName>} */
  const marks = { done: 'check', waits: 'clock', failed: 'warning', 'to-do': 'key' };
  return h(
    'section',
    { class: ['secure-report', complete ? 'secure-report-done' : 'secure-report-waits'], id: 'secure-report', role: 'status', 'aria-labelledby': 'secure-report-title' },
    h(
      'div',
      { class: 'secure-report-head' },
      icon(complete ? 'shieldCheck' : 'shield', { class: 'notice-icon' }),
      h('h2', { class: 'secure-report-title', id: 'secure-report-title' }, complete ? 'Your account is secured' : 'Your account is being secured'),
      h(
        'button',
        { type: 'button', class: 'button button-plain button-small', dataset: { action: 'dismiss-secure-report' }, on: { click: () => actions.dismissSecureReport() } },
        'Close',
      ),
    ),
    h(
      'ul',
      { class: 'secure-report-lines' },
      lines.map(([text, mark]) => h('li', { class: `secure-line secure-line-${mark}`, dataset: { mark } }, icon(marks[mark], { class: 'secure-line-icon' }), h('span', null, text))),
    ),
    next
      ? h(
          'button',
          {
            type: 'button',
            class: 'button button-primary button-small secure-report-next',
            dataset: { action: 'secure-next-step' },
            on: { click: () => actions.openTwoStep(next) },
          },
          next === 'on' ? 'Set a 2-step password' : 'Add a recovery email',
        )
      : null,
    h('p', { class: 'secure-report-note' }, 'This is kept in History.'),
  );
}

/**
 * @param {number} n
 * @param {string} noun
 */
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
