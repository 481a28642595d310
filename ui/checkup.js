// @ts-check
// The Checkup page: how the account's defences stand, each weakness with the one action
// that fixes it, and, said once, what no app can check.

import { h } from './dom.js';
import { deviceName, exactDateTime, nameList, parseDate, ttlPeriod } from './format.js';
import { t } from './i18n.js';
import { icon } from './icons.js';
import { twoStepButtons, twoStepPanel } from './two_step.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/Check').Check} Check */
/** @typedef {import('./bindings/CheckKind').CheckKind} CheckKind */
/** @typedef {import('./bindings/Severity').Severity} Severity */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./render.js').Pending} Pending */

/** Where Telegram's own apps keep the settings SessionGuard cannot change. */
export function twoStepPath() {
  return t('checkup-two-step-path');
}

/**
 * How many checks need the person (advice included).
 * @param {Check[]} checks
 */
export function findingsCount(checks) {
  return checks.filter((c) => c.severity === 'critical' || c.severity === 'warning' || c.severity === 'advice').length;
}

/**
 * The words for one check: a title for how it stands, and what it means.
 * @param {Check} check
 * @param {number} ttlDays
 * @param {SessionView[]} sessions  The sessions it is about.
 * @returns {{ title: string, text: string }}
 */
function checkWords(check, ttlDays, sessions) {
  const ok = check.severity === 'ok';
  const names = nameList(sessions.map(deviceName));
  switch (check.kind) {
    case 'two_step':
      if (check.severity === 'unknown') return { title: t('checkup-two-step-unknown-title'), text: t('checkup-two-step-unknown-text') };
      return ok
        ? { title: t('checkup-two-step-ok-title'), text: t('checkup-two-step-ok-text') }
        : {
            title: t('checkup-two-step-off-title'),
            text: t('checkup-two-step-off-text'),
          };
    case 'recovery_email':
      return ok
        ? { title: t('checkup-recovery-email-ok-title'), text: t('checkup-recovery-email-ok-text') }
        : {
            title: t('checkup-recovery-email-missing-title'),
            text: t('checkup-recovery-email-missing-text'),
          };
    case 'password_reset': {
      const at = parseDate(check.at);
      return {
        title: t('checkup-password-reset-title'),
        text: at
          ? t('checkup-password-reset-text-at', { time: exactDateTime(at), path: twoStepPath() })
          : t('checkup-password-reset-text-soon', { path: twoStepPath() }),
      };
    }
    case 'inactive_ttl':
      return ok
        ? { title: t('checkup-ttl-ok-title', { period: ttlPeriod(ttlDays) }), text: t('checkup-ttl-ok-text') }
        : {
            title: t('checkup-ttl-long-title', { period: ttlPeriod(ttlDays) }),
            text: t('checkup-ttl-long-text'),
          };
    case 'stale_sessions':
      return ok
        ? { title: t('checkup-stale-ok-title'), text: t('checkup-stale-ok-text') }
        : { title: t('checkup-stale-title', { count: sessions.length }), text: t('checkup-stale-text', { names }) };
    case 'unofficial_apps':
      return ok
        ? { title: t('checkup-unofficial-ok-title'), text: t('checkup-unofficial-ok-text') }
        : {
            title: t('checkup-unofficial-title', { count: sessions.length }),
            text: t('checkup-unofficial-text', { names }),
          };
    case 'websites':
      if (check.severity === 'unknown') return { title: t('checkup-websites-unknown-title'), text: t('checkup-websites-unknown-text') };
      return ok
        ? { title: t('checkup-websites-ok-title'), text: t('checkup-websites-ok-text') }
        : {
            title: t('checkup-websites-title', { count: check.sessions.length }),
            text: t('checkup-websites-text'),
          };
    case 'password_pending':
      return ok
        ? { title: t('checkup-password-pending-ok-title'), text: t('checkup-password-pending-ok-text') }
        : {
            title: t('checkup-password-pending-title'),
            text: t('checkup-password-pending-text', { names }),
          };
  }
}

/** @type {Record<Severity, import('./icons.js').IconName>} */
const SEVERITY_ICON = { ok: 'check', unknown: 'info', advice: 'info', warning: 'warning', critical: 'warning' };
/** @type {Record<Severity, string>} */
const SEVERITY_TONE = { ok: 'tone-ok', unknown: 'tone-info', advice: 'tone-info', warning: 'tone-warning', critical: 'tone-danger' };

/**
 * @param {AgentState} state
 * @param {import('./two_step.js').TwoStepForm} twoStep
 * @param {Pending | null} pending
 */
export function checkupPage(state, twoStep, pending) {
  const checkup = state.checkup;
  if (!checkup) {
    return h(
      'div',
      { class: 'page', id: 'checkup' },
      h('div', { class: 'loading-status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, t('checkup-loading'))),
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
        h('h2', { class: 'summary-title' }, findings === 0 ? t('checkup-summary-ok') : t('checkup-summary-findings', { count: findings })),
        h('p', { class: 'summary-text' }, h('time', { datetime: checkup.checked_at, dataset: { time: checkup.checked_at, format: 'ago' } }), ' ', t('checkup-checked-by')),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-plain button-small',
          disabled: pending !== null,
          dataset: { action: 'run-checkup' },
        },
        running ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('checkup-running')] : t('checkup-run-again'),
      ),
    ),
    twoStepPanel(state, twoStep, pending),
    h('ul', { class: 'card list checks' }, checkup.checks.map((check) => checkRow(check, state, pending))),
    h(
      'section',
      { class: 'limits', 'aria-labelledby': 'limits-title' },
      h('h2', { class: 'group-title', id: 'limits-title' }, t('checkup-limits-title')),
      h(
        'p',
        { class: 'group-caption' },
        t('checkup-limits-text'),
      ),
    ),
  );
}

/**
 * @param {Check} check
 * @param {AgentState} state
 * @param {Pending | null} pending
 */
function checkRow(check, state, pending) {
  const sessions = checkSessions(check, state);
  const words = checkWords(check, state.inactive_ttl_days, sessions);
  const fix = check.fix;
  /** @type {HTMLElement | HTMLElement[] | null} */
  let button = null;
  if (check.kind === 'two_step' || check.kind === 'recovery_email') {
    const buttons = twoStepButtons(check, pending);
    button = buttons.length > 0 ? buttons : null;
  } else if (fix?.type === 'set_inactive_ttl') {
    button = h(
      'button',
      {
        type: 'button',
        class: 'button button-primary button-small',
        disabled: pending !== null,
        dataset: { action: 'fix-ttl', days: String(fix.days) },
      },
      t('checkup-fix-ttl', { period: ttlPeriod(fix.days) }),
    );
  } else if (fix?.type === 'end_websites') {
    const sites = checkWebsites(check, state);
    button = h(
      'button',
      {
        type: 'button',
        class: 'button button-plain button-small',
        disabled: pending !== null || sites.length === 0,
        dataset: { action: 'fix-websites' },
      },
      t('checkup-fix-websites', { count: sites.length }),
    );
  } else if (fix?.type === 'terminate' && sessions.length > 0) {
    button = h(
      'button',
      {
        type: 'button',
        class: 'button button-danger button-small',
        disabled: pending !== null,
        dataset: { action: 'fix-terminate' },
      },
      t('checkup-fix-terminate', { count: sessions.length }),
    );
  }
  return h(
    'li',
    { class: ['check', `check-${check.severity}`], id: `check-${check.kind}`, dataset: { check: check.kind, severity: check.severity } },
    h('div', { class: ['round-icon', SEVERITY_TONE[check.severity]] }, icon(SEVERITY_ICON[check.severity])),
    h('div', { class: 'check-body' }, h('p', { class: 'check-title' }, words.title), h('p', { class: 'check-text' }, words.text)),
    button ? h('div', { class: 'check-fix' }, button) : null,
  );
}

/**
 * The sessions a check is about (those still listed).
 * @param {Check} check
 * @param {AgentState} state
 */
export function checkSessions(check, state) {
  return check.sessions.map((hash) => state.sessions.find((s) => s.hash === hash)).filter((s) => s !== undefined);
}

/**
 * The websites a check's fix would log out of.
 * @param {Check} check
 * @param {AgentState} state
 */
export function checkWebsites(check, state) {
  const fix = check.fix;
  return fix?.type === 'end_websites' ? state.websites.filter((w) => fix.websites.includes(w.hash)) : [];
}
