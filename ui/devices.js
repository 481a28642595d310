// @ts-check
// The Devices page: this device, every other session with its details (secret chats,
// calls, trust, its history), the alerts about new logins, and "terminate" everywhere.

import { h } from './dom.js';
import { language, t } from './i18n.js';
import { appLine, deviceName, exactDateTime, parseDate, placeLine, systemLine, ttlPeriod } from './format.js';
import { deviceIcon, icon, tintClass } from './icons.js';
import { secureButton, secureReportPanel } from './secure.js';
import { websitesSection } from './websites.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./bindings/AlertView').AlertView} AlertView */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').View} View */
/** @typedef {import('./render.js').RenderResult} RenderResult */

/**
 * The sessions other than this device's, the most recently active first.
 * @param {AgentState} state
 */
export function otherSessions(state) {
  return state.sessions
    .filter((s) => !s.current)
    .sort((a, b) => (parseDate(b.date_active)?.getTime() ?? 0) - (parseDate(a.date_active)?.getTime() ?? 0));
}

/**
 * @param {AgentState} state
 * @param {View} view
 * @param {Date} now
 * @param {RenderResult} result
 */
export function devicesPage(state, view, now, result) {
  const pending = view.pending;
  const busy = pending !== null;
  const current = state.sessions.find((s) => s.current) ?? null;
  const others = otherSessions(state);
  const unlocksAt = parseDate(state.may_reset_others_from);
  const locked = unlocksAt !== null && unlocksAt.getTime() > now.getTime();
  if (locked) result.unlocksAt = unlocksAt;
  const lockedTitle = locked && unlocksAt ? t('devices-locked-title', { when: exactDateTime(unlocksAt) }) : undefined;

  const terminatingOthers = pending?.kind === 'terminate_others';
  const terminateOthers = h(
    'button',
    {
      type: 'button',
      class: 'card-action',
      disabled: busy || locked || others.length === 0,
      title: lockedTitle,
      dataset: { action: 'terminate-others' },
    },
    terminatingOthers ? h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }) : icon('hand'),
    h('span', null, terminatingOthers ? t('devices-terminating-others') : t('devices-terminate-others')),
  );

  return h(
    'div',
    { class: 'page' },
    state.error ? errorBar(state.error, busy) : null,
    state.secure_report ? secureReportPanel(state.secure_report) : null,
    state.alerts.length > 0 ? alertsSection(state, pending, locked, lockedTitle) : null,
    h(
      'div',
      { id: 'sessions', class: 'sessions' },
      h(
        'section',
        { class: 'group', 'aria-labelledby': 'this-device-title' },
        h('h2', { class: 'group-title', id: 'this-device-title', tabindex: -1 }, t('devices-this-device')),
        h(
          'div',
          { class: 'card' },
          current
            ? h('ul', { class: 'list' }, sessionRow(current, view, locked, lockedTitle))
            : h('p', { class: 'card-note' }, t('devices-no-current')),
          terminateOthers,
          secureButton(pending),
        ),
        others.length > 0 ? h('p', { class: 'group-caption' }, t('devices-terminate-others-caption')) : null,
        locked && unlocksAt ? lockNotice(unlocksAt) : null,
      ),
      others.length > 0
        ? h(
            'section',
            { class: 'group', 'aria-labelledby': 'others-title' },
            h(
              'h2',
              { class: 'group-title', id: 'others-title', tabindex: -1 },
              t('devices-active-sessions'),
              h('span', { class: 'group-count' }, new Intl.NumberFormat(language()).format(others.length)),
            ),
            h('ul', { class: 'card list' }, others.map((s) => sessionRow(s, view, locked, lockedTitle))),
          )
        : emptyOthers(),
      websitesSection(state.websites, pending),
    ),
    footer(state),
  );
}

/**
 * @param {SessionView} session
 * @param {View} view
 * @param {boolean} locked
 * @param {string | undefined} lockedTitle
 */
function sessionRow(session, view, locked, lockedTitle) {
  const pending = view.pending;
  const expanded = view.expanded === session.hash;
  const name = deviceName(session);
  const app = appLine(session);
  const system = systemLine(session);
  const place = placeLine(session);
  const terminating =
    (pending?.kind === 'terminate' && pending.hash === session.hash) || (!session.current && pending?.kind === 'terminate_others');

  /** @type {HTMLElement[]} */
  const tags = [];
  if (session.password_pending) tags.push(h('span', { class: 'tag tag-danger', title: t('devices-tag-password-pending-title') }, t('devices-tag-password-pending')));
  if (session.unconfirmed) tags.push(h('span', { class: 'tag tag-warning', title: t('devices-tag-unconfirmed-title') }, t('devices-tag-unconfirmed')));
  if (session.trusted) tags.push(h('span', { class: 'tag tag-success', title: t('devices-tag-trusted-title') }, t('devices-tag-trusted')));

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
        expanded && 'is-expanded',
      ],
      id: `session-${session.hash}`,
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
            session.official_app ? null : h('span', { class: 'tag tag-neutral', title: t('devices-unofficial-app-title') }, t('devices-unofficial-app')),
          )
        : null,
      system ? h('div', { class: 'session-line session-line-muted' }, system) : null,
      place ? h('div', { class: 'session-line session-line-muted' }, place) : null,
      h('time', {
        class: 'session-since',
        datetime: session.date_created,
        dataset: { time: session.date_created, format: 'signed-in' },
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          'aria-expanded': expanded ? 'true' : 'false',
          'aria-controls': `details-${session.hash}`,
          dataset: { action: 'details', hash: session.hash },
        },
        expanded ? t('devices-hide-details') : t('devices-details'),
      ),
      expanded ? sessionDetails(session, pending) : null,
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
              'aria-label': t('devices-terminate-session-label', { device: name }),
              dataset: { action: 'terminate', hash: session.hash },
            },
            terminating ? [h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }), t('devices-terminating')] : t('devices-terminate'),
          ),
    ),
  );
}

/**
 * A session's details: when it signed in, its app, and what can be changed about it.
 * @param {SessionView} session
 * @param {Pending | null} pending
 */
function sessionDetails(session, pending) {
  const busy = pending !== null;
  const created = parseDate(session.date_created);
  const active = parseDate(session.date_active);
  const unknown = t('devices-fact-unknown');
  const appArgs = { app: appLine(session) || unknown, apiId: String(session.api_id) };
  /** @type {Array<[string, string]>} */
  const facts = [
    [t('devices-fact-signed-in'), created ? exactDateTime(created) : unknown],
    [t('devices-fact-last-active'), session.current ? t('devices-fact-now') : active ? exactDateTime(active) : unknown],
    [t('devices-fact-app'), session.official_app ? t('devices-fact-app-value', appArgs) : t('devices-fact-app-value-unofficial', appArgs)],
    [t('devices-fact-system'), systemLine(session) || unknown],
    [t('devices-fact-place'), placeLine(session) || unknown],
  ];
  return h(
    'div',
    { class: 'session-details', id: `details-${session.hash}` },
    h('dl', { class: 'facts' }, facts.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)])),
    session.current
      ? h('p', { class: 'details-note' }, t('devices-current-note'))
      : h(
          'div',
          { class: 'switches' },
          toggle({
            label: t('devices-accept-secret-chats'),
            checked: !session.encrypted_requests_disabled,
            disabled: busy,
            action: 'toggle-secret-chats',
            hash: session.hash,
          }),
          toggle({ label: t('devices-accept-calls'), checked: !session.call_requests_disabled, disabled: busy, action: 'toggle-calls', hash: session.hash }),
          toggle({
            label: t('devices-trusted-device'),
            hint: t('devices-trusted-device-hint'),
            checked: session.trusted,
            disabled: busy,
            action: 'toggle-trusted',
            hash: session.hash,
          }),
        ),
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        dataset: { action: 'session-history', hash: session.hash },
      },
      icon('clock', { class: 'link-icon' }),
      t('devices-session-history'),
    ),
  );
}

/**
 * A labelled switch (a checkbox with role="switch"); `action` is what its change does,
 * about the session `hash` or the setting `key` when it is one of several.
 * @param {{ label: string, hint?: string, checked: boolean, disabled: boolean, action: string, hash?: string, key?: string }} options
 */
export function toggle({ label, hint, checked, disabled, action, hash, key }) {
  const input = h('input', { type: 'checkbox', role: 'switch', class: 'switch-input', checked, disabled, dataset: { action, hash, key } });
  return h(
    'label',
    { class: ['switch', disabled && 'is-disabled'] },
    h('span', { class: 'switch-text' }, h('span', { class: 'switch-label' }, label), hint ? h('span', { class: 'switch-hint' }, hint) : null),
    input,
    h('span', { class: 'switch-track', 'aria-hidden': 'true' }),
  );
}

function emptyOthers() {
  return h(
    'section',
    { class: 'group', 'aria-labelledby': 'others-title' },
    h('h2', { class: 'group-title', id: 'others-title', tabindex: -1 }, t('devices-active-sessions')),
    h(
      'div',
      { class: 'card empty', id: 'no-other-sessions' },
      h('div', { class: 'blank-icon blank-icon-accent' }, icon('shieldCheck')),
      h('p', { class: 'empty-title' }, t('devices-empty-title')),
      h('p', { class: 'empty-text' }, t('devices-empty-text')),
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
      h('p', { class: 'notice-text' }, t('devices-lock-notice')),
    ),
  );
}

/**
 * @param {ErrorBody} error
 * @param {boolean} busy
 */
function errorBar(error, busy) {
  return h(
    'div',
    { class: 'notice notice-error', role: 'status', id: 'state-error' },
    icon('warning', { class: 'notice-icon' }),
    h(
      'div',
      { class: 'notice-body' },
      h('p', { class: 'notice-title' }, t('devices-error-title')),
      h('p', { class: 'notice-text' }, error.message),
      error.retry_at ? h('p', { class: 'notice-text' }, h('time', { datetime: error.retry_at, dataset: { time: error.retry_at, format: 'retry' } })) : null,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button button-plain button-small',
        disabled: busy,
        dataset: { action: 'refresh-now' },
      },
      t('devices-try-again'),
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
    ttl ? h('span', null, t('devices-ttl-note', { period: ttl })) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Alerts

/**
 * @param {AgentState} state
 * @param {Pending | null} pending
 * @param {boolean} locked
 * @param {string | undefined} lockedTitle
 */
function alertsSection(state, pending, locked, lockedTitle) {
  const alerts = [...state.alerts].sort((a, b) => (parseDate(b.at)?.getTime() ?? 0) - (parseDate(a.at)?.getTime() ?? 0));
  return h(
    'section',
    { class: 'alerts', 'aria-label': t('devices-alerts-label') },
    alerts.map((alert) => alertBanner(alert, state, pending, locked, lockedTitle)),
  );
}

/** @type {Record<import('./bindings/SecurityEventKind').SecurityEventKind, import('./icons.js').IconName>} */
const ALERT_ICON = {
  new_login: 'devices',
  unconfirmed_login: 'warning',
  password_pending_login: 'key',
  login_code_requested: 'shield',
  session_ended: 'logout',
  our_session_ended: 'logout',
  new_website: 'web_browser',
  website_ended: 'logout',
};

/**
 * @param {AlertView} alert
 * @param {AgentState} state
 * @param {Pending | null} pending
 * @param {boolean} locked
 * @param {string | undefined} lockedTitle
 */
function alertBanner(alert, state, pending, locked, lockedTitle) {
  const words = alert.words;
  const login = alert.login;
  const website = alert.kind === 'new_website' && login ? state.websites.find((w) => w.hash === login.hash) ?? null : null;
  const session =
    login && alert.kind !== 'session_ended' && !website ? state.sessions.find((s) => s.hash === login.hash && !s.current) ?? null : null;
  const busy = pending !== null;
  const acknowledging = pending?.kind === 'acknowledge' && pending.alertId === alert.id;
  const terminating = session !== null && pending?.kind === 'terminate' && pending.hash === session.hash;
  const titleId = `alert-title-${alert.id}`;
  const handled = alert.rule?.outcome === 'terminated';

  return h(
    'article',
    {
      class: ['alert', `alert-${handled ? 'neutral' : words.tone}`],
      'aria-labelledby': titleId,
      tabindex: -1,
      id: `alert-${alert.id}`,
      dataset: { alertId: String(alert.id), alertKind: alert.kind },
    },
    h('div', { class: 'alert-icon' }, icon(alert.rule ? 'shieldCheck' : ALERT_ICON[alert.kind])),
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
        login && login.official_app === false ? h('span', { class: 'tag tag-neutral' }, t('devices-unofficial-app')) : null,
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
          dataset: { action: 'acknowledge', id: String(alert.id) },
        },
        acknowledging ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('devices-alert-saving')] : handled || alert.kind === 'session_ended' ? t('devices-alert-ok') : t('devices-alert-its-me'),
      ),
      session
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-danger button-small',
              disabled: busy || locked,
              title: lockedTitle,
              'aria-label': t('devices-terminate-session-label', { device: deviceName(session) }),
              dataset: { action: 'terminate-alert', hash: session.hash },
            },
            terminating ? [h('span', { class: 'spinner spinner-small spinner-light', 'aria-hidden': 'true' }), t('devices-terminating')] : t('devices-terminate'),
          )
        : null,
      website
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-danger button-small',
              disabled: busy,
              'aria-label': t('websites-log-out-of', { domain: website.domain }),
              dataset: { action: 'end-website', hash: website.hash },
            },
            t('websites-log-out'),
          )
        : null,
    ),
  );
}

