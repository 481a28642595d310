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
/** @typedef {import('./render.js').ForwardingForm} ForwardingForm */
/** @typedef {import('./render.js').Pending} Pending */

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
 * @param {ForwardingForm} form
 * @param {Pending | null} pending
 */
export function settingsPage(state, form, pending) {
  const busy = pending !== null;
  const settings = state.settings;
  return h(
    'div',
    { class: 'page', id: 'settings' },
    languageSection(state, busy),
    section(
      'alerts',
      t('settings-alerts-title'),
      t('settings-alerts-caption'),
      h(
        'div',
        { class: 'card switches' },
        alertKinds().map(([key, label, hint]) => toggle({ label, hint, checked: settings.alerts[key], disabled: busy, action: 'alert-switch', key })),
      ),
    ),
    rulesSection(state, busy),
    forwardingSection(state, form, pending),
    accountSection(state, busy),
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
        }),
      ),
    ),
  );
}

/**
 * The language of every word: the system's, or one chosen here; it applies at once.
 * @param {AgentState} state
 * @param {boolean} busy
 */
function languageSection(state, busy) {
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
        { id: 'field-language', class: 'input input-small', disabled: busy, dataset: { action: 'set-language' } },
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
 * @param {boolean} busy
 */
function rulesSection(state, busy) {
  const rules = state.settings.rules;
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
      }),
      toggle({
        label: t('settings-rule-unofficial'),
        hint: t('settings-rule-unofficial-hint'),
        checked: rules.block_unofficial_apps,
        disabled: busy,
        action: 'rule-unofficial',
      }),
      h(
        'form',
        { class: 'inline-form', novalidate: true },
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: 'field-countries' }, t('settings-countries')),
          h('input', {
            id: 'field-countries',
            class: 'input',
            value: rules.allowed_countries.join(', '),
            placeholder: t('settings-countries-placeholder'),
            disabled: busy,
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
                    dataset: { action: 'untrust', index: String(index) },
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
 * @param {ForwardingForm} form
 * @param {Pending | null} pending
 */
function forwardingSection(state, form, pending) {
  const busy = pending !== null;
  const forwarding = state.forwarding;
  const last = forwarding.last;
  const lastAt = parseDate(last?.at);
  /**
   * @param {string} key
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
        placeholder,
        autocomplete: 'off',
        spellcheck: 'false',
        disabled: busy,
      }),
    );
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
                  dataset: { action: 'send-test-alert' },
                },
                pending?.kind === 'forwarding' ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('settings-forwarding-sending')] : t('settings-forwarding-send-test'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-danger-quiet button-small',
                  disabled: busy,
                  dataset: { action: 'stop-forwarding' },
                },
                t('settings-forwarding-stop'),
              ),
            ),
          )
        : null,
      h(
        'form',
        { class: 'forwarding-form', novalidate: true },
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'field-label', for: 'field-forward-kind' }, forwarding.target ? t('settings-forwarding-kind-change') : t('settings-forwarding-kind')),
          h(
            'select',
            { id: 'field-forward-kind', class: 'input', disabled: busy, dataset: { action: 'forward-kind' } },
            h('option', { value: 'ntfy', selected: form.kind === 'ntfy' }, t('settings-forwarding-kind-ntfy')),
            h('option', { value: 'telegram_bot', selected: form.kind === 'telegram_bot' }, t('settings-forwarding-kind-telegram-bot')),
            h('option', { value: 'webhook', selected: form.kind === 'webhook' }, t('settings-forwarding-kind-webhook')),
          ),
        ),
        form.kind === 'telegram_bot'
          ? [field('botToken', t('settings-forwarding-bot-token'), '123456:ABC…', 'password'), field('chatId', t('settings-forwarding-chat-id'), '12345678')]
          : form.kind === 'ntfy'
            ? [
                field('forwardUrl', t('settings-forwarding-topic'), t('settings-forwarding-topic-placeholder'), 'password'),
                toggle({
                  label: t('settings-forwarding-hide-ips'),
                  hint: t('settings-forwarding-hide-ips-hint'),
                  checked: form.hideIps,
                  disabled: busy,
                  action: 'toggle-hide-ips',
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
 */
function accountSection(state, busy) {
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
            ttlSelect(state.inactive_ttl_days, busy),
          ),
        )
      : null,
    h(
      'ul',
      { class: 'card list', id: 'account-list' },
      state.accounts.map((tab) =>
        h(
          'li',
          { class: 'simple-row', id: `account-row-${tab.id}`, dataset: { account: tab.id } },
          h('div', { class: 'simple-row-body' }, h('p', { class: 'simple-row-title' }, tab.label), h('p', { class: 'simple-row-text' }, tab.demo ? t('settings-account-demo') : t('settings-account-telegram'))),
          h(
            'button',
            {
              type: 'button',
              class: 'button button-danger-quiet button-small',
              disabled: busy,
              dataset: { action: 'sign-out', account: tab.id },
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
            dataset: { action: 'add-account' },
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
 */
function ttlSelect(days, busy) {
  const choices = TTL_CHOICES.includes(days) || days <= 0 ? TTL_CHOICES : [...TTL_CHOICES, days].sort((a, b) => a - b);
  return h(
    'select',
    { id: 'field-ttl', class: 'input input-small', disabled: busy, dataset: { action: 'set-ttl' } },
    choices.map((choice) => h('option', { value: String(choice), selected: choice === days }, ttlPeriod(choice))),
  );
}
