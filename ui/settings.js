// @ts-check
// The Settings page: which alerts notify, the rules the agent applies by itself, where
// alerts are forwarded off this computer, start at login, and the accounts.

import { toggle } from './devices.js';
import { h } from './dom.js';
import { exactDateTime, parseDate, ruleNames, ttlPeriod } from './format.js';
import { t } from './i18n.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/Settings').Settings} Settings */
/** @typedef {import('./bindings/AlertSwitches').AlertSwitches} AlertSwitches */
/** @typedef {import('./render.js').SettingsDrafts} SettingsDrafts */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */

/**
 * Each kind of alert, with its label and hint in the current language.
 * @returns {Array<[keyof AlertSwitches, string, string]>}
 */
function alertKinds() {
  return [
    ['new_login', t('settings-alert-new-login'), t('settings-alert-new-login-hint')],
    ['unconfirmed_login', t('settings-alert-unconfirmed-login'), t('settings-alert-unconfirmed-login-hint')],
    ['password_pending_login', t('settings-alert-password-pending-login'), t('settings-alert-password-pending-login-hint')],
    ['login_code_requested', t('settings-alert-login-code-requested'), t('settings-alert-login-code-requested-hint')],
    ['session_ended', t('settings-alert-session-ended'), t('settings-alert-session-ended-hint')],
    ['our_session_ended', t('settings-alert-our-session-ended'), t('settings-alert-our-session-ended-hint')],
    ['new_website', t('settings-alert-new-website'), t('settings-alert-new-website-hint')],
  ];
}

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
    languageSection(state, busy, actions),
    section(
      'alerts',
      t('settings-alerts-title'),
      t('settings-alerts-caption'),
      h(
        'div',
        { class: 'card switches' },
        alertKinds().map(([key, label, hint]) =>
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
      t('settings-startup-title'),
      null,
      h(
        'div',
        { class: 'card switches' },
        toggle({
          label: t('settings-autostart'),
          hint: t('settings-autostart-hint'),
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
 * The language of every word: the system's, or one chosen here; it applies at once.
 * @param {AgentState} state
 * @param {boolean} busy
 * @param {Actions} actions
 */
function languageSection(state, busy, actions) {
  const chosen = state.settings.language ?? '';
  return section(
    'language',
    t('settings-language-title'),
    null,
    h(
      'div',
      { class: 'card field-row' },
      h('label', { class: 'field-label', for: 'field-language' }, t('settings-language-label')),
      h(
        'select',
        {
          id: 'field-language',
          class: 'input input-small',
          disabled: busy,
          dataset: { action: 'set-language', focusKey: 'field-language' },
          on: {
            change: (event) => {
              if (!(event.target instanceof HTMLSelectElement)) return;
              const language = event.target.value || null;
              actions.updateSettings((s) => (s.language = language));
            },
          },
        },
        h('option', { value: '', selected: chosen === '' }, t('settings-language-system')),
        state.languages.map((choice) =>
          h('option', { value: choice.tag, lang: choice.tag, selected: choice.tag === chosen }, choice.name),
        ),
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
    // The Latin comma, or the Arabic script's (what Persian and Arabic keyboards type).
    const countries = drafts.countries
      .split(/[,،]/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    actions.updateSettings((s) => (s.rules.allowed_countries = countries));
  };
  return section(
    'rules',
    t('settings-rules-title'),
    t('settings-rules-caption'),
    h(
      'div',
      { class: 'card switches' },
      toggle({
        label: ruleNames().lockdown,
        hint: t('settings-rule-lockdown-hint'),
        checked: rules.lockdown,
        disabled: busy,
        action: 'rule-lockdown',
        onChange: (on) => actions.updateSettings((s) => (s.rules.lockdown = on)),
      }),
      toggle({
        label: t('settings-rule-unofficial'),
        hint: t('settings-rule-unofficial-hint'),
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
          h('label', { class: 'field-label', for: 'field-countries' }, t('settings-countries')),
          h('input', {
            id: 'field-countries',
            class: 'input',
            value: drafts.countries,
            placeholder: t('settings-countries-placeholder'),
            disabled: busy,
            dataset: { focusKey: 'field-countries' },
            on: {
              input: (event) => {
                if (event.target instanceof HTMLInputElement) drafts.countries = event.target.value;
              },
            },
          }),
          h('p', { class: 'field-hint' }, t('settings-countries-hint')),
        ),
        h('button', { type: 'submit', class: 'button button-plain', disabled: busy, dataset: { action: 'save-countries' } }, t('settings-save')),
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('p', { class: 'card-heading' }, t('settings-trusted-title')),
      rules.trusted.length === 0
        ? h('p', { class: 'card-note' }, t('settings-trusted-none'))
        : h(
            'ul',
            { class: 'list', id: 'trusted-devices' },
            rules.trusted.map((device, index) =>
              h(
                'li',
                { class: 'simple-row' },
                h('div', { class: 'simple-row-body' }, h('p', { class: 'simple-row-title' }, device.device_model || t('settings-trusted-unknown-device')), h(
                    'p',
                    { class: 'simple-row-text' },
                    // api_id is an id, not a count: passed as text so it is not written "2,040".
                    device.session
                      ? t('settings-trusted-device', { app: device.app_name, platform: device.platform, apiId: String(device.api_id) })
                      : t('settings-trusted-device-unbound', { app: device.app_name, platform: device.platform, apiId: String(device.api_id) }),
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
                  t('settings-trusted-remove'),
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
    t('settings-forwarding-title'),
    t('settings-forwarding-caption'),
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
                    last.test ? t('settings-forwarding-last-test', { when: exactDateTime(lastAt), detail: last.detail }) : t('settings-forwarding-last', { when: exactDateTime(lastAt), detail: last.detail }),
                  )
                : h('p', { class: 'simple-row-text' }, t('settings-forwarding-nothing-sent')),
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
                pending?.kind === 'forwarding' ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('settings-forwarding-sending')] : t('settings-forwarding-send-test'),
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
                t('settings-forwarding-stop'),
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
          h('label', { class: 'field-label', for: 'field-forward-kind' }, forwarding.target ? t('settings-forwarding-kind-change') : t('settings-forwarding-kind')),
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
            h('option', { value: 'ntfy', selected: drafts.forwardKind === 'ntfy' }, t('settings-forwarding-kind-ntfy')),
            h('option', { value: 'telegram_bot', selected: drafts.forwardKind === 'telegram_bot' }, t('settings-forwarding-kind-telegram-bot')),
            h('option', { value: 'webhook', selected: drafts.forwardKind === 'webhook' }, t('settings-forwarding-kind-webhook')),
          ),
        ),
        drafts.forwardKind === 'telegram_bot'
          ? [field('botToken', t('settings-forwarding-bot-token'), '123456:ABC…', 'password'), field('chatId', t('settings-forwarding-chat-id'), '12345678')]
          : drafts.forwardKind === 'ntfy'
            ? [
                field('forwardUrl', t('settings-forwarding-topic'), t('settings-forwarding-topic-placeholder'), 'password'),
                toggle({
                  label: t('settings-forwarding-hide-ips'),
                  hint: t('settings-forwarding-hide-ips-hint'),
                  checked: drafts.hideIps,
                  disabled: busy,
                  action: 'toggle-hide-ips',
                  onChange: (on) => (drafts.hideIps = on),
                }),
              ]
            : field('forwardUrl', t('settings-forwarding-webhook'), 'https://hooks.example.com/…', 'password'),
        h('button', { type: 'submit', class: 'button button-primary', disabled: busy, dataset: { action: 'save-forwarding' } }, t('settings-save')),
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
    t('settings-accounts-title'),
    null,
    account
      ? h(
          'div',
          { class: 'card' },
          h(
            'div',
            { class: 'field field-inline' },
            h('label', { class: 'field-label', for: 'field-ttl' }, t('settings-ttl-label', { account: account.label })),
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
          h('div', { class: 'simple-row-body' }, h('p', { class: 'simple-row-title' }, tab.label), h('p', { class: 'simple-row-text' }, tab.demo ? t('settings-account-demo') : t('settings-account-telegram'))),
          h(
            'button',
            {
              type: 'button',
              class: 'button button-danger-quiet button-small',
              disabled: busy,
              dataset: { action: 'sign-out', focusKey: `sign-out:${tab.id}` },
              on: { click: () => actions.signOut(tab.id, tab.label, tab.demo) },
            },
            tab.demo ? t('settings-account-close') : t('settings-account-sign-out'),
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
          h('span', null, t('settings-account-add')),
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
