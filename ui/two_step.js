// @ts-check
// 2-step verification from the checkup: turn it on (the new password twice, with a strength
// meter, a hint and an optional recovery email), change it, turn it off, add a recovery
// email, and confirm the code Telegram emails to it. Passwords stay in the form's fields
// only until the agent answered; the agent never stores or logs them.

import { fieldValue, h } from './dom.js';
import { t } from './i18n.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./render.js').Pending} Pending */

/**
 * The form while it is open (what was typed stays in its fields, read when it is sent).
 * @typedef {object} TwoStepForm
 * @property {'on' | 'change' | 'off' | 'email' | null} mode
 * @property {string | null} problem  What is wrong with what was typed, said before anything is sent.
 * @property {number | null} score  How strong the new password is as it is typed (null: nothing typed).
 */

/** @typedef {{ current: string, next: string, repeat: string, hint: string, email: string }} Typed */

/** @returns {TwoStepForm} */
export function emptyTwoStep() {
  return { mode: null, problem: null, score: null };
}

/**
 * What the form's fields hold.
 * @returns {Typed}
 */
export function typed() {
  const [current, next, repeat, hint, email] = ['current', 'next', 'repeat', 'hint', 'email'].map((key) => fieldValue(`two-step-${key}`));
  return { current, next, repeat, hint, email };
}

/** Empties the password fields (after the agent answered). */
export function forgetPasswords() {
  for (const key of ['current', 'next', 'repeat']) {
    const input = document.getElementById(`two-step-${key}`);
    if (input instanceof HTMLInputElement) input.value = '';
  }
}

/** Passwords everyone tries first; a new one on this list is called weak whatever its length. */
const COMMON = ['password', '12345678', '123456789', 'qwertyui', '11111111', 'iloveyou', 'password1', 'telegram'];

/**
 * How hard the password is to guess: 0 (weak) to 4 (strong); null for none.
 * @param {string} password
 */
export function strength(password) {
  if (password.length === 0) return null;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  let score = password.length >= 16 ? 3 : password.length >= 12 ? 2 : password.length >= 8 ? 1 : 0;
  if (classes >= 3 && score > 0) score += 1;
  if (COMMON.some((c) => password.toLowerCase().includes(c)) || /^(.)\1+$/.test(password)) score = 0;
  return Math.min(score, 4);
}

/**
 * What is wrong with the form as typed, if anything.
 * @param {TwoStepForm['mode']} mode
 * @param {Typed} d
 */
export function problemWith(mode, d) {
  if ((mode === 'change' || mode === 'off' || mode === 'email') && d.current === '') return t('two-step-problem-current-missing');
  if (mode === 'on' || mode === 'change') {
    if (d.next.length < 8) return t('two-step-problem-too-short', { count: 8 });
    if (d.next !== d.repeat) return t('two-step-problem-not-same');
    if (d.hint && d.next.toLowerCase().includes(d.hint.toLowerCase())) return t('two-step-problem-hint-gives-away');
  }
  if (mode === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.email.trim())) return t('two-step-problem-email-missing');
  if (mode === 'on' && d.email.trim() !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.email.trim())) return t('two-step-problem-email-invalid');
  return null;
}

/**
 * The buttons a 2-step check row offers.
 * @param {import('./bindings/Check').Check} check
 * @param {Pending | null} pending
 * @returns {HTMLElement[]}
 */
export function twoStepButtons(check, pending) {
  const button = (/** @type {string} */ label, /** @type {TwoStepForm['mode']} */ mode, primary = false) =>
    h(
      'button',
      {
        type: 'button',
        class: ['button', 'button-small', primary ? 'button-primary' : 'button-plain'],
        disabled: pending !== null,
        dataset: { action: `two-step-${mode}` },
      },
      label,
    );
  if (check.kind === 'two_step' && check.severity === 'critical') return [button(t('two-step-button-turn-on'), 'on', true)];
  if (check.kind === 'two_step' && check.severity === 'ok') return [button(t('two-step-button-change'), 'change'), button(t('two-step-button-turn-off'), 'off')];
  if (check.kind === 'recovery_email' && check.severity !== 'ok') return [button(t('two-step-button-add-email'), 'email', true)];
  return [];
}

/**
 * The form, or the emailed code's field, under the checkup's summary.
 * @param {AgentState} state
 * @param {TwoStepForm} d
 * @param {Pending | null} pending
 */
export function twoStepPanel(state, d, pending) {
  const busy = pending?.kind === 'two_step';
  if (state.email_code_length) {
    return h(
      'section',
      { class: 'card two-step', id: 'two-step-email-code', 'aria-labelledby': 'two-step-code-title' },
      h('h2', { class: 'two-step-title', id: 'two-step-code-title' }, t('two-step-email-code-title')),
      h('p', { class: 'two-step-text' }, t('two-step-email-code-text', { digits: state.email_code_length })),
      input(t('two-step-email-code-label'), 'code', 'text', busy, 'one-time-code'),
      h(
        'div',
        { class: 'two-step-actions' },
        h(
          'button',
          { type: 'button', class: 'button button-plain', disabled: busy, dataset: { action: 'cancel-email' } },
          t('two-step-email-code-cancel'),
        ),
        h(
          'button',
          { type: 'button', class: 'button button-plain', disabled: busy, dataset: { action: 'resend-email' } },
          t('two-step-email-code-resend'),
        ),
        submit(t('two-step-email-code-confirm'), 'confirm-email', busy),
      ),
    );
  }
  if (!d.mode) return null;
  const titles = { on: t('two-step-on-title'), change: t('two-step-change-title'), off: t('two-step-off-title'), email: t('two-step-email-title') };
  const texts = {
    on: t('two-step-on-text'),
    change: t('two-step-change-text'),
    off: t('two-step-off-text'),
    email: t('two-step-email-text'),
  };
  const words = [
    t('two-step-strength-weak'),
    t('two-step-strength-fair'),
    t('two-step-strength-good'),
    t('two-step-strength-strong'),
    t('two-step-strength-very-strong'),
  ];
  const fields = [];
  if (d.mode !== 'on') fields.push(input(t('two-step-current-label'), 'current', 'password', busy, 'current-password'));
  if (d.mode === 'on' || d.mode === 'change') {
    fields.push(
      input(t('two-step-next-label'), 'next', 'password', busy, 'new-password', 'password-strength'),
      h(
        'div',
        { class: 'strength', id: 'two-step-strength' },
        h('meter', { min: 0, max: 4, low: 2, high: 3, optimum: 4, value: d.score ?? 0, 'aria-label': t('two-step-strength-label') }),
        h('span', { class: 'strength-word' }, d.score === null ? '' : words[d.score]),
      ),
      input(t('two-step-repeat-label'), 'repeat', 'password', busy, 'new-password'),
      input(t('two-step-hint-label'), 'hint', 'text', busy, 'off'),
    );
  }
  if (d.mode === 'on') fields.push(input(t('two-step-email-optional-label'), 'email', 'email', busy, 'email'));
  if (d.mode === 'email') fields.push(input(t('two-step-email-label'), 'email', 'email', busy, 'email'));
  return h(
    'section',
    { class: 'card two-step', id: 'two-step-form', 'aria-labelledby': 'two-step-title' },
    h('h2', { class: 'two-step-title', id: 'two-step-title' }, titles[d.mode]),
    h('p', { class: 'two-step-text' }, texts[d.mode]),
    fields,
    d.problem ? h('p', { class: 'field-hint field-hint-error', role: 'alert', id: 'two-step-problem' }, d.problem) : null,
    h(
      'div',
      { class: 'two-step-actions' },
      h(
        'button',
        { type: 'button', class: 'button button-plain', disabled: busy, dataset: { action: 'two-step-cancel' } },
        t('two-step-form-cancel'),
      ),
      submit(d.mode === 'off' ? t('two-step-form-turn-off') : t('two-step-form-save'), 'two-step-save', busy, d.mode === 'off'),
    ),
  );
}

/**
 * @param {string} label
 * @param {'current' | 'next' | 'repeat' | 'hint' | 'email' | 'code'} key
 * @param {string} type
 * @param {boolean} busy
 * @param {string} autocomplete
 * @param {string} [action]  What typing in it does.
 */
function input(label, key, type, busy, autocomplete, action) {
  const id = `two-step-${key}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { class: 'field-label', for: id }, label),
    h('input', {
      id,
      type,
      class: 'input',
      autocomplete,
      spellcheck: 'false',
      disabled: busy,
      maxlength: key === 'email' ? 254 : 256,
      dataset: { action },
    }),
  );
}

/**
 * @param {string} label
 * @param {string} action
 * @param {boolean} busy
 * @param {boolean} [danger]
 */
function submit(label, action, busy, danger = false) {
  return h(
    'button',
    { type: 'button', class: ['button', danger ? 'button-danger' : 'button-primary'], disabled: busy, dataset: { action } },
    busy ? [h('span', { class: 'spinner spinner-small spinner-light', 'aria-hidden': 'true' }), t('two-step-form-saving')] : label,
  );
}
