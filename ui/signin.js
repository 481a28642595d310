// @ts-check
// The sign-in screen: the app's credentials and a phone number → the code → the 2-step
// password, or a QR code scanned from a phone. The agent holds the steps; this draws them.
// What is typed stays in the fields until a step sends it.

import { h, svgPath } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';
import { phoneField } from './phone.js';

/** @typedef {import('./bindings/SignInView').SignInView} SignInView */
/** @typedef {import('./bindings/CodeDelivery').CodeDelivery} CodeDelivery */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */

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
 * @param {import('./phone.js').PhoneNumber} phone
 * @param {boolean} canGoBack  Other accounts are guarded: the first step can go back to them.
 */
export function signInPage(view, pending, phone, canGoBack) {
  const busy = pending || view.busy;
  /** @type {HTMLElement} */
  let step;
  switch (view.step) {
    case 'credentials':
      step = credentialsStep(view, busy, phone, canGoBack);
      break;
    case 'code':
      step = codeStep(view, busy);
      break;
    case 'password':
      step = passwordStep(view, busy);
      break;
    case 'qr':
      step = qrStep(view, busy);
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
    h('h2', { class: 'blank-title', id: 'sign-in-title', tabindex: -1 }, title),
    h('p', { class: 'blank-text' }, text),
  );
}

/**
 * A labelled input.
 * @param {object} options
 * @param {string} options.label
 * @param {'apiId' | 'apiHash' | 'code' | 'password'} options.name
 * @param {boolean} options.busy
 * @param {string} [options.value]  What it starts with.
 * @param {string} [options.type]
 * @param {string} [options.hint]
 * @param {string} [options.placeholder]
 * @param {string} [options.autocomplete]
 * @param {string} [options.inputmode]
 * @param {number} [options.maxlength]
 */
function field({ label, name, busy, value, type = 'text', hint, placeholder, autocomplete = 'off', inputmode, maxlength }) {
  const id = `field-${name}`;
  const input = h('input', {
    id,
    name,
    type,
    class: 'input',
    value,
    placeholder,
    autocomplete,
    inputmode,
    maxlength,
    spellcheck: 'false',
    autocapitalize: 'off',
    disabled: busy,
    'aria-describedby': hint ? `${id}-hint` : undefined,
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
    { type: 'submit', class: 'button button-primary button-wide', disabled: busy, dataset: { action } },
    spinning ? [h('span', { class: 'spinner spinner-small', 'aria-hidden': 'true' }), t('signin-please-wait')] : label,
  );
}

/**
 * @param {string} label
 * @param {string} action
 * @param {boolean} disabled
 */
function quietButton(label, action, disabled) {
  return h('button', { type: 'button', class: 'button button-plain', disabled, dataset: { action } }, label);
}

/** @param {...(Node | null)} children */
function form(...children) {
  return h('form', { class: 'sign-in-form', novalidate: true }, children);
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 * @param {import('./phone.js').PhoneNumber} number
 * @param {boolean} canGoBack
 */
function credentialsStep(view, busy, number, canGoBack) {
  const apiId = view.api_id === null ? undefined : String(view.api_id);
  const credentialFields = h(
    'div',
    { class: 'field-row' },
    field({ label: t('signin-api-id'), name: 'apiId', busy, value: apiId, inputmode: 'numeric', placeholder: '2040', maxlength: 10 }),
    field({ label: t('signin-api-hash'), name: 'apiHash', busy, type: 'password', placeholder: t('signin-api-hash-placeholder'), maxlength: 64 }),
  );
  const phone = phoneField(number, busy);
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(
      t('signin-credentials-title'),
      t('signin-credentials-text'),
      'shield',
    ),
    form(
      // A packager's copy has app credentials built in: the phone number is all it takes.
      ...(view.built_in_credentials ? [phone] : [credentialsGuide(), credentialFields, phone]),
      view.built_in_credentials ? ownCredentials(credentialFields) : null,
      stepError(view.error),
      submitButton(t('signin-send-code'), 'send-code', busy, busy),
      h(
        'div',
        { class: 'sign-in-alternatives' },
        quietButton(t('signin-use-qr'), 'start-qr', busy),
        canGoBack ? quietButton(t('signin-back-to-accounts'), 'cancel-sign-in', busy) : quietButton(t('signin-try-demo'), 'use-demo', busy),
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
 * @param {HTMLElement} fields
 */
function ownCredentials(fields) {
  return h(
    'details',
    { class: 'own-credentials' },
    h('summary', { class: 'link-button', dataset: { action: 'own-credentials' } }, t('signin-own-credentials')),
    h('p', { class: 'sign-in-help' }, t('signin-own-credentials-help')),
    fields,
  );
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 */
function codeStep(view, busy) {
  const where = deliveries(view.phone_hint)[view.code_delivery ?? 'other'];
  const resendAt = view.resend_at;
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(t('signin-code-title'), where, 'key'),
    form(
      field({
        label: t('signin-code-label'),
        name: 'code',
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
                dataset: { action: 'resend-code', until: resendAt ?? undefined },
              },
              resendAt
                ? h('time', { datetime: resendAt, dataset: { time: resendAt, format: 'resend' } })
                : t('signin-resend-another-way'),
            )
          : null,
        quietButton(t('signin-use-another-number'), 'cancel-sign-in', busy),
      ),
    ),
  );
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 */
function passwordStep(view, busy) {
  return h(
    'div',
    { class: 'sign-in-step' },
    stepHeader(
      t('signin-password-title'),
      t('signin-password-text'),
      'key',
    ),
    form(
      field({
        label: t('signin-password-label'),
        name: 'password',
        busy,
        type: 'password',
        autocomplete: 'current-password',
        hint: view.password_hint ? t('signin-password-hint', { hint: view.password_hint }) : undefined,
      }),
      stepError(view.error),
      submitButton(t('signin-sign-in'), 'submit-password', busy, busy),
      h('div', { class: 'sign-in-alternatives' }, quietButton(t('signin-start-over'), 'cancel-sign-in', busy)),
    ),
  );
}

/**
 * @param {SignInView} view
 * @param {boolean} busy
 */
function qrStep(view, busy) {
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
    h('div', { class: 'sign-in-alternatives' }, quietButton(t('signin-use-phone'), 'cancel-sign-in', busy && !qr)),
  );
}
