import { ref } from 'vue'
import { ApiProblem } from './api/problem.js'

function asProblem(error) {
  if (error instanceof ApiProblem) return error
  console.error(error) // a bug in the console itself: shown, and visible to the browser tests
  return new ApiProblem(-1, { title: String(error?.message ?? error) })
}

/** Loads something for a screen: data, loading flag and the problem that stopped it. */
export function useLoader(loader, initial = null) {
  const data = ref(initial)
  const loading = ref(false)
  const problem = ref(null)
  // Only the newest call's answer counts: a slow first load must not overwrite a search made meanwhile.
  let newest = 0
  async function load(...args) {
    const call = ++newest
    loading.value = true
    problem.value = null
    try {
      const value = await loader(...args)
      if (call === newest) data.value = value
    } catch (error) {
      if (call === newest) problem.value = asProblem(error)
    } finally {
      if (call === newest) loading.value = false
    }
    return data.value
  }
  return { data, loading, problem, load }
}

/**
 * Runs a change: the submitting flag, the problem and its field errors (for el-form-item :error).
 * A stale record (412, or 409 concurrent-modification) calls {@code onStale}, which reloads it.
 * Answers whether it succeeded.
 */
export function useSubmit(action, { onStale } = {}) {
  const submitting = ref(false)
  const problem = ref(null)
  const fieldErrors = ref({})
  async function submit(...args) {
    submitting.value = true
    problem.value = null
    fieldErrors.value = {}
    try {
      await action(...args)
      return true
    } catch (error) {
      const found = asProblem(error)
      problem.value = found
      fieldErrors.value = found.fieldErrors()
      if (onStale && (found.status === 412 || found.is('concurrent-modification'))) await onStale()
      return false
    } finally {
      submitting.value = false
    }
  }
  function clear() {
    problem.value = null
    fieldErrors.value = {}
  }
  return { submitting, problem, fieldErrors, submit, clear }
}

/** Dates as the reader's language writes them. */
export function formatTime(instant, locale) {
  if (!instant) return ''
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant))
}

export function formatDate(instant, locale) {
  if (!instant) return ''
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(instant))
}

/** A role's name: built-in roles in the reader's language, a tenant's own roles by their code. */
export function roleLabel(t, te, code) {
  return te(`role.${code}`) ? t(`role.${code}`) : code
}
