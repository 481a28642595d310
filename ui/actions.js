// @ts-check
// What the buttons do: each turns a click into requests to the agent, with a confirmation
// first where something is ended, and says how it went.

import { agentAsk, asErrorBody, forAccount } from './api.js';
import { confirmDialog } from './dialog.js';
import { appLine, deviceName, dotJoin, errorText, nameList, placeLine } from './format.js';
import { KIND_GROUPS } from './history.js';
import { t } from './i18n.js';
import { phoneStatus } from './phone.js';
import { emptyTwoStep, problemWith } from './two_step.js';
import { secureSteps } from './secure.js';
import { showToast } from './toast.js';

/** @typedef {import('./bindings/Request').Request} Request */
/** @typedef {import('./bindings/AccountRequest').AccountRequest} AccountRequest */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./bindings/HistoryFilter').HistoryFilter} HistoryFilter */
/** @typedef {import('./bindings/Settings').Settings} Settings */
/** @typedef {import('./render.js').View} View */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */

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
    const d = view.twoStep;
    if (view.pending || !d.mode) return;
    d.problem = problemWith(d);
    if (d.problem) {
      paint();
      return;
    }
    const email = d.email.trim() || null;
    /** @type {AccountRequest} */
    const request =
      d.mode === 'off'
        ? { type: 'change_password', current: d.current, new: null, hint: '', email: null }
        : d.mode === 'email'
          ? // Telegram sets a recovery email with the password: the same one again.
            { type: 'change_password', current: d.current, new: d.current, hint: '', email }
          : { type: 'change_password', current: d.mode === 'change' ? d.current : null, new: d.next, hint: d.hint.trim(), email };
    const done = {
      on: t('toast-two-step-on'),
      change: t('toast-two-step-changed'),
      off: t('toast-two-step-off'),
      email: t('toast-two-step-email'),
    }[d.mode];
    const worked = await onAccount({ kind: 'two_step' }, request, done);
    if (worked) view.twoStep = emptyTwoStep();
    else Object.assign(d, { current: '', next: '', repeat: '' });
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

  return {
    terminate: (session) => void confirmAndTerminate(session),
    terminateAlert: (_alert, session) =>
      void confirmAndTerminate(session, t('confirm-terminate-alert-note')),
    terminateOthers: (others, { onDeclined } = {}) =>
      void (async () => {
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
      })(),
    terminateMany: (sessions) => void terminateMany(sessions),
    dismissNotice: (id) => void run({ kind: 'account' }, { type: 'dismiss_notice', id }),
    retryKeyring: () => void run({ kind: 'account' }, { type: 'retry_keyring' }),
    endWebsite: (site) => void endWebsite(site),
    endAllWebsites: (sites) => void endAllWebsites(sites),
    secureAccount: (options) => void secureAccount(options),
    dismissSecureReport: () => void onAccount({ kind: 'account' }, { type: 'dismiss_secure_report' }),
    openTwoStep: (mode) => {
      view.twoStep = { ...emptyTwoStep(), mode };
      if (mode) view.page = 'checkup';
      paint();
      if (mode) window.setTimeout(() => document.querySelector('#two-step-form input')?.scrollIntoView({ block: 'center' }), 0);
    },
    saveTwoStep: () => void saveTwoStep(),
    resendRecoveryEmailCode: () => void onAccount({ kind: 'two_step' }, { type: 'resend_recovery_email_code' }, t('toast-recovery-code-resent')),
    cancelRecoveryEmail: () => void onAccount({ kind: 'two_step' }, { type: 'cancel_recovery_email' }, t('toast-recovery-cancelled')),
    confirmRecoveryEmail: () =>
      void onAccount({ kind: 'two_step' }, { type: 'confirm_recovery_email', code: view.twoStep.code.trim() }, t('toast-recovery-confirmed')).then(
        (worked) => {
          if (worked) view.twoStep.code = '';
          paint();
        },
      ),
    acknowledge: (alert) => void onAccount({ kind: 'acknowledge', alertId: alert.id }, { type: 'acknowledge', alert_id: alert.id }),
    retry: cx.retry,
    refresh: () => void onAccount({ kind: 'refresh' }, { type: 'refresh' }),
    startSignIn: () => void run({ kind: 'account' }, { type: 'start_sign_in' }),
    signOut: (id, label, demo) => void signOut(id, label, demo),
    selectAccount: (id) => {
      if (id === account()) return;
      void run({ kind: 'account' }, { type: 'select_account', account: id }).then(() => {
        if (view.page === 'history') void loadHistory(false);
      });
    },
    showPage: (page) => {
      const entering = view.page !== page;
      view.page = page;
      if (page === 'settings' && entering) view.settingsDrafts.countries = (view.state?.settings.rules.allowed_countries ?? []).join(', ');
      if (page === 'history' && entering) {
        view.history.session = null;
        void loadHistory(false);
      }
      paint();
      if (entering) window.scrollTo({ top: 0 });
    },
    expand: (hash) => {
      view.expanded = hash;
      paint();
    },
    setToggles: (session, secretChats, calls) =>
      void onAccount({ kind: 'session', hash: session.hash }, { type: 'set_session_toggles', hash: session.hash, secret_chats: secretChats, calls }),
    setTrusted: (session, trusted) =>
      void onAccount(
        { kind: 'session', hash: session.hash },
        { type: 'set_trusted', hash: session.hash, trusted },
        trusted ? t('toast-trusted', { device: deviceName(session) }) : t('toast-untrusted', { device: deviceName(session) }),
      ),
    setInactiveTtl: (days) => void onAccount({ kind: 'settings' }, { type: 'set_inactive_ttl', days }, t('toast-saved-with-telegram')),
    runCheckup: () => void onAccount({ kind: 'checkup' }, { type: 'checkup' }),
    updateSettings,
    setForwarding: (target) =>
      void run({ kind: 'forwarding' }, { type: 'set_forwarding', target }, target ? t('toast-forwarding-on') : t('toast-forwarding-off')).then((worked) => {
        if (worked && target) Object.assign(view.settingsDrafts, { forwardUrl: '', botToken: '', chatId: '' });
      }),
    sendTestAlert: () => void run({ kind: 'forwarding' }, { type: 'send_test_alert' }, t('toast-test-alert-delivered')),
    loadHistory: () => void loadHistory(false),
    loadOlderHistory: () => void loadHistory(true),
    openSessionHistory: (accountId, hash) => void openSessionHistory(accountId, hash),
    closeSessionHistory: () => {
      view.history.session = null;
      if (!view.history.loaded) void loadHistory(false);
      paint();
    },
    exportHistory: (format) => void exportHistory(format),
    signIn: signInActions(view, run, paint),
  };
}

/**
 * The sign-in screen's buttons.
 * @param {View} view
 * @param {Context['run']} run
 * @param {() => void} paint
 * @returns {import('./signin.js').SignInActions}
 */
function signInActions(view, run, paint) {
  /**
   * Sends one sign-in step; the agent answers with the next step or what went wrong.
   * @param {Request} request
   * @param {() => void} [after]  Forget what the step used, once it was answered.
   */
  const step = (request, after) =>
    void run({ kind: 'sign_in' }, request).then(() => {
      if (after) after();
      paint();
    });
  /**
   * The app credentials typed: the api_id as the number Telegram wants (0, refused by the
   * agent with a clear message, when it is not one); none typed, the agent uses the ones
   * built into this copy, or says what to enter.
   */
  const credentials = () => {
    const id = view.drafts.apiId.trim();
    const hash = view.drafts.apiHash.trim();
    if (!id && !hash) return { api_id: null, api_hash: null };
    return { api_id: /^\d{1,9}$/.test(id) ? Number(id) : 0, api_hash: hash };
  };
  return {
    sendCode: () => {
      // What the phone field already says is wrong is not sent (an unusual number still is:
      // Telegram has the last word); a number it understood goes as +CC… (E.164).
      const phone = phoneStatus(view.drafts.phone, view.drafts.country ?? '');
      if (phone.tone === 'error') {
        document.getElementById('field-phone')?.focus();
        return;
      }
      step({ type: 'send_code', ...credentials(), phone: phone.e164 ?? view.drafts.phone.trim() });
    },
    startQr: () => step({ type: 'start_qr_login', ...credentials() }),
    resendCode: () => step({ type: 'resend_code' }),
    submitCode: () => step({ type: 'submit_code', code: view.drafts.code.trim() }, () => (view.drafts.code = '')),
    submitPassword: () => step({ type: 'submit_password', password: view.drafts.password }, () => (view.drafts.password = '')),
    cancelSignIn: () => step({ type: 'cancel_sign_in' }, () => Object.assign(view.drafts, { code: '', password: '' })),
    useDemo: () => void run({ kind: 'sign_in' }, { type: 'use_demo' }),
  };
}
