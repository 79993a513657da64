import { api } from '../state.js'

// The sales lists' shared parts: built-in date range filters as the API takes them, and the export of
// the filtered list (the same query as the list, ADR 0102).

/** The start of a local calendar day (yyyy-MM-dd) as an instant, for createdFrom. */
export function dayStart(day) {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined
}

/** The last millisecond of a local calendar day as an instant, for createdTo (inclusive). */
export function dayEnd(day) {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined
}

/** A list query without its paging and sort-free of empty values, as the export takes it. */
export function exportQuery(query, format) {
  const out = { format }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key === 'page' || key === 'size' || value === undefined || value === null || value === '') continue
    out[key] = value
  }
  return out
}

/** Downloads the filtered list (GET <path>/export?format=…) with the session, as <name>.<format>. */
export async function exportList(path, query, format, name) {
  const blob = await api.download(`${path}/export`, exportQuery(query, format))
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `${name}.${format}`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  return blob
}
