// @ts-check
// Connected websites, beside the devices: each website logged in with Telegram ("Log in
// with Telegram"), which can act as the person there until it is logged out.

import { h } from './dom.js';
import { language, t } from './i18n.js';
import { dotJoin } from './format.js';
import { icon } from './icons.js';

/** @typedef {import('./bindings/Website').Website} Website */
/** @typedef {import('./render.js').Pending} Pending */

/**
 * "Chrome 131 on Windows", or whichever of the two is known.
 * @param {Website} site
 */
export function browserLine(site) {
  const browser = site.browser.trim();
  const platform = site.platform.trim();
  if (browser && platform) return t('websites-browser-on-platform', { browser, platform });
  return browser || platform;
}

/**
 * The section: every website with its "Log out", and "Log out of all websites".
 * @param {Website[]} websites
 * @param {Pending | null} pending
 */
export function websitesSection(websites, pending) {
  const busy = pending !== null;
  const endingAll = pending?.kind === 'websites';
  return h(
    'section',
    { class: 'group', id: 'websites', 'aria-labelledby': 'websites-title' },
    h(
      'h2',
      { class: 'group-title', id: 'websites-title', tabindex: -1 },
      t('websites-title'),
      websites.length > 0 ? h('span', { class: 'group-count' }, new Intl.NumberFormat(language()).format(websites.length)) : null,
    ),
    websites.length === 0
      ? h('div', { class: 'card empty empty-compact', id: 'no-websites' }, h('p', { class: 'empty-text' }, t('websites-empty')))
      : h(
          'div',
          { class: 'card' },
          h('ul', { class: 'list' }, websites.map((site) => websiteRow(site, pending))),
          h(
            'button',
            {
              type: 'button',
              class: 'card-action',
              disabled: busy,
              dataset: { action: 'end-all-websites' },
            },
            endingAll ? h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }) : icon('logout'),
            h('span', null, endingAll ? t('websites-logging-out-all') : t('websites-log-out-all')),
          ),
        ),
    h('p', { class: 'group-caption' }, t('websites-caption')),
  );
}

/**
 * @param {Website} site
 * @param {Pending | null} pending
 */
function websiteRow(site, pending) {
  const ending = (pending?.kind === 'website' && pending.hash === site.hash) || pending?.kind === 'websites';
  const place = dotJoin([site.ip, site.region]);
  return h(
    'li',
    { class: 'session website', id: `website-${site.hash}`, dataset: { websiteHash: site.hash } },
    h('div', { class: 'avatar tint-web' }, icon('web_browser')),
    h(
      'div',
      { class: 'session-body' },
      h('div', { class: 'session-title' }, h('span', { class: 'session-name' }, site.domain)),
      site.bot ? h('div', { class: 'session-line' }, h('span', { class: 'session-app' }, site.bot)) : null,
      browserLine(site) ? h('div', { class: 'session-line session-line-muted' }, browserLine(site)) : null,
      place ? h('div', { class: 'session-line session-line-muted' }, place) : null,
      h('time', { class: 'session-since', datetime: site.date_created, dataset: { time: site.date_created, format: 'signed-in' } }),
    ),
    h(
      'div',
      { class: 'session-aside' },
      h('time', { class: 'session-time', datetime: site.date_active, dataset: { time: site.date_active, format: 'activity' } }),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-danger-quiet button-small',
          disabled: pending !== null,
          'aria-label': t('websites-log-out-of', { domain: site.domain }),
          dataset: { action: 'end-website', hash: site.hash },
        },
        ending ? [h('span', { class: 'spinner spinner-small spinner-danger', 'aria-hidden': 'true' }), t('websites-logging-out')] : t('websites-log-out'),
      ),
    ),
  );
}
