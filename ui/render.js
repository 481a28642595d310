// @ts-check
// Draws the whole window from a view (what the agent said + what the page is doing).

import { h } from './dom.js';
import {
  alertWords,
  appLine,
  clockCountdown,
  countdown,
  deviceName,
  exactDateTime,
  activityText,
  parseDate,
  placeLine,
  relativeTime,
  signedIn,
  systemLine,
  ttlPeriod,
} from './format.js';
import { deviceIcon, icon, tintClass } from './icons.js';
import { signInPage } from './signin.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./bindings/AlertView').AlertView} AlertView */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */

/**
 * What the page is waiting for, if anything. While something is pending, actions are disabled.
 * @typedef {{ kind: 'terminate', hash: string }
 *   | { kind: 'terminate_others' }
 *   | { kind: 'acknowledge', alertId: number }
 *   | { kind: 'refresh' }
 *   | { kind: 'retry' }
 *   | { kind: 'sign_in' }
 *   | { kind: 'account' }} Pending
 */

/**
 * @typedef {object} View
 * @property {'loading' | 'ready' | 'unreachable' | 'error'} phase
 * @property {AgentState | null} state  The last state the agent sent (kept while unreachable).
 * @property {string | null} problem    Why, for `unreachable` and `error`.
 * @property {Pending | null} pending
 * @property {import('./signin.js').SignInDrafts} drafts  What the person typed on the sign-in screen.
 */

/**
 * @typedef {object} Actions
 * @property {(session: SessionView) => void} terminate
 * @property {(others: SessionView[]) => void} terminateOthers
 * @property {(alert: AlertView) => void} acknowledge
 * @property {(alert: AlertView, session: SessionView) => void} terminateAlert
 * @property {() => void} retry
 * @property {() => void} refresh
 * @property {() => void} startSignIn  Leave the demo account for the sign-in screen.
 * @property {() => void} signOut
 * @property {import('./signin.js').SignInActions} signIn
 */

/**
 * @typedef {object} RenderResult
 * @property {boolean} painted          An agent state was drawn (the list, or the agent's error).
 * @property {boolean} sessionsPainted  Session rows are on screen.
 * @property {Date | null} unlocksAt    When ending other sessions becomes allowed, if it is not yet.
 */

/**
 * Replaces the content of `root` with the view.
 * @param {HTMLElement} root
 * @param {View} view
 * @param {Actions} actions
 * @param {Date} now
 * @returns {RenderResult}
 */
export function render(root, view, actions, now) {
  /** @type {RenderResult} */
  const result = { painted: false, sessionsPainted: false, unlocksAt: null };
  const state = view.state;
  /** @type {HTMLElement} */
  let body;

  if (view.phase === 'loading') {
    body = loading('Connecting to the SessionGuard agent…');
  } else if (view.phase === 'unreachable') {
    body = unreachable(view, actions);
  } else if (view.phase === 'error' || !state) {
    body = failure(
      'Something went wrong',
      view.problem ?? 'The SessionGuard agent sent an answer the window could not read.',
      'Try again',
      view.pending?.kind === 'retry',
      actions.retry,
    );
  } else if (!state.account) {
    body = state.sign_in
      ? signInPage(state.sign_in, view.pending?.kind === 'sign_in', view.drafts, actions.signIn)
      : failure('Something went wrong', 'The agent guards no account and offers no sign-in.', 'Try again', view.pending?.kind === 'retry', actions.retry);
    result.painted = true;
  } else if (!state.loaded) {
    if (state.error) {
      body = failure(
        'Could not load your devices',
        state.error.message,
        'Try again',
        view.pending?.kind === 'refresh',
        actions.refresh,
      );
      result.painted = true;
    } else {
      body = loading('Loading your devices from Telegram…');
    }
  } else {
    body = sessionsPage(state, view.pending, actions, now, result);
    result.painted = true;
    result.sessionsPainted = true;
  }

  const canRefresh = view.phase === 'ready' && state !== null && state.account !== null && state.loaded;
  root.replaceChildren(appBar(state, canRefresh, view.pending, actions), h('main', { class: 'content', id: 'content' }, body));
  refreshTimes(root, now);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Header

/**
 * @param {AgentState | null} state
 * @param {boolean} canRefresh
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
function appBar(state, canRefresh, pending, actions) {
  const refreshing = pending?.kind === 'refresh';
  const account = state?.account ?? null;
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
              account.demo ? h('span', { class: 'pill pill-accent', title: 'A made-up account for trying SessionGuard out' }, 'Demo') : null,
            )
          : state?.sign_in
            ? h('p', { class: 'appbar-account' }, h('span', { class: 'appbar-label' }, 'Not signed in'))
            : null,
      ),
      account
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-plain button-small appbar-button',
              disabled: pending !== null,
              dataset: { action: account.demo ? 'start-sign-in' : 'sign-out', focusKey: 'account-button' },
              on: { click: () => (account.demo ? actions.startSignIn() : actions.signOut()) },
            },
            account.demo ? 'Sign in to Telegram' : 'Sign out',
          )
        : null,
      canRefresh
        ? h(
            'button',
            {
              type: 'button',
              class: ['icon-button', refreshing && 'is-spinning'],
              'aria-label': 'Refresh the device list',
              title: 'Refresh',
              disabled: pending !== null,
              dataset: { action: 'refresh', focusKey: 'refresh' },
              on: { click: () => actions.refresh() },
            },
            icon('refresh'),
          )
        : null,
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

/**
 * @param {View} view
 * @param {Actions} actions
 */
function unreachable(view, actions) {
  const retrying = view.pending?.kind === 'retry';
  return h(
    'div',
    { class: 'page' },
    h(
      'section',
      { class: 'blank-state', id: 'agent-unreachable', 'aria-labelledby': 'unreachable-title' },
      h('div', { class: 'blank-icon blank-icon-muted' }, icon('plug')),
      h('h2', { class: 'blank-title', id: 'unreachable-title' }, 'The SessionGuard agent is not running'),
      h(
        'p',
        { class: 'blank-text' },
        'The agent watches your account in the background. Without it this window cannot show your devices or end them.',
      ),
      view.problem ? h('p', { class: 'blank-detail' }, view.problem) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-primary',
          disabled: retrying,
          dataset: { action: 'retry', focusKey: 'retry' },
          on: { click: () => actions.retry() },
        },
        retrying ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), 'Starting the agent…'] : 'Retry',
      ),
    ),
  );
}

/**
 * @param {string} title
 * @param {string} message
 * @param {string} buttonLabel
 * @param {boolean} busy
 * @param {() => void} onRetry
 */
function failure(title, message, buttonLabel, busy, onRetry) {
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
          dataset: { action: 'retry', focusKey: 'retry' },
          on: { click: () => onRetry() },
        },
        busy ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), 'Trying again…'] : buttonLabel,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The device list

/**
 * @param {AgentState} state
 * @param {Pending | null} pending
 * @param {Actions} actions
 * @param {Date} now
 * @param {RenderResult} result
 */
function sessionsPage(state, pending, actions, now, result) {
  const busy = pending !== null;
  const current = state.sessions.find((s) => s.current) ?? null;
  const others = state.sessions
    .filter((s) => !s.current)
    .sort((a, b) => (parseDate(b.date_active)?.getTime() ?? 0) - (parseDate(a.date_active)?.getTime() ?? 0));
  const unlocksAt = parseDate(state.may_reset_others_from);
  const locked = unlocksAt !== null && unlocksAt.getTime() > now.getTime();
  if (locked) result.unlocksAt = unlocksAt;
  const lockedTitle = locked && unlocksAt ? `Telegram lets this device end other sessions from ${exactDateTime(unlocksAt)}` : undefined;

  const terminatingOthers = pending?.kind === 'terminate_others';
  const terminateOthers = h(
    'button',
    {
      type: 'button',
      class: 'card-action',
      disabled: busy || locked || others.length === 0,
      title: lockedTitle,
      dataset: { action: 'terminate-others', focusKey: 'terminate-others' },
      on: { click: () => actions.terminateOthers(others) },
    },
    terminatingOthers ? h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }) : icon('hand'),
    h('span', null, terminatingOthers ? 'Terminating other sessions…' : 'Terminate all other sessions'),
  );

  return h(
    'div',
    { class: 'page' },
    state.error ? errorBar(state.error, busy, actions) : null,
    state.alerts.length > 0 ? alertsSection(state, pending, locked, lockedTitle, actions) : null,
    h(
      'div',
      { id: 'sessions', class: 'sessions' },
      h(
        'section',
        { class: 'group', 'aria-labelledby': 'this-device-title' },
        h('h2', { class: 'group-title', id: 'this-device-title', tabindex: -1, dataset: { focusKey: 'this-device-title' } }, 'This device'),
        h(
          'div',
          { class: 'card' },
          current
            ? h('ul', { class: 'list' }, sessionRow(current, pending, locked, lockedTitle, actions))
            : h('p', { class: 'card-note' }, 'Telegram did not mark any session as this one.'),
          terminateOthers,
        ),
        others.length > 0 ? h('p', { class: 'group-caption' }, 'Logs out all devices except for this one.') : null,
        locked && unlocksAt ? lockNotice(unlocksAt) : null,
      ),
      others.length > 0
        ? h(
            'section',
            { class: 'group', 'aria-labelledby': 'others-title' },
            h(
              'h2',
              { class: 'group-title', id: 'others-title', tabindex: -1, dataset: { focusKey: 'others-title' } },
              'Active sessions',
              h('span', { class: 'group-count' }, String(others.length)),
            ),
            h('ul', { class: 'card list' }, others.map((s) => sessionRow(s, pending, locked, lockedTitle, actions))),
          )
        : emptyOthers(),
    ),
    footer(state),
  );
}

/**
 * @param {SessionView} session
 * @param {Pending | null} pending
 * @param {boolean} locked
 * @param {string | undefined} lockedTitle
 * @param {Actions} actions
 */
function sessionRow(session, pending, locked, lockedTitle, actions) {
  const name = deviceName(session);
  const app = appLine(session);
  const system = systemLine(session);
  const place = placeLine(session);
  const terminating =
    (pending?.kind === 'terminate' && pending.hash === session.hash) || (!session.current && pending?.kind === 'terminate_others');

  /** @type {HTMLElement[]} */
  const tags = [];
  if (session.password_pending) tags.push(h('span', { class: 'tag tag-danger', title: 'Logged in with the code, but the 2-step verification password was not entered yet' }, 'Password not entered'));
  if (session.unconfirmed) tags.push(h('span', { class: 'tag tag-warning', title: 'Telegram has not confirmed this login yet' }, 'Unconfirmed'));

  const activity = h('time', {
    class: 'session-time',
    datetime: session.date_active,
    dataset: { time: session.date_active, format: session.current ? 'activity-current' : 'activity' },
  });

  return h(
    'li',
    {
      class: [
        'session',
        session.current && 'session-current',
        session.password_pending ? 'session-danger' : session.unconfirmed && 'session-warning',
      ],
      dataset: { sessionHash: session.hash, current: session.current ? 'true' : undefined },
    },
    h('div', { class: ['avatar', tintClass(session.platform_kind, session.device_kind)] }, deviceIcon(session.device_kind, session.device_model)),
    h(
      'div',
      { class: 'session-body' },
      h('div', { class: 'session-title' }, h('span', { class: 'session-name' }, name), tags),
      app || !session.official_app
        ? h(
            'div',
            { class: 'session-line' },
            app ? h('span', { class: 'session-app' }, app) : null,
            session.official_app ? null : h('span', { class: 'tag tag-neutral', title: 'Not one of Telegram’s own apps' }, 'Unofficial app'),
          )
        : null,
      system ? h('div', { class: 'session-line session-line-muted' }, system) : null,
      place ? h('div', { class: 'session-line session-line-muted' }, place) : null,
      h('time', {
        class: 'session-since',
        datetime: session.date_created,
        dataset: { time: session.date_created, format: 'signed-in' },
      }),
    ),
    h(
      'div',
      { class: 'session-aside' },
      activity,
      session.current
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'button button-danger-quiet button-small',
              disabled: pending !== null || locked,
              title: lockedTitle,
              'aria-label': `Terminate the session on ${name}`,
              dataset: { action: 'terminate', focusKey: `terminate:${session.hash}` },
              on: { click: () => actions.terminate(session) },
            },
            terminating ? [h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }), 'Ending…'] : 'Terminate',
          ),
    ),
  );
}

function emptyOthers() {
  return h(
    'section',
    { class: 'group', 'aria-labelledby': 'others-title' },
    h('h2', { class: 'group-title', id: 'others-title', tabindex: -1, dataset: { focusKey: 'others-title' } }, 'Active sessions'),
    h(
      'div',
      { class: 'card empty', id: 'no-other-sessions' },
      h('div', { class: 'blank-icon blank-icon-accent' }, icon('shieldCheck')),
      h('p', { class: 'empty-title' }, 'No other devices are logged in'),
      h('p', { class: 'empty-text' }, 'SessionGuard keeps watching and tells you the moment a new device logs in.'),
    ),
  );
}

/** @param {Date} unlocksAt */
function lockNotice(unlocksAt) {
  return h(
    'div',
    { class: 'notice notice-warning', role: 'note' },
    icon('clock', { class: 'notice-icon' }),
    h(
      'div',
      { class: 'notice-body' },
      h('p', { class: 'notice-title' }, h('time', { datetime: unlocksAt.toISOString(), dataset: { time: unlocksAt.toISOString(), format: 'countdown' } })),
      h('p', { class: 'notice-text' }, 'Telegram lets a newly logged-in device end other sessions only after it has been logged in for a while.'),
    ),
  );
}

/**
 * @param {ErrorBody} error
 * @param {boolean} busy
 * @param {Actions} actions
 */
function errorBar(error, busy, actions) {
  return h(
    'div',
    { class: 'notice notice-error', role: 'status', id: 'state-error' },
    icon('warning', { class: 'notice-icon' }),
    h(
      'div',
      { class: 'notice-body' },
      h('p', { class: 'notice-title' }, 'The list may be out of date'),
      h('p', { class: 'notice-text' }, error.message),
      error.retry_at ? h('p', { class: 'notice-text' }, h('time', { datetime: error.retry_at, dataset: { time: error.retry_at, format: 'retry' } })) : null,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button button-plain button-small',
        disabled: busy,
        dataset: { action: 'refresh-now', focusKey: 'refresh-now' },
        on: { click: () => actions.refresh() },
      },
      'Try again',
    ),
  );
}

/** @param {AgentState} state */
function footer(state) {
  const ttl = ttlPeriod(state.inactive_ttl_days);
  return h(
    'footer',
    { class: 'footnote' },
    state.refreshed_at ? h('time', { datetime: state.refreshed_at, dataset: { time: state.refreshed_at, format: 'updated' } }) : null,
    ttl ? h('span', null, `Telegram ends sessions inactive for ${ttl} by itself.`) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Alerts

/**
 * @param {AgentState} state
 * @param {Pending | null} pending
 * @param {boolean} locked
 * @param {string | undefined} lockedTitle
 * @param {Actions} actions
 */
function alertsSection(state, pending, locked, lockedTitle, actions) {
  const alerts = [...state.alerts].sort((a, b) => (parseDate(b.at)?.getTime() ?? 0) - (parseDate(a.at)?.getTime() ?? 0));
  return h(
    'section',
    { class: 'alerts', 'aria-label': 'Security alerts' },
    alerts.map((alert) => alertBanner(alert, state, pending, locked, lockedTitle, actions)),
  );
}

/** @type {Record<string, import('./icons.js').IconName>} */
const ALERT_ICON = {
  new_login: 'devices',
  unconfirmed_login: 'warning',
  password_pending_login: 'key',
  login_code_requested: 'shield',
  session_ended: 'logout',
};

/**
 * @param {AlertView} alert
 * @param {AgentState} state
 * @param {Pending | null} pending
 * @param {boolean} locked
 * @param {string | undefined} lockedTitle
 * @param {Actions} actions
 */
function alertBanner(alert, state, pending, locked, lockedTitle, actions) {
  const words = alertWords(alert);
  const login = alert.login;
  const session =
    login && alert.kind !== 'session_ended' ? state.sessions.find((s) => s.hash === login.hash && !s.current) ?? null : null;
  const busy = pending !== null;
  const acknowledging = pending?.kind === 'acknowledge' && pending.alertId === alert.id;
  const terminating = session !== null && pending?.kind === 'terminate' && pending.hash === session.hash;
  const titleId = `alert-title-${alert.id}`;

  return h(
    'article',
    {
      class: ['alert', `alert-${words.tone}`],
      'aria-labelledby': titleId,
      tabindex: -1,
      dataset: { alertId: String(alert.id), alertKind: alert.kind, focusKey: `alert:${alert.id}` },
    },
    h('div', { class: 'alert-icon' }, icon(ALERT_ICON[alert.kind] ?? 'warning')),
    h(
      'div',
      { class: 'alert-body' },
      h(
        'p',
        { class: 'alert-title', id: titleId },
        words.lead
          ? [h('strong', null, words.lead), ` ${words.title.slice(words.lead.length).trimStart()}`]
          : h('strong', null, words.title),
      ),
      words.detail ? h('p', { class: 'alert-detail' }, words.detail) : null,
      h(
        'p',
        { class: 'alert-meta' },
        h('time', { datetime: alert.at, dataset: { time: alert.at, format: 'ago' } }),
        login && login.official_app === false ? h('span', { class: 'tag tag-neutral' }, 'Unofficial app') : null,
      ),
    ),
    h(
      'div',
      { class: 'alert-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-plain button-small',
          disabled: busy,
          dataset: { action: 'acknowledge', focusKey: `acknowledge:${alert.id}` },
          on: { click: () => actions.acknowledge(alert) },
        },
        acknowledging ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), 'Saving…'] : alert.kind === 'session_ended' ? 'OK' : "It's me",
      ),
      session
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-danger button-small',
              disabled: busy || locked,
              title: lockedTitle,
              'aria-label': `Terminate the session on ${deviceName(session)}`,
              dataset: { action: 'terminate-alert', focusKey: `terminate-alert:${alert.id}` },
              on: { click: () => actions.terminateAlert(alert, session) },
            },
            terminating ? [h('span', { class: 'spinner spinner-small spinner-light', 'aria-hidden': 'true' }), 'Ending…'] : 'Terminate',
          )
        : null,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Times that change as the clock runs

/**
 * Rewrites every `[data-time]` element under `root` for the time `now`
 * (the page calls this every 30 s, without asking the agent).
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
        text = 'online';
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
        text = `Updated ${relativeTime(date, now)}`;
        break;
      case 'countdown':
        text = `You can end other sessions in ${countdown(date, now)}`;
        break;
      case 'retry':
        text = date.getTime() > now.getTime() ? `Telegram allows another try in ${countdown(date, now)}.` : 'You can try again now.';
        break;
      case 'resend':
        text = date.getTime() > now.getTime() ? `Send the code another way in ${clockCountdown(date, now)}` : 'Send the code another way';
        break;
      case 'qr-expiry':
        text = date.getTime() > now.getTime() ? `A new code comes in ${clockCountdown(date, now)}` : 'Getting a new code…';
        break;
      default:
        text = relativeTime(date, now);
    }
    if (element.textContent !== text) element.textContent = text;
    element.classList.toggle('is-online', online);
    element.title = element.dataset.format === 'activity-current' ? 'This device' : exact;
  }
}
