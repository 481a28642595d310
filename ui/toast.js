// @ts-check
// Short messages at the bottom of the window (a failed request, a finished action).

import { h } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';

const SHOW_FOR_MS = 8_000;

/** @type {HTMLElement | null} */
let region = null;

function toastRegion() {
  if (!region || !region.isConnected) {
    region = h('div', { class: 'toasts', id: 'toasts' });
    document.body.appendChild(region);
  }
  return region;
}

/**
 * Shows a message; errors stay a little longer and are announced assertively.
 * @param {string} message
 * @param {'error' | 'success'} [tone]
 */
export function showToast(message, tone = 'error') {
  const host = toastRegion();
  // The same message twice in a row: keep one.
  for (const existing of host.querySelectorAll('.toast')) {
    if (existing.querySelector('.toast-text')?.textContent === message) existing.remove();
  }
  const close = h(
    'button',
    { type: 'button', class: 'icon-button icon-button-small', 'aria-label': t('button-dismiss-message'), dataset: { action: 'dismiss-toast' } },
    icon('close'),
  );
  const toast = h(
    'div',
    { class: ['toast', `toast-${tone}`], role: tone === 'error' ? 'alert' : 'status' },
    icon(tone === 'error' ? 'warning' : 'check', { class: 'toast-icon' }),
    h('p', { class: 'toast-text' }, message),
    close,
  );

  /** @type {number | undefined} */
  let timer;
  const remove = () => {
    window.clearTimeout(timer);
    toast.classList.add('toast-leaving');
    window.setTimeout(() => toast.remove(), 180);
  };
  const arm = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(remove, tone === 'error' ? SHOW_FOR_MS * 1.5 : SHOW_FOR_MS);
  };
  close.addEventListener('click', remove);
  // Hovering or focusing keeps it up, for those who read slowly.
  toast.addEventListener('mouseenter', () => window.clearTimeout(timer));
  toast.addEventListener('mouseleave', arm);
  toast.addEventListener('focusin', () => window.clearTimeout(timer));
  toast.addEventListener('focusout', arm);

  host.appendChild(toast);
  while (host.children.length > 3) host.firstElementChild?.remove();
  arm();
}
