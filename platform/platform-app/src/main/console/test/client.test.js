import { describe, expect, it, vi } from 'vitest'
import { createApiClient, etagOf } from '../src/api/client.js'
import { createSessionStore } from '../src/api/session.js'
import { ApiProblem } from '../src/api/problem.js'

function memoryStorage() {
  const items = new Map()
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)), removeItem: (k) => items.delete(k) }
}

function json(status, body, headers = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } })
}

/** A fake server: answers each call with the next scripted response and records the requests. */
function server(...answers) {
  const calls = []
  const fetch = vi.fn(async (url, init) => {
    calls.push({ url, method: init.method, headers: init.headers, body: init.body ? JSON.parse(init.body) : undefined })
    const next = answers.shift()
    if (!next) throw new Error(`unexpected call ${init.method} ${url}`)
    return typeof next === 'function' ? next() : next
  })
  return { fetch, calls }
}

function setup(answers, { now = () => 1_000_000, locks } = {}) {
  const session = createSessionStore(memoryStorage(), now)
  const fake = server(...answers)
  const lost = vi.fn()
  let key = 0
  const api = createApiClient({ session, fetch: fake.fetch, locale: () => 'zh-CN', locks, newKey: () => `key-${++key}`, onSessionLost: lost })
  return { api, session, calls: fake.calls, lost }
}

const tokens = (n) => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900 })

describe('the API client', () => {
  it('sends the token and the UI language, and builds the query without empty values', async () => {
    const { api, session, calls } = setup([json(200, { items: [], total: 0 })])
    session.save(tokens(1))
    await api.get('/users', { q: '', status: 'active', page: 2, role: null })
    expect(calls[0].url).toBe('/api/v1/users?status=active&page=2')
    expect(calls[0].headers.Authorization).toBe('Bearer access-1')
    expect(calls[0].headers['Accept-Language']).toBe('zh-CN')
  })

  it('sends no token to public endpoints', async () => {
    const { api, session, calls } = setup([json(200, { items: [] })])
    session.save(tokens(1))
    await api.get('/public/plans', null, { auth: false })
    expect(calls[0].headers.Authorization).toBeUndefined()
  })

  it('turns an error answer into a problem with its detail and field errors', async () => {
    const problem = {
      type: 'https://tradewind.io/problems/validation', title: 'Invalid request', status: 400, detail: 'Field email is invalid',
      requestId: 'r-1', errors: [{ field: 'email', message: 'must be a valid e-mail address' }]
    }
    const { api } = setup([json(400, problem)])
    const error = await api.post('/signup', {}, { auth: false }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiProblem)
    expect(error.status).toBe(400)
    expect(error.slug).toBe('validation')
    expect(error.detail).toBe('Field email is invalid')
    expect(error.requestId).toBe('r-1')
    expect(error.fieldErrors()).toEqual({ email: 'must be a valid e-mail address' })
  })

  it('maps the field a conflict names to its detail', async () => {
    const { api } = setup([json(409, { type: 'https://tradewind.io/problems/email-taken', title: 'Taken', detail: 'Already has an account', field: 'email' })])
    const error = await api.post('/signup', {}, { auth: false }).catch((e) => e)
    expect(error.fieldErrors()).toEqual({ email: 'Already has an account' })
  })

  it('reports a failure to reach the server as a network problem', async () => {
    const { api } = setup([() => { throw new TypeError('Failed to fetch') }])
    const error = await api.get('/tenant').catch((e) => e)
    expect(error.status).toBe(0)
    expect(error.slug).toBe('network')
  })

  it('sends If-Match on updates and deletes, and answers the new ETag', async () => {
    const { api, session, calls } = setup([json(200, { version: 4 }, { ETag: '"4"' }), new Response(null, { status: 204 })])
    session.save(tokens(1))
    const updated = await api.patch('/departments/X', { name: 'East' }, etagOf({ version: 3 }))
    await api.remove('/departments/X', '"4"')
    expect(calls[0].method).toBe('PATCH')
    expect(calls[0].headers['If-Match']).toBe('"3"')
    expect(calls[0].body).toEqual({ name: 'East' })
    expect(updated.etag).toBe('"4"')
    expect(calls[1].headers['If-Match']).toBe('"4"')
  })

  it('sends an Idempotency-Key on creates only, and the same key when it retries after a network failure', async () => {
    const { api, session, calls } = setup([
      () => { throw new TypeError('Failed to fetch') },
      json(201, { id: 'D1' }),
      json(200, {})
    ])
    session.save(tokens(1))
    const created = await api.create('/departments', { name: 'East' })
    await api.post('/users/U1/disable')
    expect(created).toEqual({ id: 'D1' })
    expect(calls[0].headers['Idempotency-Key']).toBe('key-1')
    expect(calls[1].headers['Idempotency-Key']).toBe('key-1')
    expect(calls[2].headers['Idempotency-Key']).toBeUndefined()
  })

  it('does not retry an action that failed on the network', async () => {
    const { api, session } = setup([() => { throw new TypeError('Failed to fetch') }])
    session.save(tokens(1))
    await expect(api.post('/users/U1/disable')).rejects.toMatchObject({ slug: 'network' })
  })

  it('after a 401, refreshes with the rotating refresh token and repeats the request once', async () => {
    const { api, session, calls } = setup([
      json(401, { type: 'https://tradewind.io/problems/unauthorized' }),
      json(200, tokens(2)),
      json(200, { user: {} })
    ])
    session.save(tokens(1))
    await api.get('/me')
    expect(calls[1].url).toBe('/api/v1/auth/refresh')
    expect(calls[1].body).toEqual({ refreshToken: 'refresh-1' })
    expect(calls[1].headers.Authorization).toBeUndefined()
    expect(calls[2].headers.Authorization).toBe('Bearer access-2')
    expect(session.get().refreshToken).toBe('refresh-2')
  })

  it('refreshes before sending when the access token is about to run out', async () => {
    let now = 1_000_000
    const { api, session, calls } = setup([json(200, tokens(2)), json(200, {})], { now: () => now })
    session.save(tokens(1))
    now += 890_000
    await api.get('/tenant')
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/tenant'])
    expect(calls[1].headers.Authorization).toBe('Bearer access-2')
  })

  it('refreshes once for concurrent requests, so a rotated token is never reused', async () => {
    const { api, session, calls } = setup([
      json(401, {}), json(401, {}),
      json(200, tokens(2)),
      json(200, { a: 1 }), json(200, { b: 2 })
    ])
    session.save(tokens(1))
    const results = await Promise.all([api.get('/a'), api.get('/b')])
    expect(results).toEqual([{ a: 1 }, { b: 2 }])
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1)
  })

  it('uses the session another tab refreshed meanwhile instead of refreshing again', async () => {
    const { api, session, calls } = setup([json(401, {}), json(200, {})], {
      locks: { request: async (name, work) => { session.save(tokens(7)); return work() } }
    })
    session.save(tokens(1))
    await api.get('/me')
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/me', '/api/v1/me'])
    expect(calls[1].headers.Authorization).toBe('Bearer access-7')
  })

  it('ends the session when the refresh token is refused', async () => {
    const { api, session, lost } = setup([
      json(401, {}),
      json(401, { type: 'https://tradewind.io/problems/invalid-token', detail: 'Sign in again.' })
    ])
    session.save(tokens(1))
    const error = await api.get('/me').catch((e) => e)
    expect(error.slug).toBe('invalid-token')
    expect(session.get()).toBeNull()
    expect(lost).toHaveBeenCalledOnce()
  })

  it('keeps the session when the refresh fails on the network', async () => {
    const { api, session, lost } = setup([json(401, {}), () => { throw new TypeError('offline') }])
    session.save(tokens(1))
    await expect(api.get('/me')).rejects.toMatchObject({ slug: 'network' })
    expect(session.get().refreshToken).toBe('refresh-1')
    expect(lost).not.toHaveBeenCalled()
  })

  it('passes 403, 409, 412 and 428 problems to the screen without touching the session', async () => {
    const answers = [403, 409, 412, 428].map((status) => json(status, { type: `https://tradewind.io/problems/s${status}`, status, detail: `d${status}` }))
    const { api, session } = setup(answers)
    session.save(tokens(1))
    for (const status of [403, 409, 412, 428]) {
      await expect(api.patch('/tenant', {}, '"1"')).rejects.toMatchObject({ status, detail: `d${status}` })
    }
    expect(session.get().accessToken).toBe('access-1')
  })
})
