// @ts-check
// One accessible confirmation dialog at a time, on the native <dialog> (Escape cancels).

import { h } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';

/**
 * @typedef {object} ConfirmOptions
 * @property {string} title
 * @property {string} message
 * @property {string} confirmLabel
 * @property {string} [note]  A smaller second paragraph.
 * @property {string[]} [steps]  What confirming does, one step a line, after the message.
 */

/** @type {{ dialog: HTMLDialogElement, settle: (confirmed: boolean) => void } | null} */
let open = null;

/**
 * Asks the person to confirm a destructive action. Focus starts on Cancel.
 * Resolves `true` only when Confirm was pressed.
 * @param {ConfirmOptions} options
 * @returns {Promise<boolean>}
 */
export function confirmDialog(options) {
  cancelDialog();
  return new Promise((resolve) => {
    const cancel = h(
      'button',
      { type: 'button', class: 'button button-plain', dataset: { action: 'cancel' }, autofocus: true },
      t('button-cancel'),
    );
    const confirm = h(
      'button',
      { type: 'button', class: 'button button-danger', dataset: { action: 'confirm' } },
      options.confirmLabel,
    );
    const dialog = h(
      'dialog',
      { class: 'dialog', 'aria-labelledby': 'dialog-title', 'aria-describedby': options.steps ? 'dialog-message dialog-steps' : 'dialog-message' },
      h(
        'div',
        { class: 'dialog-body' },
        h('div', { class: 'dialog-icon' }, icon('logout')),
        h('h2', { class: 'dialog-title', id: 'dialog-title' }, options.title),
        h('p', { class: 'dialog-message', id: 'dialog-message' }, options.message),
        options.steps ? h('ol', { class: 'dialog-steps', id: 'dialog-steps' }, options.steps.map((step) => h('li', null, step))) : null,
        options.note ? h('p', { class: 'dialog-note' }, options.note) : null,
      ),
      h('div', { class: 'dialog-actions' }, cancel, confirm),
    );

    // Focus goes back where it came from when the dialog closes (if that is still there;
    // a row that was just ended is gone, and the page puts focus on the next one).
    const opener = document.activeElement;
    let settled = false;
    /** @param {boolean} confirmed */
    const settle = (confirmed) => {
      if (settled) return;
      settled = true;
      if (open && open.dialog === dialog) open = null;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) {
        opener.focus({ preventScroll: true });
      }
      resolve(confirmed);
    };

    cancel.addEventListener('click', () => settle(false));
    confirm.addEventListener('click', () => settle(true));
    // Escape (and the platform's other cancel gestures).
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      settle(false);
    });
    dialog.addEventListener('close', () => settle(false));
    // A click on the backdrop (outside the box) cancels too.
    dialog.addEventListener('click', (event) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) settle(false);
    });

    document.body.appendChild(dialog);
    open = { dialog, settle };
    dialog.showModal();
    cancel.focus();
  });
}

/** Closes the open dialog, if any, as if Cancel was pressed. */
export function cancelDialog() {
  if (open) open.settle(false);
}

/** Whether a confirmation dialog is showing. */
export function dialogIsOpen() {
  return open !== null;
}
