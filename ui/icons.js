// @ts-check
// Inline SVG icons (24×24, stroked with currentColor), built as DOM nodes so the CSP stays strict.

import { svgIcon } from './dom.js';

/** @typedef {import('./bindings/DeviceKind').DeviceKind} DeviceKind */
/** @typedef {import('./bindings/PlatformKind').PlatformKind} PlatformKind */

const PATHS = {
  phone: [
    'M8.25 2.75h7.5a2 2 0 0 1 2 2v14.5a2 2 0 0 1-2 2h-7.5a2 2 0 0 1-2-2V4.75a2 2 0 0 1 2-2Z',
    'M10.75 18h2.5',
  ],
  tablet: [
    'M6 2.75h12a2 2 0 0 1 2 2v14.5a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4.75a2 2 0 0 1 2-2Z',
    'M10.75 18h2.5',
  ],
  desktop: [
    'M4.75 4h14.5a1.75 1.75 0 0 1 1.75 1.75v9a1.75 1.75 0 0 1-1.75 1.75H4.75A1.75 1.75 0 0 1 3 14.75v-9A1.75 1.75 0 0 1 4.75 4Z',
    'M12 16.5v3.5',
    'M8.5 20h7',
  ],
  laptop: [
    'M5 15V6.25A1.75 1.75 0 0 1 6.75 4.5h10.5A1.75 1.75 0 0 1 19 6.25V15',
    'M2.75 15h18.5l-.6 2.1a1.75 1.75 0 0 1-1.68 1.27H5.03a1.75 1.75 0 0 1-1.68-1.27L2.75 15Z',
  ],
  web_browser: [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18Z',
    'M3.5 9h17',
    'M3.5 15h17',
    'M12 3c-2.3 2.5-3.5 5.5-3.5 9s1.2 6.5 3.5 9',
    'M12 3c2.3 2.5 3.5 5.5 3.5 9s-1.2 6.5-3.5 9',
  ],
  unknown: [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18Z',
    'M9.6 9.4a2.5 2.5 0 0 1 4.85.85c0 1.65-2.45 2.1-2.45 3.75',
    'M12 17.2h.01',
  ],
  refresh: ['M20 12a8 8 0 1 1-2.34-5.66', 'M20 4.5v4.25h-4.25'],
  close: ['M6.5 6.5l11 11', 'M17.5 6.5l-11 11'],
  warning: ['M12 3.8 21.2 19.5H2.8L12 3.8Z', 'M12 10v4', 'M12 16.9h.01'],
  info: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18Z', 'M12 11v5.5', 'M12 7.6h.01'],
  key: [
    'M14.5 3.5a6 6 0 1 1-5.3 8.8L3.5 18v2.5H6V19h1.75v-1.75H9.5l1.6-1.6',
    'M16 7.25h.01',
  ],
  shield: ['M12 2.9 4.5 5.8v5.6c0 4.8 3.2 8.6 7.5 9.7 4.3-1.1 7.5-4.9 7.5-9.7V5.8L12 2.9Z'],
  shieldCheck: [
    'M12 2.9 4.5 5.8v5.6c0 4.8 3.2 8.6 7.5 9.7 4.3-1.1 7.5-4.9 7.5-9.7V5.8L12 2.9Z',
    'M8.75 12.1l2.3 2.3 4.2-4.5',
  ],
  logout: [
    'M14 4.5h3.75A1.75 1.75 0 0 1 19.5 6.25v11.5a1.75 1.75 0 0 1-1.75 1.75H14',
    'M10 8l-4 4 4 4',
    'M6 12h9',
  ],
  hand: [
    'M8 12.5V6.25a1.25 1.25 0 0 1 2.5 0V11',
    'M10.5 10.5V4.75a1.25 1.25 0 0 1 2.5 0v5.75',
    'M13 10.5V5.75a1.25 1.25 0 0 1 2.5 0v5.75',
    'M15.5 11V8.25a1.25 1.25 0 0 1 2.5 0V14a7 7 0 0 1-7 7h-.4a6 6 0 0 1-4.6-2.2l-2.7-3.3a1.3 1.3 0 0 1 1.9-1.8L8 16',
  ],
  clock: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18Z', 'M12 7.5V12l3 2'],
  plug: [
    'M9 3.5V7',
    'M15 3.5V7',
    'M6.5 7h11v3.5a5.5 5.5 0 0 1-11 0V7Z',
    'M12 16v4.5',
  ],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  plus: ['M12 5v14', 'M5 12h14'],
  send: ['M21 3 10.5 13.5', 'M21 3l-6.5 18-4-7.5L3 9.5 21 3Z'],
  download: ['M12 4v11', 'M7.5 10.5 12 15l4.5-4.5', 'M5 19.5h14'],
  settings: [
    'M12 9.25a2.75 2.75 0 1 0 0 5.5a2.75 2.75 0 1 0 0-5.5Z',
    'M19.4 13.5a7.6 7.6 0 0 0 0-3l2-1.55-2-3.45-2.4.95a7.5 7.5 0 0 0-2.6-1.5L14 2.5h-4l-.4 2.45a7.5 7.5 0 0 0-2.6 1.5l-2.4-.95-2 3.45 2 1.55a7.6 7.6 0 0 0 0 3l-2 1.55 2 3.45 2.4-.95a7.5 7.5 0 0 0 2.6 1.5l.4 2.45h4l.4-2.45a7.5 7.5 0 0 0 2.6-1.5l2.4.95 2-3.45-2-1.55Z',
  ],
  devices: [
    'M3.5 17.5V6.25A1.75 1.75 0 0 1 5.25 4.5h11.5a1.75 1.75 0 0 1 1.75 1.75V8',
    'M2 17.5h10.5',
    'M16 10.5h4a1.5 1.5 0 0 1 1.5 1.5v6.5a1.5 1.5 0 0 1-1.5 1.5h-4a1.5 1.5 0 0 1-1.5-1.5V12a1.5 1.5 0 0 1 1.5-1.5Z',
  ],
};

/** @typedef {keyof typeof PATHS} IconName */

/**
 * Icons whose direction carries meaning (the arrow leaving the door, the paper plane flying
 * forward). They get an `icon-<name>` class, and styles/base.css mirrors them under `dir="rtl"`.
 * Clocks, checkmarks, shields, devices and the circular refresh arrow read the same both ways.
 * @type {ReadonlySet<IconName>}
 */
const DIRECTIONAL = new Set(/** @type {IconName[]} */ (['logout', 'send']));

/**
 * @param {IconName} name
 * @param {{ class?: string, size?: number }} [options]
 */
export function icon(name, options = {}) {
  if (!DIRECTIONAL.has(name)) return svgIcon(PATHS[name], options);
  const classes = [`icon-${name}`, options.class].filter(Boolean).join(' ');
  return svgIcon(PATHS[name], { ...options, class: classes });
}

/**
 * The icon for a device: by kind, with a laptop for Mac notebooks.
 * @param {DeviceKind} kind
 * @param {string} model
 */
export function deviceIcon(kind, model) {
  if (kind === 'desktop' && /book/i.test(model)) return icon('laptop');
  return icon(kind);
}

/**
 * The circle's tint class, after the platform (Telegram colours its device avatars the same way).
 * @param {PlatformKind} platform
 * @param {DeviceKind} kind
 */
export function tintClass(platform, kind) {
  if (kind === 'web_browser') return 'tint-web';
  return `tint-${platform.replace('_', '-')}`;
}
