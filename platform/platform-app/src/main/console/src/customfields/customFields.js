// Custom fields (ADR 0130) in the console: the definitions as forms and filters need them, and the
// values between the forms and the API's shape ({"code": value}). Pure functions, tested by Vitest.

export const RECORD_TYPES = ['lead', 'customer', 'contact', 'opportunity']
export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'lookup']
export const LOOKUP_TARGETS = ['user', 'customer', 'contact', 'opportunity', 'lead']
export const CODE_PATTERN = /^[a-z][A-Za-z0-9_]{0,39}$/

/** Where a lookup's target records are listed and read. */
export function lookupPath(entity) {
  return `/${entity}s`
}

/** A field's or an option's label in the reader's language. */
export function labelOf(labelled, locale) {
  if (!labelled) return ''
  return (String(locale).startsWith('zh') ? labelled.labelZh : labelled.labelEn) || labelled.label || labelled.code
}

/** The form's values for a record's custom fields: one entry per field, empty when it has none. */
export function formValues(fields, record) {
  const stored = record?.customFields ?? {}
  return Object.fromEntries(fields.map((field) => {
    const value = stored[field.code]
    if (field.type === 'choice' && field.multiple) return [field.code, Array.isArray(value) ? [...value] : value ? [value] : []]
    if (value === undefined || value === null) return [field.code, field.type === 'text' || field.type === 'number' ? '' : null]
    return [field.code, field.type === 'number' ? String(value) : value]
  }))
}

function isEmpty(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

/**
 * One value as the API takes it. A number typed as text is sent as a number when it reads as one,
 * else as typed, so the API's own validation answers (and its message shows at the field).
 */
function apiValue(field, value) {
  if (isEmpty(value)) return null
  if (field.type === 'number') {
    const text = String(value).trim().replace(/,/g, '')
    return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
  }
  if (field.type === 'text') return String(value).trim()
  return value
}

/**
 * The "customFields" object of a create (only the fields with a value), or of a merge patch when
 * {@code before} (the record as read) is given: only the fields that changed, a cleared one as null.
 * Answers undefined when there is nothing to send.
 */
export function toApi(fields, values, before) {
  const out = {}
  for (const field of fields) {
    const value = apiValue(field, values[field.code])
    if (before === undefined) {
      if (value !== null) out[field.code] = value
    } else {
      const old = before?.customFields?.[field.code] ?? null
      if (JSON.stringify(old) !== JSON.stringify(value)) out[field.code] = value
    }
  }
  return Object.keys(out).length ? out : undefined
}

/** A field's value as text for a detail view (lookups are resolved to names by the view). */
export function displayValue(field, value, locale) {
  if (isEmpty(value)) return ''
  switch (field.type) {
    case 'choice': {
      const codes = Array.isArray(value) ? value : [value]
      const labels = codes.map((code) => labelOf(field.options?.find((option) => option.code === code), locale) || code)
      return labels.join(String(locale).startsWith('zh') ? '、' : ', ')
    }
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(Number(value))
    case 'date':
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`))
    default:
      return String(value)
  }
}

/** The fields a list can filter by from its filter bar: active choice fields (any of), numbers and dates (a range). */
export function filterableFields(fields) {
  return fields.filter((field) => field.active !== false && ['choice', 'number', 'date'].includes(field.type))
}

/** Whether a field filters by a range ({from, to}) rather than by values. */
export function isRangeField(field) {
  return field.type === 'number' || field.type === 'date'
}

/** A field's filter when nothing is chosen: the chosen option codes, or an open range. */
export function emptyFilter(field) {
  return isRangeField(field) ? { from: field.type === 'number' ? '' : null, to: field.type === 'number' ? '' : null } : []
}

function bound(value) {
  if (isEmpty(value)) return null
  return String(value).trim().replace(/,/g, '')
}

/**
 * The list's query parameters for the chosen custom field filters: cf.<code>=a,b (any of the options)
 * and, for a range {from, to}, cf.<code>.from and cf.<code>.to (inclusive). Bounds go as typed (the
 * API's validation answers a bad one, at its parameter).
 */
export function filterQuery(filters) {
  const query = {}
  for (const [code, value] of Object.entries(filters ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const from = bound(value.from)
      const to = bound(value.to)
      if (from !== null) query[`cf.${code}.from`] = from
      if (to !== null) query[`cf.${code}.to`] = to
      continue
    }
    if (isEmpty(value)) continue
    query[`cf.${code}`] = Array.isArray(value) ? value.join(',') : String(value).trim()
  }
  return query
}

/** Clears every chosen custom field filter of `fields` (each back to its empty shape). */
export function clearFilters(filters, fields) {
  for (const code of Object.keys(filters)) delete filters[code]
  for (const field of filterableFields(fields ?? [])) filters[field.code] = emptyFilter(field)
}

// The admin screen's form: a definition to the form and back.

/** A new or existing definition as the admin form edits it; options as rows. */
export function definitionForm(field, entity) {
  return {
    entity: field?.entity ?? entity ?? 'customer',
    code: field?.code ?? '',
    type: field?.type ?? 'text',
    multiple: field?.multiple ?? false,
    labelZh: field?.labelZh ?? '',
    labelEn: field?.labelEn ?? '',
    required: field?.required ?? false,
    sortOrder: field?.sortOrder ?? null,
    lookupEntity: field?.lookupEntity ?? 'customer',
    options: (field?.options ?? []).map((option) => ({ ...option }))
  }
}

function trimmedOptions(options) {
  return options
    .map((option) => ({ code: option.code.trim(), labelZh: option.labelZh.trim(), labelEn: option.labelEn.trim() }))
    .filter((option) => option.code || option.labelZh || option.labelEn)
}

/** POST /custom-fields: only what the type takes (options for choices, the target for lookups). */
export function createRequest(form) {
  return {
    entity: form.entity,
    code: form.code.trim(),
    type: form.type,
    labelZh: form.labelZh.trim(),
    labelEn: form.labelEn.trim(),
    required: form.required,
    ...(form.sortOrder === null || form.sortOrder === undefined ? {} : { sortOrder: form.sortOrder }),
    ...(form.type === 'choice' ? { multiple: form.multiple, options: trimmedOptions(form.options) } : {}),
    ...(form.type === 'lookup' ? { lookupEntity: form.lookupEntity } : {})
  }
}

/** PATCH /custom-fields/{id}: the changeable parts that differ from the field as read. */
export function updatePatch(form, field) {
  const patch = {}
  const wanted = {
    labelZh: form.labelZh.trim(),
    labelEn: form.labelEn.trim(),
    required: form.required,
    sortOrder: form.sortOrder ?? field.sortOrder
  }
  for (const [key, value] of Object.entries(wanted)) if (value !== field[key]) patch[key] = value
  if (field.type === 'choice') {
    const options = trimmedOptions(form.options)
    if (JSON.stringify(options) !== JSON.stringify(field.options.map(({ code, labelZh, labelEn }) => ({ code, labelZh, labelEn })))) patch.options = options
  }
  return patch
}

/** A suggested code for a new option or field from its English label ("Class III" → "class_iii"). */
export function suggestCode(label) {
  const words = String(label ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? []
  const code = words.join('_').replace(/^[^a-z]+/, '').slice(0, 40)
  return CODE_PATTERN.test(code) ? code : ''
}

/** The API's message for a form part, also when it names a nested part (options[1].code, options.code). */
export function errorFor(errors, name) {
  if (errors?.[name]) return errors[name]
  const key = Object.keys(errors ?? {}).find((candidate) => candidate.startsWith(`${name}[`) || candidate.startsWith(`${name}.`))
  return key ? errors[key] : undefined
}
