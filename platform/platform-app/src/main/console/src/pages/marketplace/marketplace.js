// The marketplace calls the JSON client cannot make: a multipart upload and a jar download, both with the token.
import { ApiProblem } from '../../api/problem.js'
import { api, session } from '../../state.js'
import { currentLocale } from '../../i18n/index.js'

async function send(path, init) {
  await api.get('/me') // refreshes the token first when it is about to expire
  const headers = { Authorization: `Bearer ${session.get()?.accessToken}`, 'Accept-Language': currentLocale(), ...init.headers }
  let response
  try {
    response = await fetch(`/api/v1${path}`, { ...init, headers })
  } catch (cause) {
    throw ApiProblem.network(cause)
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null)
    throw new ApiProblem(response.status, problem ?? { status: response.status, title: response.statusText })
  }
  return response
}

/** POST /marketplace/vendor/versions (multipart: package, signature). */
export async function uploadVersion(file, signature) {
  const form = new FormData()
  form.append('package', file)
  form.append('signature', signature.trim())
  const response = await send('/marketplace/vendor/versions', {
    method: 'POST',
    body: form,
    headers: { Accept: 'application/json, application/problem+json' }
  })
  return response.json()
}

/** Saves a version's package, as uploaded, for the operator to inspect. */
export async function downloadPackage(version) {
  const response = await send(`/platform/marketplace/versions/${version.id}/package`, {
    method: 'GET',
    headers: { Accept: 'application/java-archive, application/problem+json' }
  })
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = `${version.pluginId}-${version.version}.jar`
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
}

export const STATUS_TAG = { pending: 'warning', approved: 'success', rejected: 'danger' }
