import { ApiProblem } from './problem.js'

const JSON_TYPE = 'application/json'
const REFRESH_LOCK = 'tradewind.session.refresh'

/**
 * The console's one way to the API. It sends the access token and the UI language, refreshes the
 * token before it runs out and once more after a 401 (refresh tokens rotate, so tabs take turns
 * through a Web Lock), turns error answers into {@link ApiProblem}s, sends If-Match on updates and
 * deletes and an Idempotency-Key on creates (the same key when it retries after a network failure).
 */
export function createApiClient({
  session,
  baseUrl = '/api/v1',
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
  locale = () => 'en',
  locks = globalThis.navigator?.locks,
  newKey = () => globalThis.crypto.randomUUID(),
  refresher = null,
  onSessionLost = () => {}
} = {}) {
  let refreshing = null

  function url(path, query) {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null || value === '') continue
      for (const item of Array.isArray(value) ? value : [value]) params.append(name, item)
    }
    const search = params.toString()
    return baseUrl + path + (search ? `?${search}` : '')
  }

  async function raw(method, path, { query, body, headers = {}, blob = false, text = false } = {}) {
    const init = {
      method,
      headers: { Accept: blob ? '*/*' : `${JSON_TYPE}, application/problem+json`, 'Accept-Language': locale(), ...headers }
    }
    if (typeof FormData !== 'undefined' && body instanceof FormData) {
      init.body = body // multipart: the browser writes the Content-Type with its boundary
    } else if (body !== undefined) {
      init.headers['Content-Type'] = JSON_TYPE
      init.body = JSON.stringify(body)
    }
    let response
    try {
      response = await fetchImpl(url(path, query), init)
    } catch (cause) {
      throw ApiProblem.network(cause)
    }
    const type = response.headers.get('Content-Type') ?? ''
    const data = response.status === 204 ? null : type.includes('json') ? await response.json().catch(() => null)
      : response.ok && blob ? await response.blob() : response.ok && text ? await response.text() : null
    if (!response.ok) {
      throw new ApiProblem(response.status, data ?? { status: response.status, title: response.statusText })
    }
    return {
      data,
      status: response.status,
      etag: response.headers.get('ETag'),
      replayed: response.headers.get('Idempotent-Replayed') === 'true'
    }
  }

  /** Built-in identity: POST /auth/refresh; Keycloak mode passes its own refresher. */
  const refreshTokens =
    refresher ?? ((refreshToken) => raw('POST', '/auth/refresh', { body: { refreshToken } }).then((r) => r.data))

  function lose(problem) {
    session.clear()
    onSessionLost(problem)
    return problem
  }

  /** A fresh session, unless another tab (or call) already replaced {@code staleToken}. */
  function refresh(staleToken) {
    if (!refreshing) {
      const run = async () => {
        const current = session.get()
        if (!current?.refreshToken) throw lose(new ApiProblem(401, { type: 'session-expired' }))
        if (current.accessToken !== staleToken && !session.expiresSoon(current)) return current
        try {
          return session.save(await refreshTokens(current.refreshToken))
        } catch (problem) {
          if (problem instanceof ApiProblem && problem.status > 0 && problem.status < 500) throw lose(problem)
          throw problem
        }
      }
      refreshing = (locks?.request ? locks.request(REFRESH_LOCK, run) : run()).finally(() => {
        refreshing = null
      })
    }
    return refreshing
  }

  async function authorized(current) {
    let active = current
    if (active && active.refreshToken && session.expiresSoon(active)) {
      active = await refresh(active.accessToken)
    }
    return active ? { Authorization: `Bearer ${active.accessToken}` } : {}
  }

  /**
   * One request. Options: query, body, etag (sent as If-Match), create (sends an Idempotency-Key),
   * auth (false for the public endpoints), text (answer a non-JSON body as text, e.g. a plugin's module).
   * Answers {data, status, etag, replayed}.
   */
  async function send(method, path, { query, body, etag, create = false, auth = true, blob = false, text = false } = {}) {
    const headers = {}
    if (etag !== undefined && etag !== null) headers['If-Match'] = etag
    if (create) headers['Idempotency-Key'] = newKey()
    const attempt = async (retryNetwork) => {
      const current = auth ? session.get() : null
      const authHeader = auth ? await authorized(current) : {}
      try {
        return await raw(method, path, { query, body, blob, text, headers: { ...headers, ...authHeader } })
      } catch (problem) {
        if (problem.status === 401 && authHeader.Authorization && session.get()?.refreshToken) {
          await refresh(authHeader.Authorization.slice('Bearer '.length))
          try {
            return await raw(method, path, { query, body, blob, text, headers: { ...headers, ...(await authorized(session.get())) } })
          } catch (again) {
            throw again.status === 401 ? lose(again) : again
          }
        }
        if (problem.status === 401 && auth && authHeader.Authorization) throw lose(problem)
        if (problem.slug === 'network' && create && retryNetwork) return attempt(false)
        throw problem
      }
    }
    return attempt(true)
  }

  return {
    send,
    refresh,
    get: (path, query, options) => send('GET', path, { query, ...options }).then((r) => r.data),
    /** GET that also answers the ETag, for a record about to be edited. */
    read: (path, options) => send('GET', path, options),
    /** POST that creates a record: sent with an Idempotency-Key. */
    create: (path, body, options) => send('POST', path, { body, create: true, ...options }).then((r) => r.data),
    /** POST of an action (disable, suspend, …) or a public form. */
    post: (path, body, options) => send('POST', path, { body, ...options }).then((r) => r.data),
    /** PATCH as a JSON merge patch; needs the ETag the record was read with. */
    patch: (path, body, etag) => send('PATCH', path, { body, etag }),
    remove: (path, etag) => send('DELETE', path, { etag }).then((r) => r.data),
    /** PUT of a whole settings document; needs the ETag it was read with. */
    put: (path, body, etag) => send('PUT', path, { body, etag }),
    /** POST of a FormData (a file upload) as multipart/form-data. */
    upload: (path, formData, options) => send('POST', path, { body: formData, ...options }),
    /** GET of a file (e.g. an error report) with the session: answers a Blob. */
    download: (path, query) => send('GET', path, { query, blob: true }).then((r) => r.data)
  }
}

/** The If-Match value for a record listed with its version (the API's ETag is the quoted version). */
export function etagOf(record) {
  return `"${record.version}"`
}
