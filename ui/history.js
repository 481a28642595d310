// @ts-check
// The History page: every login, attempt, ending and action SessionGuard has seen — which
// Telegram itself does not keep — with filters, one session's page, and export.

import { h } from './dom.js';
import { dotJoin, exactDateTime, parseDate, shortDate } from './format.js';
import { language, t } from './i18n.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/HistoryEntryView').HistoryEntryView} HistoryEntryView */
/** @typedef {import('./bindings/SessionRecordView').SessionRecordView} SessionRecordView */
/** @typedef {import('./render.js').HistoryView} HistoryView */
/** @typedef {import('./render.js').Pending} Pending */

/** Which kinds each choice of the "Show" filter means. */
/** @type {Record<HistoryView['kinds'], import('./bindings/EntryKind').EntryKind[]>} */
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

/**
 * The choices of the "Show" filter, in the current language.
 * @returns {Array<[HistoryView['kinds'], string]>}
 */
function kindChoices() {
  return [
    ['all', t('history-show-everything')],
    ['logins', t('history-show-logins')],
    ['attempts', t('history-show-attempts')],
    ['ended', t('history-show-ended')],
    ['actions', t('history-show-actions')],
  ];
}

/** @type {Record<string, { icon: import('./icons.js').IconName, tone: string }>} */
const KINDS = {
  new_login: { icon: 'devices', tone: 'info' },
  unconfirmed_login: { icon: 'warning', tone: 'warning' },
  password_pending_login: { icon: 'key', tone: 'danger' },
  login_code_requested: { icon: 'shield', tone: 'warning' },
  session_ended: { icon: 'logout', tone: 'neutral' },
  our_session_ended: { icon: 'logout', tone: 'danger' },
  terminated: { icon: 'hand', tone: 'neutral' },
  terminated_others: { icon: 'hand', tone: 'neutral' },
  confirmed: { icon: 'check', tone: 'neutral' },
  ttl_changed: { icon: 'clock', tone: 'neutral' },
  settings_changed: { icon: 'settings', tone: 'neutral' },
  alert_forwarded: { icon: 'send', tone: 'neutral' },
  new_website: { icon: 'web_browser', tone: 'warning' },
  website_ended: { icon: 'logout', tone: 'neutral' },
  website_logged_out: { icon: 'logout', tone: 'neutral' },
  websites_logged_out: { icon: 'logout', tone: 'neutral' },
  secured: { icon: 'shieldCheck', tone: 'info' },
};

/**
 * What an entry of `kind` is called, in the current language; the kind itself when it is
 * one this page does not know.
 * @param {string} kind
 */
function kindTitle(kind) {
  switch (kind) {
    case 'new_login':
      return t('history-kind-new-login');
    case 'unconfirmed_login':
      return t('history-kind-unconfirmed-login');
    case 'password_pending_login':
      return t('history-kind-password-pending-login');
    case 'login_code_requested':
      return t('history-kind-login-code-requested');
    case 'session_ended':
      return t('history-kind-session-ended');
    case 'our_session_ended':
      return t('history-kind-our-session-ended');
    case 'terminated':
      return t('history-kind-terminated');
    case 'terminated_others':
      return t('history-kind-terminated-others');
    case 'confirmed':
      return t('history-kind-confirmed');
    case 'ttl_changed':
      return t('history-kind-ttl-changed');
    case 'settings_changed':
      return t('history-kind-settings-changed');
    case 'alert_forwarded':
      return t('history-kind-alert-forwarded');
    case 'new_website':
      return t('history-kind-new-website');
    case 'website_ended':
      return t('history-kind-website-ended');
    case 'website_logged_out':
      return t('history-kind-website-logged-out');
    case 'websites_logged_out':
      return t('history-kind-websites-logged-out');
    case 'secured':
      return t('history-kind-secured');
    default:
      return kind;
  }
}

/**
 * @param {AgentState} state
 * @param {HistoryView} history
 * @param {Pending | null} pending
 */
export function historyPage(state, history, pending) {
  if (history.session) return sessionPage(state, history);
  const several = state.accounts.length > 1;
  return h(
    'div',
    { class: 'page', id: 'history' },
    filters(history, several, pending),
    history.error ? h('div', { class: 'notice notice-error', role: 'alert' }, icon('warning', { class: 'notice-icon' }), h('div', { class: 'notice-body' }, h('p', { class: 'notice-text' }, history.error))) : null,
    !history.loaded
      ? h('div', { class: 'loading-status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, t('history-loading')))
      : history.entries.length === 0
        ? h(
            'div',
            { class: 'card empty', id: 'history-empty' },
            h('div', { class: 'blank-icon blank-icon-accent' }, icon('clock')),
            h('p', { class: 'empty-title' }, t('history-empty-title')),
            h('p', { class: 'empty-text' }, t('history-empty-text')),
          )
        : timeline(history.entries, history.accounts === 'all' && several),
    history.more
      ? h(
          'button',
          {
            type: 'button',
            class: 'button button-plain load-more',
            disabled: history.loading,
            dataset: { action: 'load-older' },
          },
          history.loading ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('history-loading-older')] : t('history-show-older'),
        )
      : null,
  );
}

/**
 * @param {HistoryView} history
 * @param {boolean} severalAccounts
 * @param {Pending | null} pending
 */
function filters(history, severalAccounts, pending) {
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
      dataset: { action: 'filter-history', key },
    });
  const kinds = h(
    'select',
    { id: 'history-kinds', class: 'input input-small', dataset: { action: 'filter-history', key: 'kinds' } },
    kindChoices().map(([value, label]) => h('option', { value, selected: value === history.kinds }, label)),
  );
  const accounts = severalAccounts
    ? h(
        'select',
        { id: 'history-accounts', class: 'input input-small', dataset: { action: 'filter-history', key: 'accounts' } },
        h('option', { value: 'this', selected: history.accounts === 'this' }, t('history-accounts-this')),
        h('option', { value: 'all', selected: history.accounts === 'all' }, t('history-accounts-all')),
      )
    : null;
  return h(
    'section',
    { class: 'card filters', 'aria-label': t('history-filters-label') },
    h(
      'div',
      { class: 'filters-row' },
      labelled('history-kinds', t('history-filter-show'), kinds),
      labelled('history-device', t('history-filter-device'), input('device', 'search', t('history-filter-device-any'))),
      labelled('history-since', t('history-filter-since'), input('since', 'date')),
      labelled('history-until', t('history-filter-until'), input('until', 'date')),
      accounts ? labelled('history-accounts', t('history-filter-accounts'), accounts) : null,
    ),
    h(
      'div',
      { class: 'filters-actions' },
      h('span', { class: 'filters-note' }, t('history-export-note')),
      ['csv', 'json'].map((format) =>
        h(
          'button',
          {
            type: 'button',
            class: 'button button-plain button-small',
            disabled: pending !== null,
            dataset: { action: 'export', format },
          },
          exporting ? h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }) : icon('download', { class: 'button-icon' }),
          format === 'csv' ? t('history-export-csv') : t('history-export-json'),
        ),
      ),
    ),
  );
}

/**
 * The entries, grouped by day, newest first.
 * @param {HistoryEntryView[]} entries
 * @param {boolean} showAccount
 */
function timeline(entries, showAccount) {
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
        h('ul', { class: 'card list' }, group.map((entry) => entryRow(entry, showAccount, true))),
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
  if (Number.isNaN(date.getTime())) return t('history-day-unknown');
  if (key === now.toDateString()) return t('history-day-today');
  if (key === new Date(now.getTime() - 86_400_000).toDateString()) return t('history-day-yesterday');
  return date.toLocaleDateString(language(), { weekday: 'long', day: 'numeric', month: 'long', year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric' });
}

/**
 * @param {HistoryEntryView} entry
 * @param {boolean} showAccount
 * @param {boolean} linked  A link to its session's page (not on that page itself).
 */
function entryRow(entry, showAccount, linked) {
  const kind = KINDS[entry.kind] ?? { icon: 'info', tone: 'neutral' };
  const kindWords = kindTitle(entry.kind);
  const title = entry.device && entry.kind !== 'terminated_others' ? t('history-entry-title-device', { kind: kindWords, device: entry.device }) : kindWords;
  const hash = entry.hash;
  return h(
    'li',
    { class: ['entry', `entry-${kind.tone}`], id: `entry-${entry.id}`, dataset: { entryKind: entry.kind, entryId: entry.id, sessionHash: hash ?? undefined } },
    h('div', { class: ['round-icon', `tone-${kind.tone}`] }, icon(kind.icon)),
    h(
      'div',
      { class: 'entry-body' },
      h('p', { class: 'entry-title' }, title),
      h('p', { class: 'entry-meta' }, dotJoin([entry.app, entry.location, entry.ip, entry.by ? t('history-entry-by', { who: entry.by }) : null, showAccount ? entry.account_label : null])),
      entry.detail ? h('p', { class: 'entry-detail' }, entry.detail) : null,
    ),
    h(
      'div',
      { class: 'entry-aside' },
      h('time', { class: 'entry-time', datetime: entry.at, dataset: { time: entry.at, format: 'clock' } }),
      hash && linked
        ? h(
            'button',
            { type: 'button', class: 'link-button', dataset: { action: 'open-session', account: entry.account, hash } },
            t('history-open-session'),
          )
        : null,
    ),
  );
}

/**
 * One session's page: what SessionGuard remembers of it, and everything about it.
 * @param {AgentState} state
 * @param {HistoryView} history
 */
function sessionPage(state, history) {
  const session = history.session;
  const record = session?.record ?? null;
  const back = h('button', { type: 'button', class: 'link-button back-button', dataset: { action: 'close-session' } }, t('history-back'));
  if (!session) return h('div', { class: 'page' }, back);
  return h(
    'div',
    { class: 'page', id: 'session-history', dataset: { sessionHash: session.hash } },
    back,
    record ? recordCard(record, state) : h('p', { class: 'card card-note' }, t('history-session-no-record')),
    h(
      'section',
      { class: 'group' },
      h('h2', { class: 'group-title' }, t('history-session-everything')),
      session.entries.length > 0
        ? h('ul', { class: 'card list' }, session.entries.map((entry) => entryRow(entry, false, false)))
        : h('p', { class: 'card card-note' }, t('history-session-nothing')),
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
  const unknown = t('history-record-unknown');
  const app = [record.app_name, record.app_version].filter(Boolean).join(' ') || unknown;
  // Not a count: an id, passed as text so it is not written "2,040".
  const apiId = String(record.api_id);
  /** @type {Array<[string, string]>} */
  const facts = [
    [t('history-record-app'), record.official_app ? t('history-record-app-value', { app, apiId }) : t('history-record-app-value-unofficial', { app, apiId })],
    [t('history-record-system'), [record.platform, record.system_version].filter(Boolean).join(' · ') || unknown],
    [t('history-record-place'), dotJoin([record.ip, [record.region, record.country].filter(Boolean).join(', ')]) || unknown],
    [t('history-record-signed-in'), date(record.date_created)],
    [t('history-record-first-seen'), date(record.first_seen)],
    [t('history-record-last-seen'), date(record.last_seen)],
    [t('history-record-last-active'), date(record.date_active)],
  ];
  if (ended) facts.push([t('history-record-ended'), record.ended_by ? t('history-record-ended-by', { when: date(record.ended_at), who: record.ended_by }) : date(record.ended_at)]);
  const now = new Date();
  const created = parseDate(record.date_created);
  return h(
    'section',
    { class: 'card record', id: 'session-record' },
    h(
      'div',
      { class: 'record-head' },
      h('h2', { class: 'record-title' }, record.device_model || t('history-record-unknown-device')),
      h('span', { class: ['tag', ended ? 'tag-neutral' : alive ? 'tag-success' : 'tag-neutral'] }, ended ? t('history-record-status-ended') : alive ? t('history-record-status-active') : t('history-record-status-not-seen')),
      record.current ? h('span', { class: 'tag tag-accent' }, t('history-record-tag-sessionguard')) : null,
    ),
    created ? h('p', { class: 'record-sub' }, t('history-record-logged-in', { when: shortDate(created, now) })) : null,
    h('dl', { class: 'facts' }, facts.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)])),
  );
}
