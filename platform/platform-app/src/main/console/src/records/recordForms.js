// The edit forms of existing leads, customers, contacts and opportunities (ADR 0812): each record
// type's own fields as the form shows them, and the merge patch of what the user changed. Pure
// functions, tested by Vitest; the labels are lists.field.* messages.

const LEAD_SOURCES = ['website', 'chat', 'phone', 'trade-show', 'purchased-list', 'referral', 'cold-visit', 'custom']
const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'unqualified', 'converted']

/**
 * Per record type: where it lives and its own editable fields. A field has a `key` (the API's name),
 * a `kind` (text, textarea, integer, decimal, date, select, tags), `max` length, `required`, and for a
 * select its `options` with the message prefix of their labels (`optionLabel`, else the code itself).
 */
export const RECORD_FORMS = {
  lead: {
    path: '/leads',
    fields: [
      { key: 'name', kind: 'text', max: 100, required: true },
      { key: 'companyName', kind: 'text', max: 200 },
      { key: 'phone', kind: 'text', max: 40 },
      { key: 'email', kind: 'text', max: 254 },
      { key: 'source', kind: 'select', required: true, options: LEAD_SOURCES, optionLabel: 'sales.leadSource' },
      { key: 'status', kind: 'select', required: true, options: LEAD_STATUSES, optionLabel: 'sales.leadStatus', fixed: ['converted'] },
      { key: 'productLine', kind: 'text', max: 100 },
      { key: 'notes', kind: 'textarea', max: 2000 },
      { key: 'tags', kind: 'tags' }
    ]
  },
  customer: {
    path: '/customers',
    fields: [
      { key: 'name', kind: 'text', max: 200, required: true },
      { key: 'grade', kind: 'select', options: ['A', 'B', 'C'] },
      { key: 'industry', kind: 'text', max: 100 },
      { key: 'companySize', kind: 'integer' },
      { key: 'yearsInBusiness', kind: 'integer' },
      { key: 'teamSize', kind: 'integer' },
      { key: 'phone', kind: 'text', max: 40 },
      { key: 'email', kind: 'text', max: 254 },
      { key: 'address', kind: 'text', max: 300 },
      { key: 'needs', kind: 'textarea', max: 2000 },
      { key: 'tags', kind: 'tags' }
    ]
  },
  contact: {
    path: '/contacts',
    fields: [
      { key: 'name', kind: 'text', max: 100, required: true },
      { key: 'title', kind: 'text', max: 100 },
      { key: 'mobile', kind: 'text', max: 40 },
      { key: 'phone', kind: 'text', max: 40 },
      { key: 'email', kind: 'text', max: 254 },
      { key: 'wechat', kind: 'text', max: 100 },
      { key: 'birthday', kind: 'date' },
      { key: 'notes', kind: 'textarea', max: 2000 },
      { key: 'tags', kind: 'tags' }
    ]
  },
  opportunity: {
    path: '/opportunities',
    fields: [
      { key: 'name', kind: 'text', max: 200, required: true },
      { key: 'amount', kind: 'decimal' },
      { key: 'expectedCloseDate', kind: 'date' },
      { key: 'tags', kind: 'tags' }
    ]
  }
}

/** A select option's label: its message under the field's `optionLabel` prefix when there is one, else the option itself. */
export function optionLabel({ t, te }, field, option) {
  const key = `${field.optionLabel}.${option}`
  return field.optionLabel && te(key) ? t(key) : option
}

/** The form's values of a record's own fields: text for text and numbers, null for an empty date or select, tags as a list. */
export function ownFormValues(entity, record) {
  return Object.fromEntries(RECORD_FORMS[entity].fields.map(({ key, kind }) => {
    const value = record?.[key]
    if (kind === 'tags') return [key, [...(value ?? [])]]
    if (value === undefined || value === null) return [key, kind === 'date' || kind === 'select' ? null : '']
    return [key, kind === 'integer' || kind === 'decimal' ? String(value) : value]
  }))
}

function apiValue(kind, value) {
  // Tags are always a list: no tags is an empty one.
  if (kind === 'tags') return [...new Set((value ?? []).map((tag) => String(tag).trim()).filter(Boolean))]
  if (value === undefined || value === null) return null
  if (kind === 'date' || kind === 'select') return value === '' ? null : value
  const text = String(value).trim()
  if (text === '') return null
  if (kind === 'integer' || kind === 'decimal') {
    const plain = text.replace(/,/g, '')
    // Sent as a number when it reads as one, else as typed: the API's validation answers at the field.
    return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text
  }
  return text
}

function same(kind, before, after) {
  if (kind === 'tags') return [...(before ?? [])].sort().join('\n') === [...after].sort().join('\n')
  if ((before === undefined || before === null || before === '') && after === null) return true
  if (kind === 'integer' || kind === 'decimal') return typeof after === 'number' && Number(before) === after
  return before === after
}

/**
 * The merge patch of a record's own fields: only the fields whose value changed from the record as
 * read, a cleared one as null. Answers an empty object when nothing changed.
 */
export function ownChanges(entity, values, record) {
  const patch = {}
  for (const { key, kind } of RECORD_FORMS[entity].fields) {
    const value = apiValue(kind, values[key])
    if (!same(kind, record?.[key], value)) patch[key] = value
  }
  return patch
}

/** The whole PATCH body of an edit: own changes plus the custom field changes, or null when nothing changed. */
export function editPatch(ownPatch, customPatch) {
  const body = { ...ownPatch, ...(customPatch ? { customFields: customPatch } : {}) }
  return Object.keys(body).length ? body : null
}
