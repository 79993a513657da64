/**
 * The signed-in session: access token, rotating refresh token and when the access token expires.
 * Kept in localStorage so a reload or a second tab stays signed in; tabs coordinate refreshes
 * (see client.js), because reusing a rotated refresh token ends every session of the user.
 */
const KEY = 'tradewind.session'

export function createSessionStore(storage = globalThis.localStorage, now = () => Date.now()) {
  const listeners = new Set()

  function read() {
    try {
      const raw = storage?.getItem(KEY)
      return raw ? JSON.parse(raw) : null
    } catch {
      return null
    }
  }

  function notify(session) {
    listeners.forEach((listener) => listener(session))
  }

  return {
    get: read,

    /** Stores a token response of /auth/token, /auth/refresh or /auth/invitations/accept. */
    save(tokens) {
      const session = {
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken ?? null,
        expiresAt: now() + (tokens.expiresIn ?? 0) * 1000,
        idToken: tokens.idToken ?? null
      }
      storage?.setItem(KEY, JSON.stringify(session))
      notify(session)
      return session
    },

    clear() {
      storage?.removeItem(KEY)
      notify(null)
    },

    /** Whether the access token runs out within {@code marginMs}. */
    expiresSoon(session, marginMs = 30_000) {
      return !session?.expiresAt || session.expiresAt - marginMs <= now()
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    /** Another tab signed in or out. */
    watchOtherTabs(target = globalThis.window) {
      target?.addEventListener?.('storage', (event) => {
        if (event.key === KEY) notify(read())
      })
    }
  }
}
