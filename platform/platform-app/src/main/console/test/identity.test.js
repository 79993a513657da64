import { describe, expect, it, vi } from 'vitest'
import { beginOidcLogin, codeChallenge, completeOidcLogin, loadIdentity, markOidcLogout, oidcLogoutReturned, oidcLogoutUrl } from '../src/api/identity.js'
import { ApiProblem } from '../src/api/problem.js'

function memoryStorage() {
  const items = new Map()
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)), removeItem: (k) => items.delete(k) }
}

describe('identity', () => {
  it('computes the S256 code challenge of RFC 7636, appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
  })

  it('uses the built-in form when the server has no identity endpoint', async () => {
    const api = { get: vi.fn().mockRejectedValue(new ApiProblem(404, {})) }
    expect(await loadIdentity(api)).toEqual({ mode: 'builtin' })
  })

  it('reads the Keycloak endpoints from the issuer when the server names only the issuer', async () => {
    const api = { get: vi.fn().mockResolvedValue({ mode: 'keycloak', issuer: 'http://kc/realms/tradewind', clientId: 'tradewind-console' }) }
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({
      authorization_endpoint: 'http://kc/auth', token_endpoint: 'http://kc/token', end_session_endpoint: 'http://kc/logout'
    })))
    const oidc = await loadIdentity(api, fetch)
    expect(fetch).toHaveBeenCalledWith('http://kc/realms/tradewind/.well-known/openid-configuration')
    expect(oidc).toMatchObject({ mode: 'keycloak', clientId: 'tradewind-console', authorizationEndpoint: 'http://kc/auth', tokenEndpoint: 'http://kc/token' })
    expect(oidcLogoutUrl(oidc, 'id-1', { origin: 'http://app' })).toBe(
      'http://kc/logout?client_id=tradewind-console&post_logout_redirect_uri=http%3A%2F%2Fapp%2F&id_token_hint=id-1')
  })

  it('trades the code for tokens with the verifier, after checking the state', async () => {
    const storage = memoryStorage()
    storage.setItem('tradewind.oidc.pending', JSON.stringify({ verifier: 'v', state: 's', returnTo: '/app/admin/users' }))
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ access_token: 'a', refresh_token: 'r', expires_in: 300, id_token: 'i' })))
    const oidc = { clientId: 'tradewind-console', tokenEndpoint: 'http://kc/token' }
    const result = await completeOidcLogin(oidc, { location: { origin: 'http://app', search: '?code=c&state=s' }, storage, fetch })
    expect(result).toEqual({ tokens: { accessToken: 'a', refreshToken: 'r', expiresIn: 300, idToken: 'i' }, returnTo: '/app/admin/users' })
    const body = Object.fromEntries(fetch.mock.calls[0][1].body)
    expect(body).toEqual({ grant_type: 'authorization_code', code: 'c', redirect_uri: 'http://app/', client_id: 'tradewind-console', code_verifier: 'v' })
  })

  it('asks for organization (Keycloak picks the company) or organization:<code> to switch to one', async () => {
    const oidc = { clientId: 'tradewind-console', authorizationEndpoint: 'http://kc/auth' }
    const scopeOf = async (options) => {
      const location = { origin: 'http://app', assign: vi.fn() }
      await beginOidcLogin(oidc, '/app', { storage: memoryStorage(), location, ...options })
      return new URL(location.assign.mock.calls[0][0]).searchParams.get('scope')
    }
    expect(await scopeOf({})).toBe('openid organization')
    expect(await scopeOf({ company: 'acme' })).toBe('openid organization:acme')
  })

  it('refuses a callback whose state does not match', async () => {
    const storage = memoryStorage()
    storage.setItem('tradewind.oidc.pending', JSON.stringify({ verifier: 'v', state: 's' }))
    await expect(completeOidcLogin({}, { location: { origin: 'http://app', search: '?code=c&state=evil' }, storage, fetch: vi.fn() }))
      .rejects.toThrow('state mismatch')
  })

  it('knows once that the browser comes back from the provider\'s logout', () => {
    const storage = memoryStorage()
    expect(oidcLogoutReturned(storage)).toBe(false)
    markOidcLogout(storage)
    expect(oidcLogoutReturned(storage)).toBe(true)
    expect(oidcLogoutReturned(storage)).toBe(false)
  })
})
