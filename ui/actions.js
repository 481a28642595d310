// @ts-check
// What the buttons do: each `data-action` turns a click (a change, a form sent) into
// requests to the agent, with a confirmation first where something is ended, and says how
// it went.

import { agentAsk, asErrorBody, forAccount } from './api.js';
import { checkSessions, checkWebsites } from './checkup.js';
import { otherSessions } from './devices.js';
import { confirmDialog } from './dialog.js';
import { fieldValue } from './dom.js';
import { appLine, deviceName, dotJoin, errorText, nameList, placeLine } from './format.js';
import { KIND_GROUPS } from './history.js';
import { t } from './i18n.js';
import { phoneStatus, pickCountry, typePhone } from './phone.js';
import { emptyTwoStep, forgetPasswords, problemWith, strength, typed } from './two_step.js';
import { secureSteps } from './secure.js';
import { showToast } from './toast.js';

/** @typedef {import('./bindings/Request').Request} Request */
/** @typedef {import('./bindings/AccountRequest').AccountRequest} AccountRequest */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./bindings/HistoryFilter').HistoryFilter} HistoryFilter */
/** @typedef {import('./bindings/Settings').Settings} Settings */
/** @typedef {import('./render.js').View} View */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').HistoryView} HistoryView */

/**
 * What each `data-action` does, by the event that carries it: a button's click, a switch's
 * or a select's change, typing in a field that answers as it is typed, a form sent by its
 * submit button. The handler gets the element with the `data-action` (its other `data-*`
 * say what about).
 * @typedef {Record<'click' | 'change' | 'input' | 'submit', Record<string, (element: HTMLElement) => void>>} Handlers
 */

/**
 * @typedef {object} Actions
 * @property {Handlers} handlers
 * @property {(options: { onDeclined: () => void }) => void} terminateOthers  Asked from the tray.
 * @property {(options: { onDeclined: () => void }) => void} secureAccount    Asked from the tray or a notification.
 */

/** Entries per page of the History page. */
const HISTORY_PAGE = 50;

/**
 * @typedef {object} Context
 * @property {View} view
 * @property {() => void} paint
 * @property {(pending: Pending, request: Request, done?: string) => Promise<boolean>} run
 * @property {(hash: string) => void} onConfirmStart  A dialog about this session opened.
 * @property {() => void} onConfirmEnd
 * @property {() => void} retry  Connect to the agent again (starting it if need be).
 */

/**
 * @param {Context} cx
 * @returns {Actions}
 */
export function makeActions(cx) {
  const { view, paint, run } = cx;
  const account = () => view.state?.account?.id ?? '';
  /**
   * @param {Pending} pending
   * @param {AccountRequest} action
   * @param {string} [done]
   */
  const onAccount = (pending, action, done) => run(pending, forAccount(account(), action), done);

  /**
   * @param {SessionView} session
   * @param {string} [why]  Extra words for the dialog.
   */
  async function confirmAndTerminate(session, why) {
    if (view.pending) return;
    const name = deviceName(session);
    const details = dotJoin([appLine(session), placeLine(session)]);
    cx.onConfirmStart(session.hash);
    const confirmed = await confirmDialog({
      title: t('confirm-terminate-title'),
      message: details ? t('confirm-terminate-message-details', { device: name, details }) : t('confirm-terminate-message', { device: name }),
      note: why ?? t('confirm-terminate-note'),
      confirmLabel: t('confirm-terminate-button'),
    });
    cx.onConfirmEnd();
    if (!confirmed) return;
    if (!view.state?.sessions.some((s) => s.hash === session.hash)) {
      showToast(t('toast-session-already-gone', { device: name }), 'success');
      return;
    }
    await onAccount({ kind: 'terminate', hash: session.hash }, { type: 'terminate', hash: session.hash }, t('toast-session-logged-out', { device: name }));
  }

  /** @param {SessionView[]} sessions */
  async function terminateMany(sessions) {
    if (view.pending || sessions.length === 0) return;
    const names = sessions.map(deviceName);
    const confirmed = await confirmDialog({
      title: t('confirm-terminate-many-title', { count: sessions.length }),
      message: t('confirm-terminate-many-message', { devices: nameList(names) }),
      note: t('confirm-terminate-devices-note'),
      confirmLabel: t('confirm-terminate-button'),
    });
    if (!confirmed) return;
    let ended = 0;
    for (const session of sessions) {
      if (await onAccount({ kind: 'terminate', hash: session.hash }, { type: 'terminate', hash: session.hash })) ended += 1;
    }
    if (ended > 0) showToast(t('toast-sessions-logged-out', { count: ended, device: names[0] }), 'success');
  }

  /** @param {import('./bindings/Website').Website} site */
  async function endWebsite(site) {
    if (view.pending) return;
    const confirmed = await confirmDialog({
      title: t('confirm-website-title', { domain: site.domain }),
      message: site.bot
        ? t('confirm-website-message-bot', { domain: site.domain, bot: site.bot })
        : t('confirm-website-message', { domain: site.domain }),
      note: t('confirm-website-note'),
      confirmLabel: t('confirm-website-button'),
    });
    if (!confirmed) return;
    await onAccount({ kind: 'website', hash: site.hash }, { type: 'end_website', hash: site.hash }, t('toast-website-logged-out', { domain: site.domain }));
  }

  /** @param {import('./bindings/Website').Website[]} sites */
  async function endAllWebsites(sites) {
    if (view.pending || sites.length === 0) return;
    const count = sites.length;
    const confirmed = await confirmDialog({
      title: t('confirm-websites-title'),
      message: t('confirm-websites-message', { count, websites: nameList(sites.map((s) => s.domain)) }),
      note: t('confirm-websites-note'),
      confirmLabel: t('confirm-websites-button'),
    });
    if (!confirmed) return;
    await onAccount({ kind: 'websites' }, { type: 'end_all_websites' }, t('toast-websites-logged-out', { count }));
  }

  /** @param {{ onDeclined?: () => void }} [options] */
  async function secureAccount({ onDeclined } = {}) {
    const state = view.state;
    if (view.pending || !state) {
      onDeclined?.();
      return;
    }
    const steps = secureSteps(state, new Date());
    const confirmed = await confirmDialog({
      title: t('confirm-secure-title'),
      message: t('confirm-secure-message'),
      steps,
      note: t('confirm-secure-note'),
      confirmLabel: t('confirm-secure-button'),
    });
    if (!confirmed) {
      onDeclined?.();
      return;
    }
    await onAccount({ kind: 'secure' }, { type: 'secure_account' });
  }

  /** Sends the 2-step form once what was typed makes sense; forgets the passwords when answered. */
  async function saveTwoStep() {
    const form = view.twoStep;
    const mode = form.mode;
    if (view.pending || !mode) return;
    const d = typed();
    form.problem = problemWith(mode, d);
    if (form.problem) {
      paint();
      return;
    }
    const email = d.email.trim() || null;
    /** @type {AccountRequest} */
    const request =
      mode === 'off'
        ? { type: 'change_password', current: d.current, new: null, hint: '', email: null }
        : mode === 'email'
          ? // Telegram sets a recovery email with the password: the same one again.
            { type: 'change_password', current: d.current, new: d.current, hint: '', email }
          : { type: 'change_password', current: mode === 'change' ? d.current : null, new: d.next, hint: d.hint.trim(), email };
    const done = {
      on: t('toast-two-step-on'),
      change: t('toast-two-step-changed'),
      off: t('toast-two-step-off'),
      email: t('toast-two-step-email'),
    }[mode];
    const worked = await onAccount({ kind: 'two_step' }, request, done);
    forgetPasswords();
    view.twoStep = worked ? emptyTwoStep() : { ...form, score: null };
    paint();
  }

  /** The History page's filter as the agent reads it. */
  function historyFilter() {
    const h = view.history;
    /** @param {string} day  yyyy-mm-dd, local time */
    const startOf = (day) => {
      const date = new Date(`${day}T00:00:00`);
      return Number.isNaN(date.getTime()) ? null : date;
    };
    const since = h.since ? startOf(h.since) : null;
    const untilDay = h.until ? startOf(h.until) : null;
    const until = untilDay ? new Date(untilDay.getTime() + 86_400_000) : null;
    /** @type {HistoryFilter} */
    const filter = {
      account: h.accounts === 'all' ? null : account(),
      kinds: KIND_GROUPS[h.kinds],
      device: h.device.trim() || null,
      since: since ? since.toISOString() : null,
      until: until ? until.toISOString() : null,
      before: null,
      limit: HISTORY_PAGE,
    };
    return filter;
  }

  /** @param {boolean} older  The next page (else from the newest). */
  async function loadHistory(older) {
    const history = view.history;
    history.loading = true;
    history.error = null;
    paint();
    const filter = historyFilter();
    if (older) filter.before = history.entries[history.entries.length - 1]?.id ?? null;
    try {
      const answer = await agentAsk({ type: 'history', filter });
      if (answer.type !== 'history') throw { code: 'protocol', message: t('action-unexpected-answer') };
      history.entries = older ? [...history.entries, ...answer.entries] : answer.entries;
      history.more = answer.more;
      history.loaded = true;
    } catch (thrown) {
      history.error = errorText(asErrorBody(thrown), new Date());
      history.loaded = true;
    } finally {
      history.loading = false;
      paint();
    }
  }

  /**
   * @param {string} accountId  Empty: the account shown.
   * @param {string} hash
   */
  async function openSessionHistory(accountId, hash) {
    const owner = accountId || account();
    view.page = 'history';
    view.history.session = { account: owner, hash, record: null, entries: [] };
    paint();
    try {
      const answer = await agentAsk({ type: 'session_history', account: owner, hash });
      if (answer.type !== 'session_history') throw { code: 'protocol', message: t('action-unexpected-answer') };
      if (view.history.session?.hash === hash) view.history.session = { account: owner, hash, record: answer.session, entries: answer.entries };
    } catch (thrown) {
      view.history.session = null;
      showToast(errorText(asErrorBody(thrown), new Date()));
    }
    paint();
  }

  /** @param {import('./bindings/ExportFormat').ExportFormat} format */
  async function exportHistory(format) {
    if (view.pending) return;
    const dialog = window.__TAURI__?.dialog;
    if (!dialog) {
      showToast(t('toast-export-needs-app'));
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    let path;
    try {
      path = await dialog.save({
        title: t('action-export-title'),
        defaultPath: `sessionguard-history-${day}.${format}`,
        filters: [{ name: format === 'csv' ? t('action-export-csv') : 'JSON', extensions: [format] }],
      });
    } catch (thrown) {
      showToast(errorText(asErrorBody(thrown), new Date()));
      return;
    }
    if (!path) return;
    view.pending = { kind: 'export' };
    paint();
    try {
      const answer = await agentAsk({ type: 'export_history', filter: { ...historyFilter(), limit: null }, format, path });
      if (answer.type === 'exported') showToast(t('toast-exported', { count: answer.entries, path: answer.path }), 'success');
    } catch (thrown) {
      showToast(errorText(asErrorBody(thrown), new Date()));
    } finally {
      view.pending = null;
      paint();
    }
  }

  /** @param {(settings: Settings) => void} change */
  function updateSettings(change) {
    const current = view.state?.settings;
    if (!current) return;
    const settings = structuredClone(current);
    change(settings);
    void run({ kind: 'settings' }, { type: 'update_settings', settings });
  }

  /**
   * @param {string} id
   * @param {string} label
   * @param {boolean} demo
   */
  async function signOut(id, label, demo) {
    if (view.pending) return;
    if (!demo) {
      const confirmed = await confirmDialog({
        title: t('confirm-sign-out-title', { account: label }),
        message: t('confirm-sign-out-message'),
        note: t('confirm-sign-out-note'),
        confirmLabel: t('confirm-sign-out-button'),
      });
      if (!confirmed) return;
    }
    await run({ kind: 'account' }, forAccount(id, { type: 'sign_out' }), demo ? t('toast-demo-closed') : t('toast-signed-out'));
  }

  const signIn = signInHandlers(view, run, paint);
  /** @param {HTMLElement} element  A switch: whether it is on now. */
  const on = (element) => element instanceof HTMLInputElement && element.checked;
  /** @param {HTMLElement} element */
  const value = (element) => (element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : '');
  /** @param {HTMLElement} element  The session it is about (`data-hash`), if it is still listed. */
  const sessionOf = (element) => view.state?.sessions.find((s) => s.hash === element.dataset.hash);
  /** @param {HTMLElement} element  The check whose row it is in. */
  const checkOf = (element) => {
    const kind = element.closest('[data-check]')?.getAttribute('data-check');
    return view.state?.checkup?.checks.find((c) => c.kind === kind);
  };
  /** @param {import('./two_step.js').TwoStepForm['mode']} mode */
  const openTwoStep = (mode) => {
    view.twoStep = { ...emptyTwoStep(), mode };
    if (mode) view.page = 'checkup';
    paint();
    if (mode) document.querySelector('#two-step-form input')?.scrollIntoView({ block: 'center' });
  };
  /** @type {Handlers} */
  const handlers = {
    click: {
      terminate: (e) => {
        const session = sessionOf(e);
        if (session) void confirmAndTerminate(session);
      },
      'terminate-alert': (e) => {
        const session = sessionOf(e);
        if (session) void confirmAndTerminate(session, t('confirm-terminate-alert-note'));
      },
      'terminate-others': () => terminateOthers({}),
      'fix-terminate': (e) => {
        const check = checkOf(e);
        if (check && view.state) void terminateMany(checkSessions(check, view.state));
      },
      'dismiss-notice': (e) => void run({ kind: 'account' }, { type: 'dismiss_notice', id: Number(e.dataset.id) }),
      'retry-keyring': () => void run({ kind: 'account' }, { type: 'retry_keyring' }),
      'end-website': (e) => {
        const site = view.state?.websites.find((w) => w.hash === e.dataset.hash);
        if (site) void endWebsite(site);
      },
      'end-all-websites': () => void endAllWebsites(view.state?.websites ?? []),
      'fix-websites': (e) => {
        const check = checkOf(e);
        if (check && view.state) void endAllWebsites(checkWebsites(check, view.state));
      },
      'secure-account': () => void secureAccount(),
      'dismiss-secure-report': () => void onAccount({ kind: 'account' }, { type: 'dismiss_secure_report' }),
      'two-step-on': () => openTwoStep('on'),
      'two-step-change': () => openTwoStep('change'),
      'two-step-off': () => openTwoStep('off'),
      'two-step-email': () => openTwoStep('email'),
      'two-step-cancel': () => openTwoStep(null),
      'two-step-save': () => void saveTwoStep(),
      'resend-email': () => void onAccount({ kind: 'two_step' }, { type: 'resend_recovery_email_code' }, t('toast-recovery-code-resent')),
      'cancel-email': () => void onAccount({ kind: 'two_step' }, { type: 'cancel_recovery_email' }, t('toast-recovery-cancelled')),
      'confirm-email': () =>
        void onAccount({ kind: 'two_step' }, { type: 'confirm_recovery_email', code: fieldValue('two-step-code').trim() }, t('toast-recovery-confirmed')),
      acknowledge: (e) => {
        const id = Number(e.dataset.id);
        void onAccount({ kind: 'acknowledge', alertId: id }, { type: 'acknowledge', alert_id: id });
      },
      retry: cx.retry,
      refresh: () => void onAccount({ kind: 'refresh' }, { type: 'refresh' }),
      'refresh-now': () => void onAccount({ kind: 'refresh' }, { type: 'refresh' }),
      'start-sign-in': () => void run({ kind: 'account' }, { type: 'start_sign_in' }),
      'add-account': () => void run({ kind: 'account' }, { type: 'start_sign_in' }),
      'sign-out': (e) => {
        const tab = view.state?.accounts.find((a) => a.id === e.dataset.account);
        if (tab) void signOut(tab.id, tab.label, tab.demo);
      },
      'select-account': (e) => {
        const id = e.dataset.account;
        if (!id || id === account()) return;
        void run({ kind: 'account' }, { type: 'select_account', account: id }).then(() => {
          if (view.page === 'history') void loadHistory(false);
        });
      },
      'show-page': (e) => {
        const page = /** @type {import('./render.js').Page} */ (e.dataset.page);
        const entering = view.page !== page;
        view.page = page;
        if (page === 'history' && entering) {
          view.history.session = null;
          void loadHistory(false);
        }
        paint();
        if (entering) window.scrollTo({ top: 0 });
      },
      details: (e) => {
        view.expanded = view.expanded === e.dataset.hash ? null : (e.dataset.hash ?? null);
        paint();
      },
      'session-history': (e) => void openSessionHistory('', e.dataset.hash ?? ''),
      'open-session': (e) => void openSessionHistory(e.dataset.account ?? '', e.dataset.hash ?? ''),
      'close-session': () => {
        view.history.session = null;
        if (!view.history.loaded) void loadHistory(false);
        paint();
      },
      'load-older': () => void loadHistory(true),
      export: (e) => void exportHistory(e.dataset.format === 'csv' ? 'csv' : 'json'),
      'run-checkup': () => void onAccount({ kind: 'checkup' }, { type: 'checkup' }),
      'fix-ttl': (e) => setInactiveTtl(Number(e.dataset.days)),
      untrust: (e) => updateSettings((s) => s.rules.trusted.splice(Number(e.dataset.index), 1)),
      'send-test-alert': () => void run({ kind: 'forwarding' }, { type: 'send_test_alert' }, t('toast-test-alert-delivered')),
      'stop-forwarding': () => void run({ kind: 'forwarding' }, { type: 'set_forwarding', target: null }, t('toast-forwarding-off')),
      ...signIn.click,
    },
    change: {
      'toggle-secret-chats': (e) => {
        const session = sessionOf(e);
        if (session) void onAccount({ kind: 'session', hash: session.hash }, { type: 'set_session_toggles', hash: session.hash, secret_chats: on(e), calls: null });
      },
      'toggle-calls': (e) => {
        const session = sessionOf(e);
        if (session) void onAccount({ kind: 'session', hash: session.hash }, { type: 'set_session_toggles', hash: session.hash, secret_chats: null, calls: on(e) });
      },
      'toggle-trusted': (e) => {
        const session = sessionOf(e);
        if (!session) return;
        const trusted = on(e);
        const device = deviceName(session);
        const done = trusted ? t('toast-trusted', { device }) : t('toast-untrusted', { device });
        void onAccount({ kind: 'session', hash: session.hash }, { type: 'set_trusted', hash: session.hash, trusted }, done);
      },
      'alert-switch': (e) => {
        const key = /** @type {keyof Settings['alerts']} */ (e.dataset.key);
        updateSettings((s) => (s.alerts[key] = on(e)));
      },
      autostart: (e) => updateSettings((s) => (s.autostart = on(e))),
      'rule-lockdown': (e) => updateSettings((s) => (s.rules.lockdown = on(e))),
      'rule-unofficial': (e) => updateSettings((s) => (s.rules.block_unofficial_apps = on(e))),
      'set-language': (e) => {
        const language = value(e) || null;
        updateSettings((s) => (s.language = language));
      },
      'set-ttl': (e) => setInactiveTtl(Number(value(e))),
      'forward-kind': (e) => {
        const kind = value(e);
        view.forwarding.kind = kind === 'ntfy' || kind === 'telegram_bot' ? kind : 'webhook';
        paint();
      },
      'toggle-hide-ips': (e) => (view.forwarding.hideIps = on(e)),
      'filter-history': (e) => {
        const h = view.history;
        const key = e.dataset.key;
        if (key === 'kinds') h.kinds = /** @type {HistoryView['kinds']} */ (value(e));
        else if (key === 'accounts') h.accounts = value(e) === 'all' ? 'all' : 'this';
        else if (key === 'device' || key === 'since' || key === 'until') h[key] = value(e);
        void loadHistory(false);
      },
      ...signIn.change,
    },
    input: {
      'password-strength': (e) => {
        view.twoStep.score = strength(value(e));
        paint();
      },
      ...signIn.input,
    },
    submit: {
      'save-countries': () => {
        // The Latin comma, or the Arabic script's (what Persian and Arabic keyboards type).
        const countries = fieldValue('field-countries')
          .split(/[,،]/)
          .map((c) => c.trim())
          .filter((c) => c !== '');
        updateSettings((s) => (s.rules.allowed_countries = countries));
      },
      'save-forwarding': (button) => {
        const kind = view.forwarding.kind;
        /** @type {import('./bindings/ForwardTargetInput').ForwardTargetInput} */
        const target =
          kind === 'telegram_bot'
            ? { kind, token: fieldValue('field-botToken').trim(), chat_id: fieldValue('field-chatId').trim() }
            : kind === 'ntfy'
              ? { kind, topic_url: fieldValue('field-forwardUrl').trim(), hide_ips: view.forwarding.hideIps }
              : { kind, url: fieldValue('field-forwardUrl').trim() };
        void run({ kind: 'forwarding' }, { type: 'set_forwarding', target }, t('toast-forwarding-on')).then((worked) => {
          if (worked && button instanceof HTMLButtonElement) button.form?.reset();
        });
      },
      ...signIn.submit,
    },
  };

  /** @param {number} days */
  function setInactiveTtl(days) {
    void onAccount({ kind: 'settings' }, { type: 'set_inactive_ttl', days }, t('toast-saved-with-telegram'));
  }

  /** @param {{ onDeclined?: () => void }} options */
  function terminateOthers({ onDeclined }) {
    void (async () => {
      const others = view.state ? otherSessions(view.state) : [];
      if (view.pending || others.length === 0) {
        onDeclined?.();
        return;
      }
      const names = others.map(deviceName);
      const count = others.length;
      const confirmed = await confirmDialog({
        title: t('confirm-terminate-others-title'),
        message: t('confirm-terminate-others-message', { count, devices: nameList(names) }),
        note: t('confirm-terminate-devices-note'),
        confirmLabel: t('confirm-terminate-others-button', { count }),
      });
      if (!confirmed) {
        onDeclined?.();
        return;
      }
      await onAccount({ kind: 'terminate_others' }, { type: 'terminate_others' }, t('toast-others-logged-out', { count, device: names[0] }));
    })();
  }

  return { handlers, terminateOthers, secureAccount: (options) => void secureAccount(options) };
}

/**
 * The sign-in screen's buttons and fields.
 * @param {View} view
 * @param {Context['run']} run
 * @param {() => void} paint
 * @returns {Pick<Handlers, 'click' | 'change' | 'input' | 'submit'>}
 */
function signInHandlers(view, run, paint) {
  /**
   * Sends one sign-in step; the agent answers with the next step or what went wrong.
   * @param {Request} request
   * @param {HTMLElement} [button]  Its form is emptied once the step was answered (a code, a password).
   */
  const step = (request, button) =>
    void run({ kind: 'sign_in' }, request).then(() => {
      if (button instanceof HTMLButtonElement) button.form?.reset();
      paint();
    });
  /**
   * The app credentials typed: the api_id as the number Telegram wants (0, refused by the
   * agent with a clear message, when it is not one); none typed, the agent uses the ones
   * built into this copy, or says what to enter.
   */
  const credentials = () => {
    const id = fieldValue('field-apiId').trim();
    const hash = fieldValue('field-apiHash').trim();
    if (!id && !hash) return { api_id: null, api_hash: null };
    return { api_id: /^\d{1,9}$/.test(id) ? Number(id) : 0, api_hash: hash };
  };
  return {
    click: {
      'start-qr': () => step({ type: 'start_qr_login', ...credentials() }),
      'resend-code': () => step({ type: 'resend_code' }),
      'cancel-sign-in': () => step({ type: 'cancel_sign_in' }),
      'use-demo': () => void run({ kind: 'sign_in' }, { type: 'use_demo' }),
    },
    change: {
      'pick-country': (e) => {
        if (e instanceof HTMLSelectElement) pickCountry(view.phone, e.value);
        paint();
      },
    },
    input: {
      'type-phone': (e) => {
        if (e instanceof HTMLInputElement) typePhone(view.phone, e);
        paint();
      },
    },
    submit: {
      'send-code': () => {
        // What the phone field already says is wrong is not sent (an unusual number still is:
        // Telegram has the last word); a number it understood goes as +CC… (E.164).
        const phone = phoneStatus(view.phone.number, view.phone.country ?? '');
        if (phone.tone === 'error') {
          document.getElementById('field-phone')?.focus();
          return;
        }
        step({ type: 'send_code', ...credentials(), phone: phone.e164 ?? view.phone.number.trim() });
      },
      'submit-code': (button) => step({ type: 'submit_code', code: fieldValue('field-code').trim() }, button),
      'submit-password': (button) => step({ type: 'submit_password', password: fieldValue('field-password') }, button),
    },
  };
}
