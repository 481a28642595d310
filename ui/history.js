// @ts-check
// The History page: every login, attempt, ending and action SessionGuard has seen — which
// Telegram itself does not keep — with filters, one session's page, and export.

import { h } from './dom.js';
import { dotJoin, exactDateTime, parseDate, shortDate } from './format.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/HistoryEntryView').HistoryEntryView} HistoryEntryView */
/** @typedef {import('./bindings/SessionRecordView').SessionRecordView} SessionRecordView */
/** @typedef {import('./render.js').HistoryView} HistoryView */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */

/** Which kinds each choice of the "Show" filter means. */
/** @type {Record<HistoryView['kinds'], string[]>} */
export const KIND_GROUPS = {
  all: [],
  logins: ['new_login', 'unconfirmed_login', 'password_pending_login', 'new_website'],
  attempts: ['login_code_requested', 'password_pending_login'],
  ended: ['session_ended', 'our_session_ended', 'terminated', 'terminated_others', 'website_ended', 'website_logged_out', 'websites_logged_out'],
  actions: [
    'terminated',
    'terminated_others',
    'confirmed',
    'ttl_changed',
    'settings_changed',
    'alert_forwarded',
    'website_logged_out',
    'websites_logged_out',
    'secured',
  ],
};

/** @returns {HistoryView} */
export function emptyHistory() {
  return { kinds: 'all', device: '', since: '', until: '', accounts: 'this', entries: [], more: false, loading: false, loaded: false, error: null, session: null };
}

/** @type {Array<[HistoryView['kinds'], string]>} */
const KIND_CHOICES = [
  ['all', 'Everything'],
  ['logins', 'New logins'],
  ['attempts', 'Login attempts'],
  ['ended', 'Ended sessions'],
  ['actions', 'What SessionGuard did'],
];

/** @type {Record<string, { title: string, icon: import('./icons.js').IconName, tone: string }>} */
const KINDS = {
  new_login: { title: 'New login', icon: 'devices', tone: 'info' },
  unconfirmed_login: { title: 'New login, not confirmed yet', icon: 'warning', tone: 'warning' },
  password_pending_login: { title: 'Right login code, stopped at the 2-step password', icon: 'key', tone: 'danger' },
  login_code_requested: { title: 'Someone asked for a login code', icon: 'shield', tone: 'warning' },
  session_ended: { title: 'Session ended', icon: 'logout', tone: 'neutral' },
  our_session_ended: { title: 'SessionGuard was signed out from another device', icon: 'logout', tone: 'danger' },
  terminated: { title: 'Terminated', icon: 'hand', tone: 'neutral' },
  terminated_others: { title: 'All other sessions terminated', icon: 'hand', tone: 'neutral' },
  confirmed: { title: 'Login confirmed as you', icon: 'check', tone: 'neutral' },
  ttl_changed: { title: 'Inactive-session period changed', icon: 'clock', tone: 'neutral' },
  settings_changed: { title: 'Session settings changed', icon: 'settings', tone: 'neutral' },
  alert_forwarded: { title: 'Alert forwarded', icon: 'send', tone: 'neutral' },
  new_website: { title: 'Website logged in with Telegram', icon: 'web_browser', tone: 'warning' },
  website_ended: { title: 'Website logged out', icon: 'logout', tone: 'neutral' },
  website_logged_out: { title: 'Logged out of a website', icon: 'logout', tone: 'neutral' },
  websites_logged_out: { title: 'Logged out of all websites', icon: 'logout', tone: 'neutral' },
  secured: { title: 'Account secured (“Secure my account”)', icon: 'shieldCheck', tone: 'info' },
};

/**
 * @param {AgentState} state
 * @param {HistoryView} history
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
export function historyPage(state, history, pending, actions) {
  if (history.session) return sessionPage(state, history, actions);
  const several = state.accounts.length > 1;
  return h(
    'div',
    { class: 'page', id: 'history' },
    filters(history, several, pending, actions),
    history.error ? h('div', { class: 'notice notice-error', role: 'alert' }, icon('warning', { class: 'notice-icon' }), h('div', { class: 'notice-body' }, h('p', { class: 'notice-text' }, history.error))) : null,
    !history.loaded
      ? h('div', { class: 'loading-status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, 'Reading the history…'))
      : history.entries.length === 0
        ? h(
            'div',
            { class: 'card empty', id: 'history-empty' },
            h('div', { class: 'blank-icon blank-icon-accent' }, icon('clock')),
            h('p', { class: 'empty-title' }, 'Nothing here yet'),
            h('p', { class: 'empty-text' }, 'SessionGuard writes down every login, attempt and ending it sees, from the moment it guards the account.'),
          )
        : timeline(history.entries, history.accounts === 'all' && several, actions),
    history.more
      ? h(
          'button',
          {
            type: 'button',
            class: 'button button-plain load-more',
            disabled: history.loading,
            dataset: { action: 'load-older', focusKey: 'load-older' },
            on: { click: () => actions.loadOlderHistory() },
          },
          history.loading ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), 'Loading…'] : 'Show older entries',
        )
      : null,
  );
}

/**
 * @param {HistoryView} history
 * @param {boolean} severalAccounts
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
function filters(history, severalAccounts, pending, actions) {
  const exporting = pending?.kind === 'export';
  /**
   * @param {string} id
   * @param {string} label
   * @param {HTMLElement} control
   */
  const labelled = (id, label, control) => h('div', { class: 'filter' }, h('label', { class: 'field-label', for: id }, label), control);
  /**
   * @param {'device' | 'since' | 'until'} key
   * @param {string} type
   * @param {string} [placeholder]
   */
  const input = (key, type, placeholder) =>
    h('input', {
      id: `history-${key}`,
      type,
      class: 'input input-small',
      value: history[key],
      placeholder,
      dataset: { focusKey: `history-${key}` },
      on: {
        change: (event) => {
          if (!(event.target instanceof HTMLInputElement)) return;
          history[key] = event.target.value;
          actions.loadHistory();
        },
      },
    });
  const kinds = h(
    'select',
    {
      id: 'history-kinds',
      class: 'input input-small',
      dataset: { focusKey: 'history-kinds' },
      on: {
        change: (event) => {
          if (!(event.target instanceof HTMLSelectElement)) return;
          history.kinds = /** @type {HistoryView['kinds']} */ (event.target.value);
          actions.loadHistory();
        },
      },
    },
    KIND_CHOICES.map(([value, label]) => h('option', { value, selected: value === history.kinds }, label)),
  );
  const accounts = severalAccounts
    ? h(
        'select',
        {
          id: 'history-accounts',
          class: 'input input-small',
          dataset: { focusKey: 'history-accounts' },
          on: {
            change: (event) => {
              if (!(event.target instanceof HTMLSelectElement)) return;
              history.accounts = event.target.value === 'all' ? 'all' : 'this';
              actions.loadHistory();
            },
          },
        },
        h('option', { value: 'this', selected: history.accounts === 'this' }, 'This account'),
        h('option', { value: 'all', selected: history.accounts === 'all' }, 'All accounts'),
      )
    : null;
  return h(
    'section',
    { class: 'card filters', 'aria-label': 'Filter the history' },
    h(
      'div',
      { class: 'filters-row' },
      labelled('history-kinds', 'Show', kinds),
      labelled('history-device', 'Device', input('device', 'search', 'Any device')),
      labelled('history-since', 'From', input('since', 'date')),
      labelled('history-until', 'Until', input('until', 'date')),
      accounts ? labelled('history-accounts', 'Accounts', accounts) : null,
    ),
    h(
      'div',
      { class: 'filters-actions' },
      h('span', { class: 'filters-note' }, 'Export what is shown:'),
      ['csv', 'json'].map((format) =>
        h(
          'button',
          {
            type: 'button',
            class: 'button button-plain button-small',
            disabled: pending !== null,
            dataset: { action: `export-${format}`, focusKey: `export-${format}` },
            on: { click: () => actions.exportHistory(format === 'csv' ? 'csv' : 'json') },
          },
          exporting ? h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }) : icon('download', { class: 'button-icon' }),
          format.toUpperCase(),
        ),
      ),
    ),
  );
}

/**
 * The entries, grouped by day, newest first.
 * @param {HistoryEntryView[]} entries
 * @param {boolean} showAccount
 * @param {Actions} actions
 */
function timeline(entries, showAccount, actions) {
  const now = new Date();
  /** @type {Map<string, HistoryEntryView[]>} */
  const days = new Map();
  for (const entry of entries) {
    const at = parseDate(entry.at);
    const key = at ? at.toDateString() : 'unknown';
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  return h(
    'div',
    { class: 'timeline', id: 'timeline' },
    [...days.entries()].map(([key, group]) =>
      h(
        'section',
        { class: 'group' },
        h('h2', { class: 'group-title' }, dayTitle(key, now)),
        h('ul', { class: 'card list' }, group.map((entry) => entryRow(entry, showAccount, actions))),
      ),
    ),
  );
}

/**
 * @param {string} key  A `Date.toDateString()`.
 * @param {Date} now
 */
function dayTitle(key, now) {
  const date = new Date(key);
  if (Number.isNaN(date.getTime())) return 'Unknown date';
  if (key === now.toDateString()) return 'Today';
  if (key === new Date(now.getTime() - 86_400_000).toDateString()) return 'Yesterday';
  return date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric' });
}

/**
 * @param {HistoryEntryView} entry
 * @param {boolean} showAccount
 * @param {Actions | null} actions  `null` on a session's own page (no link to itself).
 */
function entryRow(entry, showAccount, actions) {
  const kind = KINDS[entry.kind] ?? { title: entry.kind, icon: 'info', tone: 'neutral' };
  const title = entry.device && entry.kind !== 'terminated_others' ? `${kind.title}: ${entry.device}` : kind.title;
  const hash = entry.hash;
  return h(
    'li',
    { class: ['entry', `entry-${kind.tone}`], dataset: { entryKind: entry.kind, entryId: entry.id, sessionHash: hash ?? undefined } },
    h('div', { class: ['round-icon', `tone-${kind.tone}`] }, icon(kind.icon)),
    h(
      'div',
      { class: 'entry-body' },
      h('p', { class: 'entry-title' }, title),
      h('p', { class: 'entry-meta' }, dotJoin([entry.app, entry.location, entry.ip, entry.by ? `by ${entry.by}` : null, showAccount ? entry.account_label : null])),
      entry.detail ? h('p', { class: 'entry-detail' }, entry.detail) : null,
    ),
    h(
      'div',
      { class: 'entry-aside' },
      h('time', { class: 'entry-time', datetime: entry.at, dataset: { time: entry.at, format: 'clock' } }),
      hash && actions
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              dataset: { action: 'open-session', focusKey: `open-session:${entry.id}` },
              on: { click: () => actions.openSessionHistory(entry.account, hash) },
            },
            'Session',
          )
        : null,
    ),
  );
}

/**
 * One session's page: what SessionGuard remembers of it, and everything about it.
 * @param {AgentState} state
 * @param {HistoryView} history
 * @param {Actions} actions
 */
function sessionPage(state, history, actions) {
  const session = history.session;
  const record = session?.record ?? null;
  const back = h(
    'button',
    {
      type: 'button',
      class: 'link-button back-button',
      dataset: { action: 'close-session', focusKey: 'close-session' },
      on: { click: () => actions.closeSessionHistory() },
    },
    '← All history',
  );
  if (!session) return h('div', { class: 'page' }, back);
  return h(
    'div',
    { class: 'page', id: 'session-history', dataset: { sessionHash: session.hash } },
    back,
    record ? recordCard(record, state) : h('p', { class: 'card card-note' }, 'SessionGuard has no record of this session.'),
    h(
      'section',
      { class: 'group' },
      h('h2', { class: 'group-title' }, 'Everything about it'),
      session.entries.length > 0
        ? h('ul', { class: 'card list' }, session.entries.map((entry) => entryRow(entry, false, null)))
        : h('p', { class: 'card card-note' }, 'Nothing was recorded about it yet.'),
    ),
  );
}

/**
 * @param {SessionRecordView} record
 * @param {AgentState} state
 */
function recordCard(record, state) {
  const date = (/** @type {string | null} */ text) => {
    const parsed = parseDate(text);
    return parsed ? exactDateTime(parsed) : '—';
  };
  const ended = record.ended_at !== null;
  const alive = !ended && state.sessions.some((s) => s.hash === record.hash);
  /** @type {Array<[string, string]>} */
  const facts = [
    ['App', `${[record.app_name, record.app_version].filter(Boolean).join(' ') || 'unknown'}${record.official_app ? '' : ' (unofficial)'} · api_id ${record.api_id}`],
    ['System', [record.platform, record.system_version].filter(Boolean).join(' · ') || 'unknown'],
    ['IP and place', dotJoin([record.ip, [record.region, record.country].filter(Boolean).join(', ')]) || 'unknown'],
    ['Signed in', date(record.date_created)],
    ['First seen by SessionGuard', date(record.first_seen)],
    ['Last seen', date(record.last_seen)],
    ['Last active', date(record.last_active)],
  ];
  if (ended) facts.push(['Ended', `${date(record.ended_at)}${record.ended_by ? `, by ${record.ended_by}` : ''}`]);
  const now = new Date();
  const created = parseDate(record.date_created);
  return h(
    'section',
    { class: 'card record', id: 'session-record' },
    h(
      'div',
      { class: 'record-head' },
      h('h2', { class: 'record-title' }, record.device_model || 'Unknown device'),
      h('span', { class: ['tag', ended ? 'tag-neutral' : alive ? 'tag-success' : 'tag-neutral'] }, ended ? 'Ended' : alive ? 'Active' : 'Not seen lately'),
      record.current ? h('span', { class: 'tag tag-accent' }, 'SessionGuard') : null,
    ),
    created ? h('p', { class: 'record-sub' }, `Logged in ${shortDate(created, now)}`) : null,
    h('dl', { class: 'facts' }, facts.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)])),
  );
}
