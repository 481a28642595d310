// @ts-check
// Draws the whole window from a view (what the agent said + what the page is doing): the
// app bar with the accounts and the pages, then the page the person chose. What is drawn
// is morphed into the live page (idiomorph): elements that stay are kept, with their focus,
// what was typed in them and what was opened.

import { checkupPage, findingsCount } from './checkup.js';
import { devicesPage } from './devices.js';
import { h } from './dom.js';
import { activityText, clockCountdown, countdown, exactDateTime, parseDate, relativeTime, signedIn } from './format.js';
import { historyPage } from './history.js';
import { language, t } from './i18n.js';
import { icon } from './icons.js';
import { settingsPage } from './settings.js';
import { signInPage } from './signin.js';
import { Idiomorph } from './vendor/idiomorph.esm.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/NoticeView').NoticeView} NoticeView */
/** @typedef {import('./bindings/HistoryEntryView').HistoryEntryView} HistoryEntryView */
/** @typedef {import('./bindings/SessionRecordView').SessionRecordView} SessionRecordView */

/** @typedef {'devices' | 'history' | 'checkup' | 'settings'} Page */

/**
 * What the page is waiting for, if anything. While something is pending, actions are disabled.
 * @typedef {{ kind: 'terminate', hash: string }
 *   | { kind: 'terminate_others' }
 *   | { kind: 'acknowledge', alertId: number }
 *   | { kind: 'refresh' }
 *   | { kind: 'retry' }
 *   | { kind: 'sign_in' }
 *   | { kind: 'account' }
 *   | { kind: 'session', hash: string }
 *   | { kind: 'settings' }
 *   | { kind: 'forwarding' }
 *   | { kind: 'checkup' }
 *   | { kind: 'export' }
 *   | { kind: 'website', hash: string }
 *   | { kind: 'websites' }
 *   | { kind: 'secure' }
 *   | { kind: 'two_step' }} Pending
 */

/**
 * The History page: the filter, what was read, and the session opened from it.
 * @typedef {object} HistoryView
 * @property {'all' | 'logins' | 'attempts' | 'ended' | 'actions'} kinds
 * @property {string} device
 * @property {string} since   A date (yyyy-mm-dd) or empty.
 * @property {string} until   A date (yyyy-mm-dd) or empty.
 * @property {'all' | 'this'} accounts
 * @property {HistoryEntryView[]} entries
 * @property {boolean} more
 * @property {boolean} loading
 * @property {boolean} loaded
 * @property {string | null} error
 * @property {{ account: string, hash: string, record: SessionRecordView | null, entries: HistoryEntryView[] } | null} session
 */

/**
 * The Settings page's forwarding form: which kind it is for (it shows that kind's fields).
 * @typedef {object} ForwardingForm
 * @property {'webhook' | 'ntfy' | 'telegram_bot'} kind
 * @property {boolean} hideIps     Mask IP addresses in what goes to an ntfy topic.
 */

/**
 * @typedef {object} View
 * @property {'loading' | 'ready' | 'unreachable' | 'error'} phase
 * @property {AgentState | null} state  The last state the agent sent (kept while unreachable).
 * @property {string | null} problem    Why, for `unreachable` and `error`.
 * @property {Pending | null} pending
 * @property {import('./phone.js').PhoneNumber} phone  The sign-in screen's phone number, which the line under it is about.
 * @property {Page} page
 * @property {string | null} expanded   The session whose details are open.
 * @property {HistoryView} history
 * @property {ForwardingForm} forwarding
 * @property {import('./two_step.js').TwoStepForm} twoStep  The checkup's 2-step verification form.
 */

/**
 * @typedef {object} RenderResult
 * @property {boolean} painted          An agent state was drawn (the list, or the agent's error).
 * @property {boolean} sessionsPainted  Session rows are on screen.
 * @property {Date | null} unlocksAt    When ending other sessions becomes allowed, if it is not yet.
 */

/**
 * Makes `root` show the view.
 * @param {HTMLElement} root
 * @param {View} view
 * @param {Date} now
 * @returns {RenderResult}
 */
export function render(root, view, now) {
  /** @type {RenderResult} */
  const result = { painted: false, sessionsPainted: false, unlocksAt: null };
  const state = view.state;
  /** @type {HTMLElement} */
  let body;

  if (view.phase === 'loading') {
    body = loading(t('window-connecting'));
  } else if (view.phase === 'unreachable') {
    body = unreachable(view);
  } else if (view.phase === 'error' || !state) {
    body = failure(
      t('window-error-title'),
      view.problem ?? t('window-error-unreadable'),
      t('button-try-again'),
      view.pending?.kind === 'retry',
      'retry',
    );
  } else if (!state.account) {
    body = state.sign_in
      ? signInPage(state.sign_in, view.pending?.kind === 'sign_in', view.phone, state.accounts.length > 0)
      : failure(t('window-error-title'), t('window-error-no-account'), t('button-try-again'), view.pending?.kind === 'retry', 'retry');
    result.painted = true;
  } else if (view.page === 'history') {
    body = historyPage(state, view.history, view.pending);
    result.painted = true;
  } else if (view.page === 'checkup') {
    body = checkupPage(state, view.twoStep, view.pending);
    result.painted = true;
  } else if (view.page === 'settings') {
    body = settingsPage(state, view.forwarding, view.pending);
    result.painted = true;
  } else if (!state.loaded) {
    if (state.error) {
      body = failure(t('window-devices-failed'), state.error.message, t('button-try-again'), view.pending?.kind === 'refresh', 'refresh');
      result.painted = true;
    } else {
      body = loading(t('window-devices-loading'));
    }
  } else {
    body = devicesPage(state, view, now, result);
    result.painted = true;
    result.sessionsPainted = true;
  }

  const notices = view.phase === 'ready' && state ? agentNotices(state.notices, view.pending) : null;
  const page = [appBar(view), h('main', { class: 'content', id: 'content' }, notices, body)];
  for (const part of page) refreshTimes(part, now);
  Idiomorph.morph(root, page, { morphStyle: 'innerHTML', callbacks: { beforeAttributeUpdated: keepThePersons } });
  return result;
}

/**
 * What the person typed in a field and whether they opened a fold are theirs: a drawing
 * gives a field its first value only (as `defaultValue`), and a `<details>` its first state.
 * @param {string} attribute
 * @param {Element} element
 */
function keepThePersons(attribute, element) {
  return !(attribute === 'value' && element instanceof HTMLInputElement) && !(attribute === 'open' && element instanceof HTMLDetailsElement);
}

/**
 * The agent's notices, above whichever page shows: a damaged file set aside, an account
 * saved in a keyring that is locked (with Try again).
 * @param {NoticeView[]} notices
 * @param {Pending | null} pending
 */
function agentNotices(notices, pending) {
  if (notices.length === 0) return null;
  return h(
    'div',
    { class: 'agent-notices', role: 'status' },
    notices.map((notice) =>
      h(
        'div',
        { class: ['notice', 'notice-warning'], id: `notice-${notice.id}`, dataset: { noticeId: String(notice.id) } },
        icon('warning', { class: 'notice-icon' }),
        h('div', { class: 'notice-body' }, h('p', { class: 'notice-text' }, notice.text)),
        notice.keyring_retry
          ? h(
              'button',
              { type: 'button', class: 'button button-primary button-small', disabled: pending !== null, dataset: { action: 'retry-keyring' } },
              t('button-try-again'),
            )
          : h(
              'button',
              { type: 'button', class: 'button button-plain button-small', dataset: { action: 'dismiss-notice', id: String(notice.id) } },
              t('button-dismiss'),
            ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Header: the app, the accounts, the pages

/** @param {View} view */
function appBar(view) {
  const state = view.phase === 'ready' ? view.state : null;
  const account = state?.account ?? null;
  const pending = view.pending;
  const refreshing = pending?.kind === 'refresh';
  const canRefresh = state !== null && account !== null && view.page === 'devices' && state.loaded;
  return h(
    'header',
    { class: 'appbar' },
    h(
      'div',
      { class: 'appbar-inner' },
      h('img', { class: 'appbar-logo', src: 'favicon.svg', alt: '', width: 32, height: 32 }),
      h(
        'div',
        { class: 'appbar-text' },
        h('h1', { class: 'appbar-title' }, 'SessionGuard'),
        account
          ? h(
              'p',
              { class: 'appbar-account' },
              h('span', { class: 'appbar-label', title: account.label }, account.label),
              account.demo ? h('span', { class: 'pill pill-accent', title: t('appbar-demo-tooltip') }, t('appbar-demo')) : null,
            )
          : state?.sign_in
            ? h('p', { class: 'appbar-account' }, h('span', { class: 'appbar-label' }, state.accounts.length > 0 ? t('appbar-adding-account') : t('appbar-not-signed-in')))
            : null,
      ),
      account?.demo && state?.accounts.length === 1
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-plain button-small appbar-button',
              disabled: pending !== null,
              dataset: { action: 'start-sign-in' },
            },
            t('appbar-sign-in'),
          )
        : null,
      canRefresh
        ? h(
            'button',
            {
              type: 'button',
              class: ['icon-button', refreshing && 'is-spinning'],
              'aria-label': t('appbar-refresh-label'),
              title: t('appbar-refresh-tooltip'),
              disabled: pending !== null,
              dataset: { action: 'refresh' },
            },
            icon('refresh'),
          )
        : null,
    ),
    state && account ? accountStrip(state, pending) : null,
    state && account ? tabs(state, view.page) : null,
  );
}

/**
 * The guarded accounts, when there are several, to switch between.
 * @param {AgentState} state
 * @param {Pending | null} pending
 */
function accountStrip(state, pending) {
  if (state.accounts.length < 2) return null;
  return h(
    'nav',
    { class: 'accounts', 'aria-label': t('appbar-accounts') },
    h(
      'div',
      { class: 'accounts-inner' },
      state.accounts.map((tab) => {
        const selected = tab.id === state.account?.id;
        return h(
          'button',
          {
            type: 'button',
            class: ['account-chip', selected && 'is-selected', tab.trouble && 'has-trouble'],
            'aria-pressed': selected ? 'true' : 'false',
            disabled: pending !== null && !selected,
            id: `account-chip-${tab.id}`,
            dataset: { action: 'select-account', account: tab.id },
          },
          h('span', { class: 'account-chip-label' }, tab.label),
          tab.demo ? h('span', { class: 'pill pill-accent' }, t('appbar-demo')) : null,
          tab.alerts > 0
            ? h('span', { class: 'badge badge-danger', 'aria-label': t('appbar-account-alerts', { count: tab.alerts }) }, String(tab.alerts))
            : null,
        );
      }),
    ),
  );
}

/**
 * The pages, with their names in the current language.
 * @returns {Array<{ page: Page, label: string, icon: import('./icons.js').IconName }>}
 */
function pages() {
  return [
    { page: 'devices', label: t('nav-devices'), icon: 'devices' },
    { page: 'history', label: t('nav-history'), icon: 'clock' },
    { page: 'checkup', label: t('nav-checkup'), icon: 'shieldCheck' },
    { page: 'settings', label: t('nav-settings'), icon: 'settings' },
  ];
}

/**
 * @param {AgentState} state
 * @param {Page} current
 */
function tabs(state, current) {
  const findings = findingsCount(state.checkup?.checks ?? []);
  return h(
    'nav',
    { class: 'tabs', 'aria-label': t('nav-pages') },
    h(
      'div',
      { class: 'tabs-inner', role: 'tablist' },
      pages().map(({ page, label, icon: iconName }) => {
        const count = page === 'devices' ? state.alerts.length : page === 'checkup' ? findings : 0;
        return h(
          'button',
          {
            type: 'button',
            role: 'tab',
            class: ['tab', page === current && 'is-selected'],
            'aria-selected': page === current ? 'true' : 'false',
            dataset: { action: 'show-page', page },
          },
          icon(iconName, { class: 'tab-icon' }),
          h('span', null, label),
          count > 0 ? h('span', { class: ['badge', page === 'devices' ? 'badge-danger' : 'badge-warning'] }, String(count)) : null,
        );
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Whole-window states

/** @param {string} message */
function loading(message) {
  const skeletonRow = () =>
    h(
      'li',
      { class: 'session skeleton' },
      h('div', { class: 'avatar skeleton-block' }),
      h(
        'div',
        { class: 'session-body' },
        h('div', { class: 'skeleton-line skeleton-line-title' }),
        h('div', { class: 'skeleton-line' }),
        h('div', { class: 'skeleton-line skeleton-line-short' }),
      ),
    );
  return h(
    'div',
    { class: 'page', id: 'loading', 'aria-busy': 'true' },
    h('div', { class: 'loading-status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, message)),
    h('div', { class: 'group' }, h('div', { class: 'group-title skeleton-line skeleton-line-heading' }), h('ul', { class: 'card list', 'aria-hidden': 'true' }, skeletonRow())),
    h(
      'div',
      { class: 'group' },
      h('div', { class: 'group-title skeleton-line skeleton-line-heading' }),
      h('ul', { class: 'card list', 'aria-hidden': 'true' }, skeletonRow(), skeletonRow(), skeletonRow()),
    ),
  );
}

/** @param {View} view */
function unreachable(view) {
  const retrying = view.pending?.kind === 'retry';
  return h(
    'div',
    { class: 'page' },
    h(
      'section',
      { class: 'blank-state', id: 'agent-unreachable', 'aria-labelledby': 'unreachable-title' },
      h('div', { class: 'blank-icon blank-icon-muted' }, icon('plug')),
      h('h2', { class: 'blank-title', id: 'unreachable-title' }, t('window-unreachable-title')),
      h('p', { class: 'blank-text' }, t('window-unreachable-text')),
      view.problem ? h('p', { class: 'blank-detail' }, view.problem) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-primary',
          disabled: retrying,
          dataset: { action: 'retry' },
        },
        retrying ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('window-unreachable-starting')] : t('window-unreachable-retry'),
      ),
    ),
  );
}

/**
 * @param {string} title
 * @param {string} message
 * @param {string} buttonLabel
 * @param {boolean} busy
 * @param {'retry' | 'refresh'} action  Connect to the agent again, or read the list again.
 */
function failure(title, message, buttonLabel, busy, action) {
  return h(
    'div',
    { class: 'page' },
    h(
      'section',
      { class: 'blank-state', id: 'error', 'aria-labelledby': 'error-title' },
      h('div', { class: 'blank-icon blank-icon-danger' }, icon('warning')),
      h('h2', { class: 'blank-title', id: 'error-title' }, title),
      h('p', { class: 'blank-text' }, message),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-primary',
          disabled: busy,
          dataset: { action },
        },
        busy ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('button-trying-again')] : buttonLabel,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Times that change as the clock runs

/**
 * Rewrites every `[data-time]` element under `root` for the time `now`
 * (the page calls this regularly, without asking the agent).
 * @param {ParentNode} root
 * @param {Date} now
 */
export function refreshTimes(root, now) {
  for (const element of root.querySelectorAll('[data-time]')) {
    if (!(element instanceof HTMLElement)) continue;
    const date = parseDate(element.dataset.time);
    if (!date) {
      element.textContent = '';
      continue;
    }
    const exact = exactDateTime(date);
    let text = '';
    let online = false;
    switch (element.dataset.format) {
      case 'activity-current':
        text = t('time-online');
        online = true;
        break;
      case 'activity': {
        const activity = activityText(date, now);
        text = activity.text;
        online = activity.online;
        break;
      }
      case 'signed-in':
        text = signedIn(date, now);
        break;
      case 'updated':
        text = t('time-updated', { when: relativeTime(date, now) });
        break;
      case 'countdown':
        text = t('time-can-end-sessions-in', { wait: countdown(date, now) });
        break;
      case 'retry':
        text = date.getTime() > now.getTime() ? t('time-retry-in', { wait: countdown(date, now) }) : t('time-retry-now');
        break;
      case 'resend':
        text = date.getTime() > now.getTime() ? t('time-resend-in', { wait: clockCountdown(date, now) }) : t('time-resend-now');
        break;
      case 'qr-expiry':
        text = date.getTime() > now.getTime() ? t('time-qr-expiry-in', { wait: clockCountdown(date, now) }) : t('time-qr-expiry-now');
        break;
      case 'clock':
        text = date.toLocaleTimeString(language(), { hour: '2-digit', minute: '2-digit' });
        break;
      case 'exact':
        text = exact;
        break;
      default:
        text = relativeTime(date, now);
    }
    if (element.textContent !== text) element.textContent = text;
    element.classList.toggle('is-online', online);
    element.title = element.dataset.format === 'activity-current' ? t('time-this-device') : exact;
  }
}
