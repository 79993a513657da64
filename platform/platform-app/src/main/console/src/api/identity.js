/**
 * Which identity provider signs users in. GET /api/v1/public/identity tells; without it (404, the
 * built-in provider) the console shows its own sign-in form. In Keycloak mode the console signs in
 * with the OIDC authorization-code flow and PKCE (RFC 7636) as a public client, and refreshes
 * tokens at the provider's token endpoint.
 *
 * Accepted answer: {mode: "builtin"} or {mode: "keycloak", issuer, clientId, and optionally
 * authorizationEndpoint, tokenEndpoint, endSessionEndpoint}; endpoints missing are read from the
 * issuer's /.well-known/openid-configuration.
 */
import { ApiProblem } from './problem.js'

const PENDING = 'tradewind.oidc.pending'
const SIGNED_OUT = 'tradewind.oidc.signedOut'

export async function loadIdentity(api, fetchImpl = (...args) => globalThis.fetch(...args)) {
  let config
  try {
    config = await api.get('/public/identity', null, { auth: false })
  } catch (problem) {
    if (problem.status === 404) return { mode: 'builtin' }
    throw problem
  }
  if (config?.mode !== 'keycloak') return { mode: 'builtin' }
  const oidc = {
    mode: 'keycloak',
    issuer: config.issuer,
    clientId: config.clientId ?? config.client_id ?? 'tradewind-console',
    authorizationEndpoint: config.authorizationEndpoint ?? config.authorization_endpoint,
    tokenEndpoint: config.tokenEndpoint ?? config.token_endpoint,
    endSessionEndpoint: config.endSessionEndpoint ?? config.end_session_endpoint
  }
  if ((!oidc.authorizationEndpoint || !oidc.tokenEndpoint) && oidc.issuer) {
    const response = await fetchImpl(`${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
    const discovery = await response.json()
    oidc.authorizationEndpoint ??= discovery.authorization_endpoint
    oidc.tokenEndpoint ??= discovery.token_endpoint
    oidc.endSessionEndpoint ??= discovery.end_session_endpoint
  }
  return oidc
}

function base64url(bytes) {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function randomVerifier(length = 32) {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(length)))
}

/** The S256 code challenge of a PKCE verifier. */
export async function codeChallenge(verifier) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64url(new Uint8Array(digest))
}

/** Where the provider sends the browser back: the console's own address, without the hash. */
export function redirectUri(location = globalThis.location) {
  return `${location.origin}/`
}

/**
 * The scopes the console asks for. {@code organization} puts the company (tenant) in the token; for a
 * person in several companies Keycloak then shows its own page to pick one. {@code organization:<code>}
 * names the company, which is how the console switches company without asking (ADR 0257).
 */
export function oidcScope(company) {
  return company ? `openid organization:${company}` : 'openid organization'
}

/**
 * Sends the browser to the provider's login; {@code returnTo} is the console route to land on and
 * {@code company} the code of the company to sign in to (none: Keycloak asks when there are several).
 */
export async function beginOidcLogin(oidc, returnTo, { company, storage = globalThis.sessionStorage, location = globalThis.location } = {}) {
  const verifier = randomVerifier()
  const state = randomVerifier(16)
  storage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }))
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri(location),
    // Tradewind refuses tokens that name no single company.
    scope: oidcScope(company),
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256'
  })
  location.assign(`${oidc.authorizationEndpoint}?${params}`)
}

/** Whether this page load is the provider sending the browser back with a code. */
export function oidcCallbackPending(location = globalThis.location, storage = globalThis.sessionStorage) {
  const params = new URLSearchParams(location.search)
  return (params.has('code') || params.has('error')) && storage.getItem(PENDING) !== null
}

async function tokenRequest(oidc, form, fetchImpl) {
  let response
  try {
    response = await fetchImpl(oidc.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form)
    })
  } catch (cause) {
    throw ApiProblem.network(cause)
  }
  const body = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new ApiProblem(response.status, {
      type: 'invalid-token',
      title: body.error ?? response.statusText,
      detail: body.error_description ?? null
    })
  }
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresIn: body.expires_in,
    idToken: body.id_token
  }
}

/** Trades the code for tokens; answers {tokens, returnTo}. */
export async function completeOidcLogin(oidc, {
  location = globalThis.location,
  storage = globalThis.sessionStorage,
  fetch: fetchImpl = (...args) => globalThis.fetch(...args)
} = {}) {
  const pending = JSON.parse(storage.getItem(PENDING) ?? 'null')
  storage.removeItem(PENDING)
  const params = new URLSearchParams(location.search)
  if (!pending || params.get('state') !== pending.state) throw new Error('state mismatch')
  if (params.has('error')) throw new Error(params.get('error_description') ?? params.get('error'))
  const tokens = await tokenRequest(oidc, {
    grant_type: 'authorization_code',
    code: params.get('code'),
    redirect_uri: redirectUri(location),
    client_id: oidc.clientId,
    code_verifier: pending.verifier
  }, fetchImpl)
  return { tokens, returnTo: pending.returnTo }
}

/** The refresher the API client uses in Keycloak mode. */
export function oidcRefresher(oidc, fetchImpl = (...args) => globalThis.fetch(...args)) {
  return (refreshToken) => tokenRequest(oidc, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: oidc.clientId
  }, fetchImpl)
}

/** The provider's logout address, which ends its session too and comes back to the console. */
export function oidcLogoutUrl(oidc, idToken, location = globalThis.location) {
  if (!oidc.endSessionEndpoint) return null
  const params = new URLSearchParams({ client_id: oidc.clientId, post_logout_redirect_uri: redirectUri(location) })
  if (idToken) params.set('id_token_hint', idToken)
  return `${oidc.endSessionEndpoint}?${params}`
}

/** Notes that the browser leaves for the provider's logout, which sends it back to the console's root. */
export function markOidcLogout(storage = globalThis.sessionStorage) {
  storage.setItem(SIGNED_OUT, '1')
}

/** Whether this page load is the provider's logout sending the browser back (once: the mark is removed). */
export function oidcLogoutReturned(storage = globalThis.sessionStorage) {
  const back = storage.getItem(SIGNED_OUT) !== null
  storage.removeItem(SIGNED_OUT)
  return back
}
