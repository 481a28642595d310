// @ts-check
// "Secure my account", the one action for the moment of panic: what it will do (asked
// first), and afterwards what it did, what still waits for Telegram's 24-hour rule, and
// what only the person can do.

import { h } from './dom.js';
import { exactDateTime, parseDate } from './format.js';
import { t } from './i18n.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/SecureReport').SecureReport} SecureReport */
/** @typedef {import('./render.js').Pending} Pending */


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
        ? t('secure-step-end-sessions-at', { count: others, time: exactDateTime(unlocks) })
        : t('secure-step-end-sessions-now', { count: others }),
    );
  }
  if (state.websites.length > 0) steps.push(t('secure-step-log-out-websites', { count: state.websites.length }));
  steps.push(t('secure-step-lockdown'));
  return steps;
}

/**
 * The button under this device.
 * @param {Pending | null} pending
 */
export function secureButton(pending) {
  const securing = pending?.kind === 'secure';
  return h(
    'button',
    {
      type: 'button',
      class: 'card-action card-action-strong',
      disabled: pending !== null,
      dataset: { action: 'secure-account' },
    },
    securing ? h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }) : icon('shield'),
    h('span', null, securing ? t('secure-button-securing') : t('secure-button')),
  );
}

/**
 * What "Secure my account" did, until closed.
 * @param {SecureReport} report
 */
export function secureReportPanel(report) {
  /** @type {Array<[string, 'done' | 'waits' | 'failed' | 'to-do']>} */
  const lines = [];
  if (report.sessions_ended > 0) lines.push([t('secure-report-sessions-ended', { count: report.sessions_ended }), 'done']);
  const waitUntil = parseDate(report.sessions_wait_until);
  if (report.sessions_waiting > 0 && waitUntil) {
    lines.push([
      t('secure-report-sessions-waiting', { count: report.sessions_waiting, time: exactDateTime(waitUntil) }),
      'waits',
    ]);
  }
  if (report.websites_ended > 0) lines.push([t('secure-report-websites-ended', { count: report.websites_ended }), 'done']);
  if (report.lockdown) lines.push([t('secure-report-lockdown-on'), 'done']);
  for (const failure of report.failed) lines.push([failure, 'failed']);
  /** @type {import('./two_step.js').TwoStepForm['mode']} */
  let next = null;
  if (report.to_do.includes('two_step')) {
    lines.push([t('secure-report-to-do-two-step'), 'to-do']);
    next = 'on';
  } else if (report.to_do.includes('recovery_email')) {
    lines.push([t('secure-report-to-do-recovery-email'), 'to-do']);
    next = 'email';
  }
  if (lines.length === 0) lines.push([t('secure-report-nothing-to-do'), 'done']);
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
      h('h2', { class: 'secure-report-title', id: 'secure-report-title' }, complete ? t('secure-report-title-done') : t('secure-report-title-waits')),
      h(
        'button',
        { type: 'button', class: 'button button-plain button-small', dataset: { action: 'dismiss-secure-report' } },
        t('secure-report-close'),
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
            dataset: { action: `two-step-${next}` },
          },
          next === 'on' ? t('secure-report-next-two-step') : t('secure-report-next-recovery-email'),
        )
      : null,
    h('p', { class: 'secure-report-note' }, t('secure-report-kept-in-history')),
  );
}
