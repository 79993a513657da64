import { dayEnd, dayStart } from './lists.js'

// The sales lists' filter bar (ADR 0813): each list describes its built-in filters as a few fields and
// FilterBar.vue draws them; these pure functions give the form's blank values and the API query.
//
// A field has a `key` (the API parameter, or the form's name of a range) and a `kind`:
//   text      free text (`placeholder`: a message key)
//   select    one of `options` (labels `optionLabel`.<option> when given, else the option itself; `placeholder`)
//   tag       one tag, as ?tag= matches it
//   owner     only the caller's records: ?ownerId=me
//   dateRange a from–to day pair sent as `from` and `to`; `instant` sends local day bounds as instants
//             (createdFrom/createdTo), else the days themselves (`label`: a message key)

/** The blank value of each field, by key. */
export function blankFilters(fields) {
  const blank = { dateRange: null, owner: false }
  return Object.fromEntries(fields.map((field) => [field.key, field.kind in blank ? blank[field.kind] : '']))
}

/** Sets every field back to blank, in place (the form's object stays the same). */
export function resetFilters(fields, values) {
  Object.assign(values, blankFilters(fields))
}

/** The API's query parameters of the filled-in fields; blank ones are left out (undefined). */
export function filterParams(fields, values) {
  const params = {}
  for (const field of fields) {
    const value = values[field.key]
    if (field.kind === 'dateRange') {
      const [from, to] = value ?? []
      params[field.from] = (field.instant ? dayStart(from) : from) || undefined
      params[field.to] = (field.instant ? dayEnd(to) : to) || undefined
    } else if (field.kind === 'owner') {
      params[field.key] = value ? 'me' : undefined
    } else {
      const text = typeof value === 'string' ? value.trim() : value
      params[field.key] = text || undefined
    }
  }
  return params
}

/** The API parameters a field's problems are reported at (a range's both ends). */
export function paramsOf(field) {
  return field.kind === 'dateRange' ? [field.from, field.to] : [field.key]
}

// The filters several lists share.
export const SEARCH = (placeholder) => ({ key: 'q', kind: 'text', placeholder })
export const TAG = { key: 'tag', kind: 'tag' }
export const MINE = { key: 'ownerId', kind: 'owner' }
export const CREATED = { key: 'created', kind: 'dateRange', from: 'createdFrom', to: 'createdTo', instant: true, label: 'lists.created' }
