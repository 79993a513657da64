import { reactive } from 'vue'
import { createApiClient } from './api/client.js'
import { createSessionStore } from './api/session.js'
import { beginOidcLogin, loadIdentity, markOidcLogout, oidcLogoutUrl, oidcRefresher } from './api/identity.js'
import { currentLocale, localeChosen, setLocale } from './i18n/index.js'

/** The signed-in user (GET /me with its ETag) and the identity provider's mode. */
export const state = reactive({ me: null, meEtag: null, meProblem: null, identity: { mode: 'builtin' } })

export const session = createSessionStore()
session.watchOtherTabs()

let sessionLost = () => {}

/** What happens when the session cannot be refreshed any more (the router sends to sign-in). */
export function onSessionLost(handler) {
  sessionLost = handler
}

export const api = createApiClient({
  session,
  locale: currentLocale,
  refresher: async (refreshToken) => {
    const identity = await identityReady()
    return identity.mode === 'keycloak'
      ? oidcRefresher(identity)(refreshToken)
      : api.post('/auth/refresh', { refreshToken }, { auth: false })
  },
  onSessionLost: (problem) => {
    state.me = null
    sessionLost(problem)
  }
})

let identity = null

/** The identity provider's mode, asked once (the sign-in page and token refreshes need it). */
export function identityReady() {
  identity ??= loadIdentity(api).then(
    (config) => (state.identity = config),
    () => {
      identity = null // ask again next time; meanwhile the built-in form
      return state.identity
    }
  )
  return identity
}

export function signedIn() {
  return session.get() !== null
}

export function can(permission) {
  return state.me?.permissions?.includes(permission) ?? false
}

export function isOperator() {
  return can('platform.tenants.read')
}

/** Loads who is signed in; follows their profile language unless one was chosen in this browser. */
export async function loadMe() {
  const { data, etag } = await api.read('/me')
  state.me = data
  state.meEtag = etag
  state.meProblem = null
  if (!localeChosen() && data.user?.locale) setLocale(data.user.locale, false)
  return data
}

/** Keeps a token response as the session and loads the user. */
export async function adoptTokens(tokens) {
  session.save(tokens)
  return loadMe()
}

/** Built-in sign-in with e-mail and password (tenantCode when they open several tenants). */
export async function signIn(credentials) {
  const tokens = await api.post('/auth/token', credentials, { auth: false })
  return adoptTokens(tokens)
}

/** Ends the session; in Keycloak mode answers the provider's logout address to go to. */
export async function signOut() {
  const current = session.get()
  const config = await identityReady()
  if (config.mode === 'builtin' && current?.refreshToken) {
    await api.post('/auth/logout', { refreshToken: current.refreshToken }, { auth: false }).catch(() => {})
  }
  session.clear()
  state.me = null
  state.meEtag = null
  const providerLogout = config.mode === 'keycloak' ? oidcLogoutUrl(config, current?.idToken) : null
  if (providerLogout) markOidcLogout()
  return providerLogout
}

/** The companies the signed-in person works in (GET /me/companies); the current one is marked. */
export async function loadCompanies() {
  const { items } = await api.get('/me/companies')
  return items
}

/**
 * Keycloak mode: signs in to another company of the same person. Keycloak still has their session,
 * so it answers the organization:<code> request at once and the console opens in that company.
 */
export async function switchCompany(code) {
  const config = await identityReady()
  if (config.mode !== 'keycloak') return
  await beginOidcLogin(config, '/app', { company: code })
}
