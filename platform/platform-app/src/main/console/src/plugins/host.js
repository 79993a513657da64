import { reactive } from 'vue'

/**
 * The UI modules of the tenant's enabled plugins (GET /plugins/ui, in the console's language):
 * the menu shows one entry per module, the plugin screen mounts it. Reloaded after an enable or
 * disable and when the language changes, so menu titles and translations follow without a reload.
 */
export const pluginUi = reactive({ items: [], locale: null, loaded: false })

let loading = null
let loadingLocale = null

export function loadPluginUi(api, locale) {
  loadingLocale = locale
  loading = api.get('/plugins/ui').then(
    (listing) => {
      if (loadingLocale !== locale) return pluginUi.items // a later load, in another language, wins
      pluginUi.items = listing.items ?? []
      pluginUi.locale = locale
      pluginUi.loaded = true
      return pluginUi.items
    },
    () => {
      // The menu simply shows no plugin entries; the plugin screen reports its own problem.
      pluginUi.items = []
      pluginUi.loaded = true
      return pluginUi.items
    }
  )
  return loading
}

/** Forgets the listing (signed out, or an operator without tenant): no entries of a previous session linger. */
export function clearPluginUi() {
  loadingLocale = null
  loading = null
  pluginUi.items = []
  pluginUi.locale = null
  pluginUi.loaded = false
}

/** The listing in {@code locale}: the one loaded, the one on its way, or a new one. */
export function pluginUiReady(api, locale) {
  if (pluginUi.loaded && pluginUi.locale === locale) return Promise.resolve(pluginUi.items)
  return loading && loadingLocale === locale ? loading : loadPluginUi(api, locale)
}

export function findModule(items, pluginId, key) {
  return items.find((item) => item.pluginId === pluginId && item.key === key) ?? null
}

/** The route of a plugin's screen. */
export function screenPath(item) {
  return `/app/plugins/${encodeURIComponent(item.pluginId)}/${encodeURIComponent(item.key)}`
}

/**
 * What a plugin's module gets to call its own REST contribution: paths are relative to
 * /api/v1/plugins/{id}; answers the JSON body, rejects with the API's problem (an ApiProblem with
 * status, title and detail). Every refusal is also handed to {@code onProblem} for the console to show.
 */
export function scopedApi(api, pluginId, onProblem = () => {}) {
  const base = `/plugins/${encodeURIComponent(pluginId)}`
  const request = (method, path, body) => {
    const relative = String(path ?? '')
    const target = base + (relative.startsWith('/') ? relative : `/${relative}`)
    return api.send(method.toUpperCase(), target, { body, create: method.toUpperCase() === 'POST' }).then(
      (response) => response.data,
      (problem) => {
        onProblem(problem)
        throw problem
      }
    )
  }
  return Object.freeze({
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path)
  })
}

/** The plugin's translation of {@code key} ("{name}" placeholders filled from {@code params}), else the key. */
export function translator(translations) {
  return (key, params) => {
    const text = translations?.[key] ?? key
    return params ? text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole)) : text
  }
}

/** Mounts a module's default export; answers the cleanup (what mount returned, or the module's unmount). */
export async function mountModule(module, element, api, t) {
  const mount = module.default ?? module.mount
  if (typeof mount !== 'function') throw new Error('The plugin module has no default export mount(element, api, t)')
  const returned = await mount(element, api, t)
  return () => {
    if (typeof returned === 'function') returned()
    else if (typeof module.unmount === 'function') module.unmount(element)
    element.replaceChildren()
  }
}
