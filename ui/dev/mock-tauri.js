// @ts-check
// A fake `window.__TAURI__` for looking at the UI in a plain browser (ui/dev/preview.html).
// Never loaded by ui/index.html.
//
// URL parameters:
//   ?scenario=default | password | all-alerts | locked | empty | stale | unreachable | error | loading |
//             unloaded | signed-out | many | sign-in | code | password | qr
//   ?delay=ms        how long the fake agent takes to answer (default 350)
//   ?disconnect=ms   drop the agent connection after this long (then Retry brings it back)

/** @typedef {import('../bindings/AgentState').AgentState} AgentState */
/** @typedef {import('../bindings/AgentEvent').AgentEvent} AgentEvent */
/** @typedef {import('../bindings/AlertView').AlertView} AlertView */
/** @typedef {import('../bindings/SessionView').SessionView} SessionView */
/** @typedef {import('../bindings/Request').Request} Request */
/** @typedef {import('../bindings/ErrorBody').ErrorBody} ErrorBody */
/** @typedef {import('../bindings/ConnectionStatus').ConnectionStatus} ConnectionStatus */
/** @typedef {import('../bindings/LoginView').LoginView} LoginView */

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'default';
const delay = Number(params.get('delay') ?? 350);
const now = Date.now();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** @param {number} msAgo */
const ago = (msAgo) => new Date(now - msAgo).toISOString();

/**
 * @param {Partial<SessionView> & Pick<SessionView, 'hash' | 'device_model'>} s
 * @returns {SessionView}
 */
function session(s) {
  return {
    current: false,
    official_app: true,
    password_pending: false,
    encrypted_requests_disabled: false,
    call_requests_disabled: false,
    unconfirmed: false,
    platform: 'Android',
    system_version: '',
    api_id: 6,
    app_name: 'Telegram Android',
    app_version: '11.4.2',
    date_created: ago(30 * DAY),
    date_active: ago(MIN),
    ip: '',
    country: '',
    region: '',
    device_kind: 'phone',
    platform_kind: 'android',
    ...s,
  };
}

/** @type {SessionView[]} */
const DEMO_SESSIONS = [
  session({
    hash: '0',
    current: true,
    device_model: 'ThinkPad X1 Carbon',
    platform: 'Linux',
    system_version: 'Ubuntu 24.04',
    api_id: 2040,
    app_name: 'SessionGuard',
    app_version: '0.1.0',
    ip: '93.184.216.34',
    region: 'Berlin',
    country: 'Germany',
    date_created: ago(41 * DAY),
    date_active: ago(0),
    device_kind: 'desktop',
    platform_kind: 'linux',
  }),
  session({
    hash: '7204114399512088131',
    device_model: 'iPhone 15 Pro',
    platform: 'iOS',
    system_version: 'iOS 18.1',
    api_id: 10840,
    app_name: 'Telegram iOS',
    app_version: '11.3.2',
    ip: '93.184.216.90',
    region: 'Berlin',
    country: 'Germany',
    date_created: ago(320 * DAY),
    date_active: ago(3 * MIN),
    device_kind: 'phone',
    platform_kind: 'ios',
  }),
  session({
    hash: '-3118560044120779402',
    device_model: 'Samsung Galaxy S23',
    platform: 'Android',
    system_version: 'SDK 34',
    app_name: 'Telegram Android',
    app_version: '11.4.2',
    ip: '80.187.112.5',
    region: 'Hamburg',
    country: 'Germany',
    date_created: ago(95 * DAY),
    date_active: ago(130 * MIN),
  }),
  session({
    hash: '1902773450110284665',
    device_model: 'Chrome 131',
    platform: 'Web',
    system_version: 'Windows 11',
    api_id: 2496,
    app_name: 'Telegram Web A',
    app_version: '10.9.9 A',
    ip: '145.254.33.21',
    region: 'Munich',
    country: 'Germany',
    date_created: ago(12 * DAY),
    date_active: ago(26 * 60 * MIN),
    device_kind: 'web_browser',
    platform_kind: 'web',
  }),
  session({
    hash: '-8420115006312447910',
    device_model: 'MacBook Air',
    platform: 'macOS',
    system_version: 'macOS 15.1',
    api_id: 2834,
    app_name: 'Telegram macOS',
    app_version: '11.2',
    ip: '185.220.12.44',
    region: 'Vienna',
    country: 'Austria',
    date_created: ago(200 * DAY),
    date_active: ago(5 * DAY),
    device_kind: 'desktop',
    platform_kind: 'mac_os',
  }),
  session({
    hash: '4455019882731006233',
    device_model: 'Pixel 7',
    platform: 'Android',
    system_version: 'SDK 33',
    api_id: 94575,
    app_name: 'Nicegram',
    app_version: '1.9.4',
    official_app: false,
    ip: '178.62.4.199',
    region: 'Amsterdam',
    country: 'Netherlands',
    date_created: ago(64 * DAY),
    date_active: ago(21 * DAY),
  }),
];

const INTRUDER = session({
  hash: '-5767301226918443017',
  unconfirmed: true,
  device_model: 'Redmi Note 13 Pro',
  platform: 'Android',
  system_version: 'SDK 34',
  app_name: 'Telegram Android',
  app_version: '11.5.3',
  ip: '102.89.34.17',
  region: 'Lagos',
  country: 'Nigeria',
  date_created: ago(2 * MIN),
  date_active: ago(2 * MIN),
});

const PASSWORD_PENDING = session({
  hash: '-1288812210990031',
  password_pending: true,
  device_model: 'Galaxy S24',
  platform: 'Android',
  system_version: 'SDK 34',
  app_name: 'Telegram Android',
  app_version: '11.4',
  ip: '102.89.3.4',
  region: 'Lagos',
  country: 'Nigeria',
  date_created: ago(40 * 1000),
  date_active: ago(40 * 1000),
});

/**
 * @param {SessionView} s
 * @returns {LoginView}
 */
function loginOf(s) {
  return {
    hash: s.hash,
    device: s.device_model,
    platform: s.platform,
    app: `${s.app_name} ${s.app_version}`,
    official_app: s.official_app,
    ip: s.ip,
    location: [s.region, s.country].filter(Boolean).join(', '),
    date: s.date_created,
  };
}

/** @returns {AgentState} */
function demoState() {
  return {
    account: { label: 'Demo account', demo: true },
    sign_in: null,
    loaded: true,
    error: null,
    sessions: [...DEMO_SESSIONS, INTRUDER],
    inactive_ttl_days: 180,
    may_reset_others_from: null,
    alerts: [{ id: 1, kind: 'unconfirmed_login', login: loginOf(INTRUDER), at: ago(2 * MIN) }],
    refreshed_at: ago(20 * 1000),
  };
}

/** @returns {AgentState} */
function initialState() {
  const state = demoState();
  switch (scenario) {
    case 'password':
      state.sessions.push(PASSWORD_PENDING);
      state.alerts.push({ id: 2, kind: 'password_pending_login', login: loginOf(PASSWORD_PENDING), at: ago(40 * 1000) });
      break;
    case 'all-alerts':
      state.sessions.push(PASSWORD_PENDING);
      state.alerts.push(
        { id: 2, kind: 'password_pending_login', login: loginOf(PASSWORD_PENDING), at: ago(40 * 1000) },
        { id: 3, kind: 'login_code_requested', login: null, at: ago(9 * MIN) },
        { id: 4, kind: 'new_login', login: loginOf(DEMO_SESSIONS[3]), at: ago(3 * 60 * MIN) },
        { id: 5, kind: 'session_ended', login: loginOf(DEMO_SESSIONS[5]), at: ago(26 * 60 * MIN) },
      );
      break;
    case 'locked':
      state.may_reset_others_from = new Date(now + (3 * 60 + 12) * MIN - 20_000).toISOString();
      state.sessions[0] = { ...state.sessions[0], date_created: ago(20 * 60 * MIN) };
      break;
    case 'empty':
      state.sessions = [DEMO_SESSIONS[0]];
      state.alerts = [];
      break;
    case 'stale':
      state.error = { code: 'network', message: 'Telegram could not be reached. The list is from 2 minutes ago.' };
      state.refreshed_at = ago(2 * MIN);
      state.alerts = [];
      break;
    case 'unloaded':
      state.loaded = false;
      state.sessions = [];
      state.alerts = [];
      state.refreshed_at = null;
      break;
    case 'signed-out':
      state.loaded = false;
      state.sessions = [];
      state.alerts = [];
      state.refreshed_at = null;
      state.error = { code: 'signed_out', message: 'This Telegram account is signed out. Sign in again from the SessionGuard agent.' };
      break;
    case 'many':
      for (let i = 0; i < 8; i += 1) {
        state.sessions.push(
          session({
            hash: String(9000 + i),
            device_model: `Redmi ${i + 4} with a rather long device model name`,
            system_version: 'SDK 30',
            ip: `10.0.0.${i}`,
            region: 'Ho Chi Minh City',
            country: 'Vietnam',
            date_active: ago((i + 1) * 40 * DAY),
          }),
        );
      }
      break;
    case 'sign-in':
    case 'code':
    case 'password':
    case 'qr':
      return signInState(scenario === 'sign-in' ? 'credentials' : scenario);
    default:
  }
  return state;
}

/**
 * The agent while no account is guarded, at one sign-in step.
 * @param {import('../bindings/SignInStep').SignInStep} step
 * @param {Partial<import('../bindings/SignInView').SignInView>} [extra]
 * @returns {AgentState}
 */
function signInState(step, extra = {}) {
  return {
    account: null,
    sign_in: {
      step,
      api_id: step === 'credentials' ? null : 2040,
      phone_hint: '+••• ••• ••89',
      code_delivery: 'app',
      code_length: 5,
      resend_at: new Date(Date.now() + 45_000).toISOString(),
      can_resend: true,
      password_hint: 'the usual one',
      qr: step === 'qr' ? { size: 29, path: fakeQrPath(), expires_at: new Date(Date.now() + 30_000).toISOString() } : null,
      busy: false,
      error: null,
      notice: null,
      server: null,
      ...extra,
    },
    loaded: false,
    error: null,
    sessions: [],
    inactive_ttl_days: 0,
    may_reset_others_from: null,
    alerts: [],
    refreshed_at: null,
  };
}

/** Squares that look like a QR code (they do not scan). */
function fakeQrPath() {
  let path = '';
  for (let y = 4; y < 25; y += 1) {
    for (let x = 4; x < 25; x += 1) {
      const finder = (x < 11 || x > 17) && (y < 11 || y > 17) && !(x > 17 && y > 17);
      const dark = finder ? x % 6 !== 5 && y % 6 !== 5 && !((x % 6 === 0 || x % 6 === 4) && y % 6 > 0 && y % 6 < 4) || (x % 6 === 2 && y % 6 === 2) : (x * 7 + y * 13 + x * y) % 5 < 2;
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }
  }
  return path;
}

/** @type {AgentState} */
let state = initialState();
/** @type {Map<string, Array<(event: { event: string, id: number, payload: unknown }) => void>>} */
const listeners = new Map();
let connected = scenario !== 'unreachable';
let failuresLeft = scenario === 'unreachable' ? 1 : 0;

/**
 * @param {string} name
 * @param {unknown} payload
 */
function emit(name, payload) {
  for (const handler of listeners.get(name) ?? []) handler({ event: name, id: 1, payload });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {ErrorBody} body
 * @returns {never}
 */
function fail(body) {
  throw body;
}

/**
 * @param {Request} request
 * @returns {Promise<AgentState>}
 */
async function agentRequest(request) {
  if (scenario === 'loading') return new Promise(() => {});
  await sleep(delay);
  if (!connected) {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      fail({ code: 'agent_unreachable', message: 'No agent is listening on /run/user/1000/sessionguard/agent.sock.' });
    }
    connected = true;
    emit('agent-connection', /** @type {ConnectionStatus} */ ({ connected: true, message: null }));
  }
  if (scenario === 'error') fail({ code: 'protocol', message: 'The agent answered with a message this window does not understand (protocol 3, expected 2).' });
  switch (request.type) {
    case 'get_state':
    case 'subscribe':
      break;
    case 'refresh':
      state = { ...state, error: null, refreshed_at: new Date().toISOString() };
      break;
    case 'acknowledge':
      state = { ...state, alerts: state.alerts.filter((a) => a.id !== request.alert_id) };
      break;
    case 'terminate': {
      const target = state.sessions.find((s) => s.hash === request.hash);
      if (!target) fail({ code: 'session_not_found', message: 'That session has already ended.' });
      if (target.current) fail({ code: 'current_session', message: 'This device cannot end its own session here.' });
      if (params.get('fail') === 'terminate') {
        fail({ code: 'flood_wait', message: 'Telegram asks to wait before ending more sessions.', retry_at: new Date(Date.now() + 95_000).toISOString() });
      }
      state = {
        ...state,
        sessions: state.sessions.filter((s) => s.hash !== request.hash),
        alerts: state.alerts.filter((a) => a.login?.hash !== request.hash),
      };
      break;
    }
    case 'start_sign_in':
    case 'cancel_sign_in':
      state = signInState('credentials');
      break;
    case 'use_demo':
      state = demoState();
      break;
    case 'send_code':
      state = /^[0-9a-f]{32}$/i.test(request.api_hash)
        ? signInState('code')
        : signInState('credentials', { error: { code: 'api_credentials_invalid', message: 'the api_id is a number and the api_hash 32 letters and digits; copy both from my.telegram.org' } });
      break;
    case 'start_qr_login':
      state = signInState('qr');
      break;
    case 'resend_code':
      state = signInState('code', { code_delivery: 'sms', can_resend: false, resend_at: null });
      break;
    case 'submit_code':
      state = request.code === '12345' ? signInState('password') : signInState('code', { error: { code: 'code_invalid', message: 'that code is not right; check the latest code Telegram sent' } });
      break;
    case 'submit_password':
      state = signInState('password', { error: { code: 'password_invalid', message: 'that 2-step verification password is not right' } });
      break;
    case 'sign_out':
      state = signInState('credentials');
      break;
    case 'terminate_others':
      state = {
        ...state,
        sessions: state.sessions.filter((s) => s.current),
        alerts: state.alerts.filter((a) => !a.login || a.kind === 'session_ended'),
      };
      break;
  }
  // Like the agent, also tell every subscribed window.
  const answer = state;
  setTimeout(() => emit('agent-event', /** @type {AgentEvent} */ ({ type: 'state', state: answer })), 0);
  return answer;
}

window.__TAURI__ = {
  core: {
    async invoke(cmd, args) {
      if (cmd !== 'agent_request') throw new Error(`unknown command ${cmd}`);
      const request = /** @type {{ request: Request }} */ (args).request;
      console.debug('[mock] agent_request', JSON.stringify(request));
      return /** @type {any} */ (await agentRequest(request));
    },
  },
  event: {
    async listen(name, handler) {
      const list = listeners.get(name) ?? [];
      const entry = /** @type {(event: { event: string, id: number, payload: unknown }) => void} */ (handler);
      list.push(entry);
      listeners.set(name, list);
      return () => listeners.set(name, (listeners.get(name) ?? []).filter((h) => h !== entry));
    },
  },
};

if (scenario === 'unreachable') {
  setTimeout(() => emit('agent-connection', { connected: false, message: 'No agent is listening on /run/user/1000/sessionguard/agent.sock.' }), 100);
}
const disconnectAfter = Number(params.get('disconnect') ?? 0);
if (disconnectAfter > 0) {
  setTimeout(() => {
    connected = false;
    emit('agent-connection', { connected: false, message: 'The SessionGuard agent stopped.' });
  }, disconnectAfter);
}

/** Test hook: push an alert as the agent would. */
/** @type {any} */ (window).mockPushAlert = () => {
  const login = loginOf(PASSWORD_PENDING);
  state = { ...state, sessions: [...state.sessions, PASSWORD_PENDING], alerts: [...state.alerts, { id: 99, kind: 'password_pending_login', login, at: new Date().toISOString() }] };
  emit('agent-event', { type: 'alert', alert: state.alerts[state.alerts.length - 1] });
  emit('agent-event', { type: 'state', state });
  emit('agent-event', { type: 'focus' });
};

export {};
