// @ts-check
// SessionGuard's window: asks the agent for its state, listens for changes, and turns the
// person's clicks into requests. Everything on screen comes from `render(view)`.

import { agentRequest, asErrorBody, hasBridge, onAgentConnection, onAgentEvent } from './api.js';
import { cancelDialog, confirmDialog } from './dialog.js';
import { alertWords, appLine, countdown, deviceName, dotJoin, nameList, parseDate, placeLine } from './format.js';
import { refreshTimes, render } from './render.js';
import { emptyDrafts } from './signin.js';
import { showToast } from './toast.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/AgentEvent').AgentEvent} AgentEvent */
/** @typedef {import('./bindings/AlertView').AlertView} AlertView */
/** @typedef {import('./bindings/SessionView').SessionView} SessionView */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */
/** @typedef {import('./bindings/Request').Request} Request */
/** @typedef {import('./bindings/ConnectionStatus').ConnectionStatus} ConnectionStatus */
/** @typedef {import('./render.js').View} View */
/** @typedef {import('./render.js').Pending} Pending */
/** @typedef {import('./render.js').Actions} Actions */

/** Relative times are rewritten this often, without asking the agent. */
const TICK_MS = 30_000;
/** Countdowns in seconds (the code's resend, the QR code's expiry) tick this often. */
const FAST_TICK_MS = 1_000;
/** setTimeout's longest delay. */
const MAX_TIMEOUT_MS = 2_147_483_647;

const appRoot = document.getElementById('app');
if (!appRoot) throw new Error('index.html has no #app element');
/** @type {HTMLElement} */
const root = appRoot;

/** @type {View} */
const view = { phase: 'loading', state: null, problem: null, pending: null, drafts: emptyDrafts() };

/** The focus key of the last focused control, to put focus back after a repaint. */
/** @type {string | undefined} */
let lastFocusKey;
/** Which row's Terminate button had focus (its place in the list), or -1. */
let lastRowIndex = -1;
let sessionsMarked = false;
/** @type {number | undefined} */
let unlockTimer;
/** Alerts already announced to screen readers. */
const announced = new Set();
/** The session the open confirmation dialog is about (closed if it disappears). */
/** @type {string | null} */
let confirmingHash = null;

const announcer = document.createElement('div');
announcer.className = 'visually-hidden';
announcer.setAttribute('aria-live', 'assertive');
announcer.setAttribute('aria-atomic', 'true');
document.body.appendChild(announcer);

// ---------------------------------------------------------------------------------------------
// Painting

function paint() {
  const active = document.activeElement;
  const focusWasInApp = active === null || active === document.body || root.contains(active);
  const result = render(root, view, actions, new Date());

  if (focusWasInApp && lastFocusKey) {
    const target = root.querySelector(`[data-focus-key="${CSS.escape(lastFocusKey)}"]`);
    if (target instanceof HTMLElement && !(target instanceof HTMLButtonElement && target.disabled)) {
      target.focus({ preventScroll: true });
    } else if (!target && view.pending === null) {
      // What had focus is gone (a session that was just ended): go on to the next row's
      // button, or else to the list's heading.
      lastFocusKey = undefined;
      const rows = [...root.querySelectorAll('[data-action="terminate"]:not(:disabled)')];
      let fallback = lastRowIndex >= 0 ? rows[Math.min(lastRowIndex, rows.length - 1)] : undefined;
      fallback ??= root.querySelector('#others-title, #this-device-title, [data-action="retry"]') ?? undefined;
      if (fallback instanceof HTMLElement) fallback.focus({ preventScroll: true });
    }
  }

  document.body.dataset.phase = view.phase;
  if (result.painted) document.body.dataset.painted = 'true';
  if (result.sessionsPainted && !sessionsMarked) {
    sessionsMarked = true;
    performance.mark('sessions-painted');
  }

  window.clearTimeout(unlockTimer);
  if (result.unlocksAt) {
    const wait = Math.min(result.unlocksAt.getTime() - Date.now() + 500, MAX_TIMEOUT_MS);
    unlockTimer = window.setTimeout(paint, Math.max(wait, 1_000));
  }
}

root.addEventListener('focusin', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.dataset.focusKey) return;
  lastFocusKey = target.dataset.focusKey;
  lastRowIndex = target.dataset.action === 'terminate' ? [...root.querySelectorAll('[data-action="terminate"]')].indexOf(target) : -1;
});

let lastSlowTick = Date.now();

/** Rewrites the times on screen: every second while a countdown in seconds shows, else every 30 s. */
function tick() {
  const fast = root.querySelector('[data-format="resend"], [data-format="qr-expiry"]') !== null;
  if (!fast && Date.now() - lastSlowTick < TICK_MS) return;
  lastSlowTick = Date.now();
  refreshTimes(root, new Date());
}

// ---------------------------------------------------------------------------------------------
// State from the agent

/** @param {AgentState} state */
function applyState(state) {
  view.state = state;
  // Signed in (or on the demo): nothing typed on the sign-in screen is kept.
  if (state.account) view.drafts = emptyDrafts();
  view.phase = 'ready';
  view.problem = null;
  announceAlerts(state.alerts);
  if (confirmingHash && !state.sessions.some((s) => s.hash === confirmingHash)) cancelDialog();
}

/** @param {AlertView[]} alerts */
function announceAlerts(alerts) {
  const fresh = alerts.filter((a) => !announced.has(a.id));
  for (const alert of fresh) announced.add(alert.id);
  if (fresh.length > 0) announcer.textContent = fresh.map((a) => alertWords(a).title).join('. ');
}

/** @param {ErrorBody} error */
function describeError(error) {
  const retryAt = parseDate(error.retry_at);
  if (retryAt && retryAt.getTime() > Date.now()) {
    return `${error.message} (try again in ${countdown(retryAt, new Date())})`;
  }
  return error.message;
}

/**
 * Sends a request for a button; the buttons stay disabled until it is answered.
 * @param {Pending} pending
 * @param {Request} request
 * @param {string} [done]  A confirmation to show when it worked.
 */
async function run(pending, request, done) {
  if (view.pending) return;
  view.pending = pending;
  paint();
  try {
    applyState(await agentRequest(request));
    if (done) showToast(done, 'success');
  } catch (thrown) {
    const error = asErrorBody(thrown);
    if (error.code === 'agent_unreachable') {
      view.phase = 'unreachable';
      view.problem = error.message;
    } else {
      showToast(describeError(error));
    }
  } finally {
    view.pending = null;
    paint();
  }
}

/**
 * Subscribes and takes the state it answers with: at start (`retry` false) and from Retry.
 * @param {boolean} retry
 */
async function connect(retry) {
  if (retry) {
    if (view.pending) return;
    view.pending = { kind: 'retry' };
    paint();
  }
  try {
    applyState(await agentRequest({ type: 'subscribe' }));
  } catch (thrown) {
    const error = asErrorBody(thrown);
    // A state event may have arrived meanwhile: keep showing it unless the agent is gone.
    if (error.code === 'agent_unreachable') {
      view.phase = 'unreachable';
      view.problem = error.message;
    } else if (view.phase !== 'ready') {
      view.phase = 'error';
      view.problem = error.message;
    } else {
      showToast(describeError(error));
    }
  } finally {
    if (retry) view.pending = null;
    paint();
  }
}

/** @param {AgentEvent} event */
function handleEvent(event) {
  switch (event.type) {
    case 'state':
      applyState(event.state);
      paint();
      break;
    case 'alert': {
      const state = view.state;
      if (state && !state.alerts.some((a) => a.id === event.alert.id)) {
        view.state = { ...state, alerts: [...state.alerts, event.alert] };
        announceAlerts([event.alert]);
        paint();
      }
      break;
    }
    case 'focus':
      // The app already raised the window; bring the newest alert into view.
      window.scrollTo({ top: 0 });
      {
        const banner = root.querySelector('[data-alert-id]');
        if (banner instanceof HTMLElement) banner.focus({ preventScroll: true });
      }
      break;
  }
}

/** @param {ConnectionStatus} status */
function handleConnection(status) {
  if (!status.connected) {
    cancelDialog();
    view.phase = 'unreachable';
    view.problem = status.message;
    paint();
    return;
  }
  // Back again: take the agent's current state (the app subscribed this connection already).
  if (view.phase !== 'ready' && view.pending?.kind !== 'retry') {
    agentRequest({ type: 'get_state' })
      .then((state) => {
        applyState(state);
        paint();
      })
      .catch((thrown) => {
        const error = asErrorBody(thrown);
        view.phase = error.code === 'agent_unreachable' ? 'unreachable' : 'error';
        view.problem = error.message;
        paint();
      });
  }
}

// ---------------------------------------------------------------------------------------------
// What the buttons do

/** @param {SessionView} session */
function sessionDetails(session) {
  return dotJoin([appLine(session), placeLine(session)]);
}

/**
 * @param {SessionView} session
 * @param {string} [why]  Extra words for the dialog.
 */
async function confirmAndTerminate(session, why) {
  if (view.pending) return;
  const name = deviceName(session);
  const details = sessionDetails(session);
  confirmingHash = session.hash;
  const confirmed = await confirmDialog({
    title: 'Terminate this session?',
    message: `${name}${details ? ` (${details})` : ''} will be logged out of your Telegram account.`,
    note: why ?? 'Whoever uses that device will need your login code, and your password if you set one, to log in again.',
    confirmLabel: 'Terminate',
  });
  confirmingHash = null;
  if (!confirmed) return;
  if (!view.state?.sessions.some((s) => s.hash === session.hash)) {
    showToast(`${name} is no longer logged in.`, 'success');
    return;
  }
  await run({ kind: 'terminate', hash: session.hash }, { type: 'terminate', hash: session.hash }, `${name} was logged out.`);
}

/**
 * Sends one sign-in step; the agent answers with the next step or what went wrong.
 * @param {Request} request
 * @param {() => void} [after]  Forget what the step used, once it was answered.
 */
function signInStep(request, after) {
  void run({ kind: 'sign_in' }, request).then(() => {
    if (after) after();
    paint();
  });
}

/** @type {Actions['signIn']} */
const signInActions = {
  sendCode: () => {
    const d = view.drafts;
    signInStep({ type: 'send_code', api_id: apiId(d.apiId), api_hash: d.apiHash.trim(), phone: d.phone.trim() });
  },
  startQr: () => {
    const d = view.drafts;
    signInStep({ type: 'start_qr_login', api_id: apiId(d.apiId), api_hash: d.apiHash.trim() });
  },
  resendCode: () => signInStep({ type: 'resend_code' }),
  submitCode: () => signInStep({ type: 'submit_code', code: view.drafts.code.trim() }, () => (view.drafts.code = '')),
  submitPassword: () => signInStep({ type: 'submit_password', password: view.drafts.password }, () => (view.drafts.password = '')),
  cancelSignIn: () => signInStep({ type: 'cancel_sign_in' }, () => Object.assign(view.drafts, { code: '', password: '' })),
  useDemo: () => void run({ kind: 'sign_in' }, { type: 'use_demo' }),
};

/**
 * The api_id as the number Telegram wants; 0 (refused by the agent with a clear message) when it is not one.
 * @param {string} text
 */
function apiId(text) {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : 0;
}

async function confirmAndSignOut() {
  if (view.pending) return;
  const confirmed = await confirmDialog({
    title: 'Sign out of Telegram?',
    message: 'SessionGuard ends its own session with Telegram and deletes its key from your keyring. It stops guarding this account.',
    note: 'Your other devices stay logged in. You can sign in again at any time.',
    confirmLabel: 'Sign out',
  });
  if (!confirmed) return;
  await run({ kind: 'account' }, { type: 'sign_out' }, 'Signed out. The key was deleted from your keyring.');
}

/** @type {Actions} */
const actions = {
  signIn: signInActions,
  startSignIn: () => void run({ kind: 'account' }, { type: 'start_sign_in' }),
  signOut: () => void confirmAndSignOut(),
  terminate: (session) => void confirmAndTerminate(session),
  terminateAlert: (_alert, session) =>
    void confirmAndTerminate(session, 'If this login wasn’t you, also turn on 2-step verification in Telegram so a login code alone is not enough.'),
  terminateOthers: (others) =>
    void (async () => {
      if (view.pending || others.length === 0) return;
      const names = others.map(deviceName);
      const count = others.length === 1 ? '1 device' : `${others.length} devices`;
      const confirmed = await confirmDialog({
        title: 'Terminate all other sessions?',
        message: `This logs out ${count}: ${nameList(names)}. Only this device stays logged in.`,
        note: 'Those devices will need your login code, and your password if you set one, to log in again.',
        confirmLabel: others.length === 1 ? 'Terminate' : 'Terminate all',
      });
      if (!confirmed) return;
      await run(
        { kind: 'terminate_others' },
        { type: 'terminate_others' },
        others.length === 1 ? `${names[0]} was logged out.` : `${count} were logged out.`,
      );
    })(),
  acknowledge: (alert) => void run({ kind: 'acknowledge', alertId: alert.id }, { type: 'acknowledge', alert_id: alert.id }),
  retry: () => void connect(true),
  refresh: () => void run({ kind: 'refresh' }, { type: 'refresh' }),
};

// ---------------------------------------------------------------------------------------------
// Start

async function start() {
  paint();
  window.setInterval(tick, FAST_TICK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tick();
  });

  if (!hasBridge()) {
    view.phase = 'error';
    view.problem = 'This page only works inside the SessionGuard app.';
    paint();
    return;
  }
  try {
    // Listen first, so nothing sent while the first answer travels is missed.
    await Promise.all([onAgentEvent(handleEvent), onAgentConnection(handleConnection)]);
  } catch (thrown) {
    view.phase = 'error';
    view.problem = asErrorBody(thrown).message;
    paint();
    return;
  }
  await connect(false);
}

void start();
