// @ts-check
// SessionGuard's window: asks the agent for its state, listens for changes, and turns the
// person's clicks into requests. Everything on screen comes from `render(view)`, morphed
// into the page; one listener per kind of event hands each `data-action` to actions.js.

import { makeActions } from './actions.js';
import { agentRequest, asErrorBody, hasBridge, onAgentConnection, onAgentEvent } from './api.js';
import { cancelDialog } from './dialog.js';
import { errorText } from './format.js';
import { emptyHistory } from './history.js';
import { languageTag, negotiate, t, useLanguage } from './i18n.js';
import { emptyPhone } from './phone.js';
import { refreshTimes, render } from './render.js';
import { showToast } from './toast.js';
import { emptyTwoStep } from './two_step.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/AgentEvent').AgentEvent} AgentEvent */
/** @typedef {import('./bindings/AlertView').AlertView} AlertView */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */
/** @typedef {import('./bindings/Request').Request} Request */
/** @typedef {import('./bindings/ConnectionStatus').ConnectionStatus} ConnectionStatus */
/** @typedef {import('./render.js').View} View */
/** @typedef {import('./render.js').Pending} Pending */

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
const view = {
  phase: 'loading',
  state: null,
  problem: null,
  pending: null,
  phone: emptyPhone(),
  page: 'devices',
  expanded: null,
  history: emptyHistory(),
  forwarding: { kind: 'ntfy', hideIps: true },
  twoStep: emptyTwoStep(),
};

/** What last had focus in the page (WebKit lets go of a button while it is disabled). */
/** @type {HTMLElement | null} */
let lastFocused = null;
/** Which row's Terminate button it was (its place in the list), or -1. */
let lastRow = -1;
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

const terminateButtons = () => [...root.querySelectorAll('#sessions [data-action="terminate"]')];

function paint() {
  const result = render(root, view, new Date());

  // Focus let go (its button was disabled while a request ran): back to it once it can take
  // it. A row that was ended took it along: on to the next row's button, or the heading.
  const active = document.activeElement;
  if (lastFocused && view.pending === null && (active === null || active === document.body)) {
    const rows = terminateButtons();
    const next = lastFocused.isConnected ? lastFocused : lastRow >= 0 ? rows[Math.min(lastRow, rows.length - 1)] : null;
    const target = next ?? (lastRow >= 0 ? root.querySelector('#others-title, #this-device-title') : null);
    if (target instanceof HTMLElement && !target.matches(':disabled')) target.focus({ preventScroll: true });
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
  lastFocused = event.target instanceof HTMLElement ? event.target : null;
  lastRow = lastFocused ? terminateButtons().indexOf(lastFocused) : -1;
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

/** The newest state's revision from this agent connection (0: none yet, or a new connection). */
let newestRevision = 0;
/** The language being loaded, while it is (states that arrive meanwhile do not load it again). */
/** @type {string | null} */
let switchingTo = null;
/** The language switches, one after the other (so the last one asked for is the one shown). */
let languageSwitches = Promise.resolve();

/**
 * Shows the window in the language chosen in Settings (the agent's), once it differs from
 * the one shown, and repaints.
 * @param {AgentState} state
 */
function followLanguage(state) {
  const wanted = state.language;
  if (typeof wanted !== 'string') return;
  const tag = negotiate([wanted]);
  if (tag === (switchingTo ?? languageTag())) return;
  switchingTo = tag;
  languageSwitches = languageSwitches
    .then(() => useLanguage(tag))
    .catch(() => {})
    .then(() => {
      if (switchingTo === tag) switchingTo = null;
      paint();
    });
}

/** @param {AgentState} state */
function applyState(state) {
  // A request's answer can arrive after states pushed since it was built: keep the newest.
  if (state.revision > 0 && state.revision < newestRevision) return;
  newestRevision = state.revision;
  const previous = view.state?.account?.id ?? null;
  view.state = state;
  // Signed in (or on the demo): the sign-in screen starts afresh next time.
  if (state.account) view.phone = emptyPhone();
  // Another account shown: its history is another one too (read with the same filter).
  if ((state.account?.id ?? null) !== previous) {
    const { kinds, device, since, until, accounts } = view.history;
    view.history = { ...emptyHistory(), kinds, device, since, until, accounts };
    view.expanded = null;
  }
  view.phase = 'ready';
  view.problem = null;
  followLanguage(state);
  announceAlerts(state.account?.id ?? '', state.alerts);
  if (confirmingHash && !state.sessions.some((s) => s.hash === confirmingHash)) cancelDialog();
  confirmAsk(state);
}

/** Whether the dialog for the agent's current ask is open (or was answered). */
let askConfirming = false;

/**
 * Asks the person to confirm what they asked for outside the window (the tray's
 * "Terminate all other sessions", "Secure my account" from the tray or a notification):
 * the agent carries it out only from here.
 * @param {AgentState} state
 */
function confirmAsk(state) {
  if (!state.ask) {
    askConfirming = false;
    return;
  }
  if (askConfirming) return;
  askConfirming = true;
  const onDeclined = () =>
    void agentRequest({ type: 'dismiss_ask' })
      .then((next) => {
        applyState(next);
        paint();
      })
      .catch(() => {});
  const ask = state.ask;
  // After this state is painted, so the dialog opens over the account it is about.
  window.setTimeout(() => {
    if (ask.type === 'secure_account') actions.secureAccount({ onDeclined });
    else actions.terminateOthers({ onDeclined });
  }, 0);
}

/**
 * Tells screen readers about alerts they have not heard yet.
 * @param {string} account
 * @param {AlertView[]} alerts
 */
function announceAlerts(account, alerts) {
  const fresh = alerts.filter((a) => !announced.has(`${account}:${a.id}`));
  for (const alert of fresh) announced.add(`${account}:${alert.id}`);
  if (fresh.length > 0) announcer.textContent = fresh.map((a) => a.words.title).join('. ');
}

/**
 * Sends a request for a button; the buttons stay disabled until it is answered.
 * Resolves `true` when it worked.
 * @param {Pending} pending
 * @param {Request} request
 * @param {string} [done]  A confirmation to show when it worked.
 * @returns {Promise<boolean>}
 */
async function run(pending, request, done) {
  if (view.pending) return false;
  view.pending = pending;
  paint();
  let worked = false;
  try {
    applyState(await agentRequest(request));
    worked = true;
    if (done) showToast(done, 'success');
  } catch (thrown) {
    const error = asErrorBody(thrown);
    if (error.code === 'agent_unreachable') {
      view.phase = 'unreachable';
      view.problem = error.message;
    } else {
      showToast(errorText(error, new Date()));
    }
  } finally {
    view.pending = null;
    paint();
  }
  return worked;
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
    const state = await agentRequest({ type: 'subscribe' });
    // Subscribing again may reach a new agent, which counts its states from 1.
    newestRevision = 0;
    applyState(state);
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
      showToast(errorText(error, new Date()));
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
    case 'alert':
      // The state that follows carries it, for whichever account it is about.
      break;
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
  // Another connection may reach another agent, which counts its states from 1.
  newestRevision = 0;
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

const actions = makeActions({
  view,
  paint,
  run,
  onConfirmStart: (hash) => (confirmingHash = hash),
  onConfirmEnd: () => (confirmingHash = null),
  retry: () => void connect(true),
});

for (const type of /** @type {const} */ (['click', 'change', 'input', 'submit'])) {
  root.addEventListener(type, (event) => {
    if (!(event.target instanceof Element)) return;
    if (type === 'submit') event.preventDefault();
    // A click is a button's (or something inside it's); a form is sent by its submit button
    // (Enter in a field too); a change or typing is the field's own.
    const element = type === 'click' ? event.target.closest('[data-action]') : event instanceof SubmitEvent ? event.submitter : event.target;
    if (!(element instanceof HTMLElement) || element.matches(':disabled')) return;
    actions.handlers[type][element.dataset.action ?? '']?.(element);
  });
}

// ---------------------------------------------------------------------------------------------
// Start

async function start() {
  try {
    await useLanguage(negotiate(navigator.languages));
  } catch {
    // A catalog that does not load (it should not happen): English, or else the messages' ids.
    await useLanguage('en').catch(() => {});
  }
  paint();
  window.setInterval(tick, FAST_TICK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tick();
  });

  if (!hasBridge()) {
    view.phase = 'error';
    view.problem = t('error-no-app');
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
