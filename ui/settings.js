// @ts-check
// The Settings page: which alerts notify, the rules the agent applies by itself, where
// alerts are forwarded off this computer, start at login, and the accounts.

import { toggle } from './devices.js';
import { h } from './dom.js';
import { exactDateTime, parseDate, RULE_NAMES, ttlPeriod } from './format.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/Settings').Settings} Settings */
/** @typedef {import('./bindings/AlertSwitches').AlertSwitches} AlertSwitches */
/** @typedef {import('./render.js').SettingsDrafts} SettingsDrafts */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */

/** @type {Array<[keyof AlertSwitches, string, string]>} */
const ALERT_KINDS = [
  ['new_login', 'New logins', 'A device logged in to your account.'],
  ['unconfirmed_login', 'Logins waiting for confirmation', 'Telegram asks whether a new login was you.'],
  ['password_pending_login', 'Right code, wrong password', 'Someone has your login code but not your 2-step password.'],
  ['login_code_requested', 'Login codes nobody here asked for', 'Someone is trying your phone number.'],
  ['session_ended', 'Sessions ended elsewhere', 'Another device ended one of your sessions.'],
  ['our_session_ended', 'SessionGuard signed out', 'SessionGuard’s own session was ended from another device.'],
  ['new_website', 'Websites logged in with Telegram', 'A website can now act as you there.'],
];

/** Telegram's choices for ending idle sessions. */
const TTL_CHOICES = [7, 30, 90, 180, 365];

/**
 * @param {AgentState} state
 * @param {SettingsDrafts} drafts
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
export function settingsPage(state, drafts, pending, actions) {
  const busy = pending !== null;
  const settings = state.settings;
  return h(
    'div',
    { class: 'page', id: 'settings' },
    section(
      'alerts',
      'Alerts',
      'Each kind raises a notification and turns the tray icon red until you have seen it.',
      h(
        'div',
        { class: 'card switches' },
        ALERT_KINDS.map(([key, label, hint]) =>
          toggle({
            label,
            hint,
            checked: settings.alerts[key],
            disabled: busy,
            action: `alert-${key}`,
            onChange: (on) => actions.updateSettings((s) => (s.alerts[key] = on)),
          }),
        ),
      ),
    ),
    rulesSection(state, drafts, busy, actions),
    forwardingSection(state, drafts, pending, actions),
    accountSection(state, busy, actions),
    section(
      'startup',
      'Start-up',
      null,
      h(
        'div',
        { class: 'card switches' },
        toggle({
          label: 'Start guarding when I log in',
          hint: 'The agent starts with your desktop session and waits in the tray; the window opens only when you want it.',
          checked: settings.autostart,
          disabled: busy,
          action: 'autostart',
          onChange: (on) => actions.updateSettings((s) => (s.autostart = on)),
        }),
      ),
    ),
  );
}

/**
 * @param {string} id
 * @param {string} title
 * @param {string | null} caption
 * @param {...(Node | null)} content
 */
function section(id, title, caption, ...content) {
  return h(
    'section',
    { class: 'group', id: `settings-${id}`, 'aria-labelledby': `settings-${id}-title` },
    h('h2', { class: 'group-title', id: `settings-${id}-title` }, title),
    caption ? h('p', { class: 'group-caption group-caption-top' }, caption) : null,
    content,
  );
}

/**
 * @param {AgentState} state
 * @param {SettingsDrafts} drafts
 * @param {boolean} busy
 * @param {Actions} actions
 */
function rulesSection(state, drafts, busy, actions) {
  const rules = state.settings.rules;
  const saveCountries = () => {
    const countries = drafts.countries
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    actions.updateSettings((s) => (s.rules.allowed_countries = countries));
  };
  return section(
    'rules',
    'Rules',
    'SessionGuard applies these by itself the moment a new session appears, never to this device or a trusted session. Trust is for one login: a new login that looks like a trusted device is judged like any other. Telegram lets a device end others only 24 hours after it signed in; until then a rule says when it will act.',
    h(
      'div',
      { class: 'card switches' },
      toggle({
        label: `${RULE_NAMES.lockdown}`,
        hint: 'Terminate every new session you have not trusted.',
        checked: rules.lockdown,
        disabled: busy,
        action: 'rule-lockdown',
        onChange: (on) => actions.updateSettings((s) => (s.rules.lockdown = on)),
      }),
      toggle({
        label: 'No unofficial apps',
        hint: 'Terminate new sessions of apps Telegram did not make.',
        checked: rules.block_unofficial_apps,
        disabled: busy,
        action: 'rule-unofficial',
        onChange: (on) => actions.updateSettings((s) => (s.rules.block_unofficial_apps = on)),
      }),
      h(
        'form',
        {
          class: 'inline-form',
          novalidate: true,
          on: {
            submit: (event) => {
              event.preventDefault();
              saveCountries();
            },
          },
        },
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: 'field-countries' }, 'Allowed countries'),
          h('input', {
            id: 'field-countries',
            class: 'input',
            value: drafts.countries,
            placeholder: 'Empty: any country. E.g. Germany, Austria',
            disabled: busy,
            dataset: { focusKey: 'field-countries' },
            on: {
              input: (event) => {
                if (event.target instanceof HTMLInputElement) drafts.countries = event.target.value;
              },
            },
          }),
          h('p', { class: 'field-hint' }, 'New sessions from any other country are terminated. Names as the device list shows them.'),
        ),
        h('button', { type: 'submit', class: 'button button-plain', disabled: busy, dataset: { action: 'save-countries' } }, 'Save'),
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('p', { class: 'card-heading' }, 'Trusted devices'),
      rules.trusted.length === 0
        ? h('p', { class: 'card-note' }, 'None yet. Open a session’s details on the Devices page to trust its device.')
        : h(
            'ul',
            { class: 'list', id: 'trusted-devices' },
            rules.trusted.map((device, index) =>
              h(
                'li',
                { class: 'simple-row' },
                h('div', { class: 'simple-row-body' }, h('p', { class: 'simple-row-title' }, device.device_model || 'Unknown device'), h(
                    'p',
                    { class: 'simple-row-text' },
                    `${device.app_name} · ${device.platform} · api_id ${device.api_id}`,
                    device.session ? '' : ' · trusted before trust was bound to one login: it is bound at the next list, if that device is still signed in',
                  ),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'button button-danger-quiet button-small',
                    disabled: busy,
                    dataset: { action: 'untrust', focusKey: `untrust:${index}` },
                    on: { click: () => actions.updateSettings((s) => s.rules.trusted.splice(index, 1)) },
                  },
                  'Remove',
                ),
              ),
            ),
          ),
    ),
  );
}

/**
 * @param {AgentState} state
 * @param {SettingsDrafts} drafts
 * @param {Pending | null} pending
 * @param {Actions} actions
 */
function forwardingSection(state, drafts, pending, actions) {
  const busy = pending !== null;
  const forwarding = state.forwarding;
  const last = forwarding.last;
  const lastAt = parseDate(last?.at);
  /**
   * @param {'forwardUrl' | 'botToken' | 'chatId'} key
   * @param {string} label
   * @param {string} placeholder
   * @param {string} [type]
   */
  const field = (key, label, placeholder, type = 'text') =>
    h(
      'div',
      { class: 'field' },
      h('label', { class: 'field-label', for: `field-${key}` }, label),
      h('input', {
        id: `field-${key}`,
        class: 'input',
        type,
        value: drafts[key],
        placeholder,
        autocomplete: 'off',
        spellcheck: 'false',
        disabled: busy,
        dataset: { focusKey: `field-${key}` },
        on: {
          input: (event) => {
            if (event.target instanceof HTMLInputElement) drafts[key] = event.target.value;
          },
        },
      }),
    );
  const save = () => {
    if (drafts.forwardKind === 'telegram_bot') {
      actions.setForwarding({ kind: 'telegram_bot', token: drafts.botToken.trim(), chat_id: drafts.chatId.trim() });
    } else if (drafts.forwardKind === 'ntfy') {
      actions.setForwarding({ kind: 'ntfy', topic_url: drafts.forwardUrl.trim(), hide_ips: drafts.hideIps });
    } else {
      actions.setForwarding({ kind: 'webhook', url: drafts.forwardUrl.trim() });
    }
  };
  return section(
    'forwarding',
    'Alerts off this computer',
    'Also send every alert to your phone or a server, for when you are away from this desktop. The address or token is kept in your system keyring.',
    h(
      'div',
      { class: 'card forwarding' },
      forwarding.target
        ? h(
            'div',
            { class: 'simple-row', id: 'forwarding-target' },
            h('div', { class: 'round-icon tone-info' }, icon('send')),
            h(
              'div',
              { class: 'simple-row-body' },
              h('p', { class: 'simple-row-title' }, forwarding.target),
              last && lastAt
                ? h(
                    'p',
                    { class: ['simple-row-text', last.ok ? 'text-success' : 'text-danger'], id: 'forwarding-last' },
                    `${last.test ? 'Test alert' : 'Last alert'} ${exactDateTime(lastAt)}: ${last.detail}`,
                  )
                : h('p', { class: 'simple-row-text' }, 'Nothing sent yet.'),
            ),
            h(
              'div',
              { class: 'simple-row-actions' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-plain button-small',
                  disabled: busy,
                  dataset: { action: 'send-test-alert', focusKey: 'send-test-alert' },
                  on: { click: () => actions.sendTestAlert() },
                },
                pending?.kind === 'forwarding' ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), 'Sending…'] : 'Send a test alert',
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-danger-quiet button-small',
                  disabled: busy,
                  dataset: { action: 'stop-forwarding', focusKey: 'stop-forwarding' },
                  on: { click: () => actions.setForwarding(null) },
                },
                'Stop',
              ),
            ),
          )
        : null,
      h(
        'form',
        {
          class: 'forwarding-form',
          novalidate: true,
          on: {
            submit: (event) => {
              event.preventDefault();
              save();
            },
          },
        },
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: 'field-forward-kind' }, forwarding.target ? 'Send alerts somewhere else' : 'Send alerts to'),
          h(
            'select',
            {
              id: 'field-forward-kind',
              class: 'input',
              disabled: busy,
              dataset: { focusKey: 'field-forward-kind' },
              on: {
                change: (event) => {
                  if (!(event.target instanceof HTMLSelectElement)) return;
                  const kind = event.target.value;
                  drafts.forwardKind = kind === 'ntfy' || kind === 'telegram_bot' ? kind : 'webhook';
                  actions.showPage('settings');
                },
              },
            },
            h('option', { value: 'ntfy', selected: drafts.forwardKind === 'ntfy' }, 'An ntfy topic (push to your phone)'),
            h('option', { value: 'telegram_bot', selected: drafts.forwardKind === 'telegram_bot' }, 'A Telegram bot chat'),
            h('option', { value: 'webhook', selected: drafts.forwardKind === 'webhook' }, 'A webhook (JSON POST)'),
          ),
        ),
        drafts.forwardKind === 'telegram_bot'
          ? [field('botToken', 'Bot token (from @BotFather)', '123456:ABC…', 'password'), field('chatId', 'Chat id', '12345678')]
          : drafts.forwardKind === 'ntfy'
            ? [
                field('forwardUrl', 'Topic address', 'https://ntfy.sh/a-long-secret-topic', 'password'),
                toggle({
                  label: 'Hide IP addresses',
                  hint: 'Anyone who knows a public topic’s name can read it: only the first two parts of each address are sent (102.89.x.x).',
                  checked: drafts.hideIps,
                  disabled: busy,
                  action: 'toggle-hide-ips',
                  onChange: (on) => (drafts.hideIps = on),
                }),
              ]
            : field('forwardUrl', 'Webhook address', 'https://hooks.example.com/…', 'password'),
        h('button', { type: 'submit', class: 'button button-primary', disabled: busy, dataset: { action: 'save-forwarding' } }, 'Save'),
      ),
    ),
  );
}

/**
 * @param {AgentState} state
 * @param {boolean} busy
 * @param {Actions} actions
 */
function accountSection(state, busy, actions) {
  const account = state.account;
  return section(
    'accounts',
    'Accounts',
    null,
    account
      ? h(
          'div',
          { class: 'card' },
          h(
            'div',
            { class: 'field field-inline' },
            h('label', { class: 'field-label', for: 'field-ttl' }, `End idle sessions of ${account.label} after`),
            ttlSelect(state.inactive_ttl_days, busy, actions),
          ),
        )
      : null,
    h(
      'ul',
      { class: 'card list', id: 'account-list' },
      state.accounts.map((tab) =>
        h(
          'li',
          { class: 'simple-row', dataset: { account: tab.id } },
          h('div', { class: 'simple-row-body' }, h('p', { class: 'simple-row-title' }, tab.label), h('p', { class: 'simple-row-text' }, tab.demo ? 'A made-up account to try SessionGuard' : 'Telegram account; its key is in your system keyring')),
          h(
            'button',
            {
              type: 'button',
              class: 'button button-danger-quiet button-small',
              disabled: busy,
              dataset: { action: 'sign-out', focusKey: `sign-out:${tab.id}` },
              on: { click: () => actions.signOut(tab.id, tab.label, tab.demo) },
            },
            tab.demo ? 'Close' : 'Sign out',
          ),
        ),
      ),
      h(
        'li',
        { class: 'simple-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'card-action card-action-accent',
            disabled: busy,
            dataset: { action: 'add-account', focusKey: 'add-account' },
            on: { click: () => actions.startSignIn() },
          },
          icon('plus'),
          h('span', null, 'Add a Telegram account'),
        ),
      ),
    ),
  );
}

/**
 * @param {number} days
 * @param {boolean} busy
 * @param {Actions} actions
 */
function ttlSelect(days, busy, actions) {
  const choices = TTL_CHOICES.includes(days) || days <= 0 ? TTL_CHOICES : [...TTL_CHOICES, days].sort((a, b) => a - b);
  return h(
    'select',
    {
      id: 'field-ttl',
      class: 'input input-small',
      disabled: busy,
      dataset: { action: 'set-ttl', focusKey: 'field-ttl' },
      on: {
        change: (event) => {
          if (event.target instanceof HTMLSelectElement) actions.setInactiveTtl(Number(event.target.value));
        },
      },
    },
    choices.map((choice) => h('option', { value: String(choice), selected: choice === days }, ttlPeriod(choice))),
  );
}
