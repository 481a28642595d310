// @ts-check
// The sign-in screen: the app's credentials and a phone number → the code → the 2-step
// password, or a QR code scanned from a phone. The agent holds the steps; this draws them.

import { h, svgPath } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';
import { phoneField } from './phone.js';

/** @typedef {import('./bindings/SignInView').SignInView} SignInView */
/** @typedef {import('./bindings/CodeDelivery').CodeDelivery} CodeDelivery */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */

/**
 * What the person typed, kept across repaints (the page redraws on every agent event).
 * Secrets stay in this page's memory only until the step that uses them is answered.
 * @typedef {object} SignInDrafts
 * @property {string} apiId
 * @property {string} apiHash
 * @property {string} phone
 * @property {string} code
 * @property {string} password
 * @property {boolean} ownCredentials  "Use my own API credentials" is open (a copy with built-in ones).
 * @property {string | null} country  The country picked for the phone number ("" none; null: not yet, so the locale's).
 */

/**
 * @typedef {object} SignInActions
 * @property {() => void} sendCode
 * @property {() => void} startQr
 * @property {() => void} resendCode
 * @property {() => void} submitCode
 * @property {() => void} submitPassword
 * @property {() => void} cancelSignIn
 * @property {() => void} useDemo
 */

/** @returns {SignInDrafts} */
export function emptyDrafts() {
  return { apiId: '', apiHash: '', phone: '', code: '', password: '', ownCredentials: false, country: null };
}

/**
 * Where the code went, said with the hidden phone number when there is one.
 * @param {string | null} phone
 * @returns {Record<CodeDelivery, string>}
 */
function deliveries(phone) {
  return phone
    ? {
        app: t('signin-code-sent-app-phone', { phone }),
        sms: t('signin-code-sent-sms-phone', { phone }),
        call: t('signin-code-sent-call-phone', { phone }),
        other: t('signin-code-sent-other-phone', { phone }),
      }
    : {
        app: t('signin-code-sent-app'),
        sms: t('signin-code-sent-sms'),
        call: t('signin-code-sent-call'),
        other: t('signin-code-sent-other'),
      };
}

/**
 * The whole sign-in page.
 * @param {SignInView} view
 * @param {boolean} pending  A request of this page is on its way.
 * @param {SignInDrafts} drafts
 * @param {SignInActions} actions
 * @param {boolean} canGoBack  Other accounts are guarded: the first step can go back to them.
 */
export function signInPage(view, pending, drafts, actions, canGoBack) {
  const busy = pending || view.busy;
  /** @type {HTMLElement} */
  let step;
  switch (view.step) {
    case 'credentials':
      step = credentialsStep(view, busy, drafts, actions, canGoBack);
      break;
    case 'code':
      step = codeStep(view, busy, drafts, actions);
      break;
    case 'password':
      step = passwordStep(view, busy, drafts, actions);
      break;
    case 'qr':
      step = qrStep(view, busy, actions);
      break;
  }
  return h(
    'div',
    { class: 'page page-narrow', id: 'sign-in', dataset: { step: view.step } },
    view.notice ? notice('warning', t('signin-signed-out'), view.notice, 'sign-in-notice') : null,
    h(
      'section',
      { class: 'card sign-in', 'aria-labelledby': 'sign-in-title', 'aria-busy': busy ? 'true' : undefined },
      step,
    ),
    view.server
      ? h('p', { class: 'group-caption sign-in-server', id: 'sign-in-server' }, t('signin-server', { server: view.server }))
      : null,
  );
}

/**
 * @param {'warning' | 'error'} tone
 * @param {string} title
 * @param {string} text
 * @param {string} id
 */
function notice(tone, title, text, id) {
  return h(
    'div',
    { class: ['notice', `notice-${tone}`], role: tone === 'error' ? 'alert' : 'status', id },
    icon('warning', { class: 'notice-icon' }),
    h('div', { class: 'notice-body' }, h('p', { class: 'notice-title' }, title), h('p', { class: 'notice-text' }, text)),
  );
}

/** @param {ErrorBody | null} error */
function stepError(error) {
  if (!error) return null;
  return h(
    'p',
    { class: 'field-error', role: 'alert', id: 'sign-in-error', dataset: { code: error.code } },
    icon('warning', { class: 'field-error-icon' }),
    h('span', null, error.message),
    error.retry_at ? h('time', { class: 'field-error-time', datetime: error.retry_at, dataset: { time: error.retry_at, format: 'retry' } }) : null,
  );
}

/**
 * @param {string} title
 * @param {string} text
 * @param {import('./icons.js').IconName} iconName
 */
function stepHeader(title, text, iconName) {
  return h(
    'header',
    { class: 'sign-in-header' },
    h('div', { class: 'blank-icon blank-icon-accent' }, icon(iconName)),
    h('h2', { class: 'blank-title', id: 'sign-in-title', tabindex: -1, dataset: { focusKey: 'sign-in-title' } }, title),
    h('p', { class: 'blank-text' }, text),
  );
}

/**
 * A labelled input bound to one draft.
 * @param {object} options
 * @param {string} options.label
 * @param {'apiId' | 'apiHash' | 'code' | 'password'} options.draft
 * @param {SignInDrafts} options.drafts
 * @param {boolean} options.busy
 * @param {string} [options.type]
 * @param {string} [options.hint]
 * @param {string} [options.placeholder]
 * @param {string} [options.autocomplete]
 * @param {string} [options.inputmode]
 * @param {number} [options.maxlength]
 */
function field({ label, draft, drafts, busy, type = 'text', hint, placeholder, autocomplete = 'off', inputmode, maxlength }) {
  const id = `field-${draft}`;
  const input = h('input', {
    id,
    name: draft,
    type,
    class: 'input',
    value: drafts[draft],
    placeholder,
    autocomplete,
    inputmode,
    maxlength,
    spellcheck: 'false',
    autocapitalize: 'off',
    disabled: busy,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    dataset: { focusKey: id },
    on: {
      input: (event) => {
        if (event.target instanceof HTMLInputElement) drafts[draft] = event.target.value;
      },
    },
  });
  return h(
    'div',
    { class: 'field' },
    h('label', { class: 'field-label', for: id }, label),
    input,
    hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
  );
}

/**
 * @param {string} label
 * @param {string} action
 * @param {boolean} busy
 * @param {boolean} spinning
 */
function submitButton(label, action, busy, spinning) {
  return h(
    'button',
    { type: 'submit', class: 'button button-primary button-wide', disabled: busy, dataset: { action, focusKey: action } },
    spinning ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('signin-please-wait')] : label,
  );
}

/**
 * @param {string} label
 * @param {string} action
 * @param {boolean} disabled
 * @param {() => void} onClick
 */
function quietButton(label, action, disabled, onClick) {
  return h(
    'button',
    { type: 'button', class: 'button button-plain', disabled, dataset: { action, focusKey: action }, on: { click: () => onClick() } },
    label,
  );
}

/**
 * @param {() => void} onSubmit
 * @param {...(Node | null)} children
 */
function form(onSubmit, ...children) {
  return h(
    'form',
    {
      class: 'sign-in-form',
      novalidate: true,
      on: {
        submit: (event) => {
          event.preventDefault();
          onSubmit();
        },
      },
    },
    children,
  );
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 * @param {SignInDrafts} drafts
 * @param {SignInActions} actions
 * @param {boolean} canGoBack
 */
function credentialsStep(view, busy, drafts, actions, canGoBack) {
  if (!drafts.apiId && view.api_id !== null) drafts.apiId = String(view.api_id);
  const credentialFields = h(
    'div',
    { class: 'field-row' },
    field({ label: t('signin-api-id'), draft: 'apiId', drafts, busy, inputmode: 'numeric', placeholder: '2040', maxlength: 10 }),
    field({ label: t('signin-api-hash'), draft: 'apiHash', drafts, busy, type: 'password', placeholder: t('signin-api-hash-placeholder'), maxlength: 64 }),
  );
  const phone = phoneField(drafts, busy);
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(
      t('signin-credentials-title'),
      t('signin-credentials-text'),
      'shield',
    ),
    form(
      actions.sendCode,
      // A packager's copy has app credentials built in: the phone number is all it takes.
      ...(view.built_in_credentials ? [phone] : [credentialsGuide(), credentialFields, phone]),
      view.built_in_credentials ? ownCredentials(drafts, credentialFields) : null,
      stepError(view.error),
      submitButton(t('signin-send-code'), 'send-code', busy, busy),
      h(
        'div',
        { class: 'sign-in-alternatives' },
        quietButton(t('signin-use-qr'), 'start-qr', busy, actions.startQr),
        canGoBack
          ? quietButton(t('signin-back-to-accounts'), 'cancel-sign-in', busy, actions.cancelSignIn)
          : quietButton(t('signin-try-demo'), 'use-demo', busy, actions.useDemo),
      ),
    ),
  );
}

/** Where a person without built-in credentials gets their own, step by step. */
function credentialsGuide() {
  /** @type {Array<[import('./icons.js').IconName, string]>} */
  const steps = [
    ['web_browser', t('signin-guide-open-site')],
    ['plus', t('signin-guide-create-app')],
    ['key', t('signin-guide-copy-credentials')],
  ];
  return h(
    'ol',
    { class: 'guide', 'aria-label': t('signin-guide-label') },
    steps.map(([iconName, text], i) =>
      h('li', { class: 'guide-step' }, h('span', { class: 'guide-icon', 'aria-hidden': 'true' }, icon(iconName)), h('span', { class: 'guide-number' }, t('signin-guide-step-number', { number: i + 1 })), h('span', null, text)),
    ),
  );
}

/**
 * "Use my own API credentials", folded away on a copy with built-in ones.
 * @param {SignInDrafts} drafts
 * @param {HTMLElement} fields
 */
function ownCredentials(drafts, fields) {
  const details = h(
    'details',
    { class: 'own-credentials', open: drafts.ownCredentials, dataset: { focusKey: 'own-credentials' } },
    h('summary', { class: 'link-button', dataset: { action: 'own-credentials' } }, t('signin-own-credentials')),
    h('p', { class: 'sign-in-help' }, t('signin-own-credentials-help')),
    fields,
  );
  details.addEventListener('toggle', () => {
    if (details instanceof HTMLDetailsElement) drafts.ownCredentials = details.open;
  });
  return details;
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 * @param {SignInDrafts} drafts
 * @param {SignInActions} actions
 */
function codeStep(view, busy, drafts, actions) {
  const where = deliveries(view.phone_hint)[view.code_delivery ?? 'other'];
  const resendAt = view.resend_at;
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(t('signin-code-title'), where, 'key'),
    form(
      actions.submitCode,
      field({
        label: t('signin-code-label'),
        draft: 'code',
        drafts,
        busy,
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        placeholder: view.code_length ? '•'.repeat(view.code_length) : '12345',
        maxlength: 12,
      }),
      stepError(view.error),
      submitButton(t('signin-sign-in'), 'submit-code', busy, busy),
      h(
        'div',
        { class: 'sign-in-alternatives' },
        view.can_resend
          ? h(
              'button',
              {
                type: 'button',
                class: 'button button-plain',
                disabled: busy,
                dataset: { action: 'resend-code', focusKey: 'resend-code', until: resendAt ?? undefined },
                on: { click: () => actions.resendCode() },
              },
              resendAt
                ? h('time', { datetime: resendAt, dataset: { time: resendAt, format: 'resend' } })
                : t('signin-resend-another-way'),
            )
          : null,
        quietButton(t('signin-use-another-number'), 'cancel-sign-in', busy, actions.cancelSignIn),
      ),
    ),
  );
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 * @param {SignInDrafts} drafts
 * @param {SignInActions} actions
 */
function passwordStep(view, busy, drafts, actions) {
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(
      t('signin-password-title'),
      t('signin-password-text'),
      'key',
    ),
    form(
      actions.submitPassword,
      field({
        label: t('signin-password-label'),
        draft: 'password',
        drafts,
        busy,
        type: 'password',
        autocomplete: 'current-password',
        hint: view.password_hint ? t('signin-password-hint', { hint: view.password_hint }) : undefined,
      }),
      stepError(view.error),
      submitButton(t('signin-sign-in'), 'submit-password', busy, busy),
      h('div', { class: 'sign-in-alternatives' }, quietButton(t('signin-start-over'), 'cancel-sign-in', busy, actions.cancelSignIn)),
    ),
  );
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 * @param {SignInActions} actions
 */
function qrStep(view, busy, actions) {
  const qr = view.qr;
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(t('signin-qr-title'), t('signin-qr-text'), 'devices'),
    qr
      ? h(
          'figure',
          { class: 'qr', id: 'sign-in-qr' },
          svgPath(qr.path, qr.size, 'qr-code', t('signin-qr-image')),
          h('figcaption', { class: 'qr-caption' }, h('time', { datetime: qr.expires_at, dataset: { time: qr.expires_at, format: 'qr-expiry' } })),
        )
      : h('div', { class: 'loading-status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, t('signin-qr-loading'))),
    stepError(view.error),
    h('div', { class: 'sign-in-alternatives' }, quietButton(t('signin-use-phone'), 'cancel-sign-in', busy && !qr, actions.cancelSignIn)),
  );
}
