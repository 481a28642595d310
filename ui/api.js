// @ts-check
// The page's only doors to the app: one command and two events.

import { t } from './i18n.js';

/** @typedef {import('./bindings/AgentState').AgentState} AgentState */
/** @typedef {import('./bindings/AgentEvent').AgentEvent} AgentEvent */
/** @typedef {import('./bindings/Request').Request} Request */
/** @typedef {import('./bindings/ErrorBody').ErrorBody} ErrorBody */
/** @typedef {import('./bindings/ErrorCode').ErrorCode} ErrorCode */
/** @typedef {import('./bindings/ConnectionStatus').ConnectionStatus} ConnectionStatus */
/** @typedef {import('./bindings/Answer').Answer} Answer */
/** @typedef {import('./bindings/AccountRequest').AccountRequest} AccountRequest */

/** Every code the agent sends; anything else is read as `protocol`. */
/** @type {Record<ErrorCode, true>} */
const ERROR_CODES = {
  session_not_found: true,
  website_not_found: true,
  current_session: true,
  fresh_session: true,
  flood_wait: true,
  network: true,
  signed_out: true,
  protocol: true,
  agent_unreachable: true,
  bad_request: true,
  api_credentials_invalid: true,
  phone_invalid: true,
  sign_up_required: true,
  code_invalid: true,
  code_expired: true,
  password_invalid: true,
  keyring_unavailable: true,
  storage: true,
  forwarding: true,
  email_invalid: true,
  email_code_invalid: true,
};

function tauri() {
  const api = window.__TAURI__;
  if (!api || !api.core || !api.event) {
    throw /** @type {ErrorBody} */ ({
      code: 'agent_unreachable',
      message: t('error-no-app'),
    });
  }
  return api;
}

/**
 * Whatever a rejected invoke (or anything else) threw, as an `ErrorBody`.
 * @param {unknown} error
 * @returns {ErrorBody}
 */
export function asErrorBody(error) {
  if (error && typeof error === 'object') {
    const { code, message, retry_at: retryAt } = /** @type {Record<string, unknown>} */ (error);
    if (typeof code === 'string' && typeof message === 'string') {
      /** @type {ErrorBody} */
      const body = {
        code: Object.hasOwn(ERROR_CODES, code) ? /** @type {ErrorCode} */ (code) : 'protocol',
        message,
      };
      if (typeof retryAt === 'string') body.retry_at = retryAt;
      return body;
    }
    if (error instanceof Error) return { code: 'protocol', message: error.message };
  }
  if (typeof error === 'string' && error.trim() !== '') return { code: 'protocol', message: error };
  return { code: 'protocol', message: t('error-unexpected') };
}

/**
 * Sends one request to the agent; resolves to its answer.
 * Rejects with an `ErrorBody` (always, whatever went wrong).
 * @param {Request} request
 * @returns {Promise<Answer>}
 */
export async function agentAsk(request) {
  try {
    return await tauri().core.invoke('agent_request', { request });
  } catch (error) {
    throw asErrorBody(error);
  }
}

/**
 * Sends a request whose answer is the agent's state after it.
 * @param {Request} request
 * @returns {Promise<AgentState>}
 */
export async function agentRequest(request) {
  const answer = await agentAsk(request);
  if (answer.type !== 'state') throw /** @type {ErrorBody} */ ({ code: 'protocol', message: t('error-wrong-answer') });
  return answer.state;
}

/**
 * A request about one guarded account.
 * @param {string} account
 * @param {AccountRequest} action
 * @returns {Request}
 */
export function forAccount(account, action) {
  return { type: 'account', account, action };
}

/**
 * @param {(event: AgentEvent) => void} handler
 * @returns {Promise<() => void>} unlisten
 */
export function onAgentEvent(handler) {
  return tauri().event.listen('agent-event', (event) => handler(/** @type {AgentEvent} */ (event.payload)));
}

/**
 * @param {(status: ConnectionStatus) => void} handler
 * @returns {Promise<() => void>} unlisten
 */
export function onAgentConnection(handler) {
  return tauri().event.listen('agent-connection', (event) =>
    handler(/** @type {ConnectionStatus} */ (event.payload)),
  );
}

/** Whether the Tauri bridge is there at all (it is not when the page is opened in a browser). */
export function hasBridge() {
  return Boolean(window.__TAURI__ && window.__TAURI__.core && window.__TAURI__.event);
}
