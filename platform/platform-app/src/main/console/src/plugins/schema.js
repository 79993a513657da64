/**
 * The settings form generated from a plugin's JSON Schema: one field per property, typed from the
 * schema (string, enum, number, integer, boolean, array of strings or of an enum; "null" in a
 * type list makes the field optional), its defaults, and the checks the host will make again.
 */

function typesOf(property) {
  const type = property?.type
  return Array.isArray(type) ? type : type ? [type] : []
}

/** The form's fields, in the schema's order. */
export function fieldsOf(schema) {
  const required = new Set(schema?.required ?? [])
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => {
    const types = typesOf(property)
    const nullable = types.includes('null')
    const main = types.find((type) => type !== 'null') ?? (property.enum ? 'string' : 'string')
    const items = property.items ?? {}
    let kind = main
    if (main === 'string' && property.enum) kind = 'enum'
    if (main === 'array') kind = items.enum ? 'multi-enum' : 'tags'
    if (!['string', 'enum', 'number', 'integer', 'boolean', 'tags', 'multi-enum'].includes(kind)) kind = 'unsupported'
    return {
      name,
      kind,
      nullable,
      required: required.has(name),
      title: property.title ?? null,
      description: property.description ?? null,
      options: kind === 'enum' ? property.enum : kind === 'multi-enum' ? items.enum : [],
      minimum: property.minimum,
      maximum: property.maximum,
      minLength: property.minLength,
      maxLength: property.maxLength,
      pattern: property.pattern,
      default: property.default
    }
  })
}

function emptyValue(field) {
  if (field.kind === 'tags' || field.kind === 'multi-enum') return []
  if (field.kind === 'boolean') return false
  if (field.kind === 'number' || field.kind === 'integer') return null
  return ''
}

/** The values the form starts with: the tenant's settings, else the plugin's defaults, else the schema's. */
export function initialValues(fields, settings, defaults) {
  const values = {}
  for (const field of fields) {
    const from = [settings?.[field.name], defaults?.[field.name], field.default].find((value) => value !== undefined)
    values[field.name] = from === undefined || (from === null && field.kind !== 'number' && field.kind !== 'integer')
      ? emptyValue(field)
      : Array.isArray(from) ? [...from] : from
  }
  return values
}

function blank(value) {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** The settings object sent to the host: blank optional fields are left out (or null where the schema allows). */
export function settingsOf(fields, values) {
  const settings = {}
  for (const field of fields) {
    const value = values[field.name]
    if (field.kind === 'unsupported') continue
    if (value === null || value === undefined || value === '') {
      if (field.nullable) settings[field.name] = null
      continue
    }
    settings[field.name] = Array.isArray(value) ? value.map(String) : value
  }
  return settings
}

/**
 * Errors per field, as i18n keys with parameters ({ key, params }): required, range, length,
 * pattern, whole number, choice. The host checks the same and its problem is shown as well.
 */
export function validate(fields, values) {
  const errors = {}
  for (const field of fields) {
    const value = values[field.name]
    const fail = (key, params = {}) => {
      errors[field.name] ??= { key, params }
    }
    if (blank(value)) {
      if (field.required && field.kind !== 'boolean') fail('plugins.form.required')
      continue
    }
    if (field.kind === 'number' || field.kind === 'integer') {
      if (typeof value !== 'number' || Number.isNaN(value)) fail('plugins.form.number')
      else if (field.kind === 'integer' && !Number.isInteger(value)) fail('plugins.form.integer')
      else if (field.minimum !== undefined && value < field.minimum) fail('plugins.form.minimum', { min: field.minimum })
      else if (field.maximum !== undefined && value > field.maximum) fail('plugins.form.maximum', { max: field.maximum })
    }
    if (field.kind === 'string') {
      if (field.minLength !== undefined && value.length < field.minLength) fail('plugins.form.minLength', { min: field.minLength })
      if (field.maxLength !== undefined && value.length > field.maxLength) fail('plugins.form.maxLength', { max: field.maxLength })
      if (field.pattern && !new RegExp(field.pattern, 'u').test(value)) fail('plugins.form.pattern')
    }
    if (field.kind === 'enum' && !field.options.includes(value)) fail('plugins.form.choice')
    if (field.kind === 'multi-enum' && value.some((item) => !field.options.includes(item))) fail('plugins.form.choice')
  }
  return errors
}

/** The field a host's validation error names ("settings.x", "/x", "x" or "$.x") in the form, if any. */
export function fieldOfError(fields, path) {
  const parts = String(path ?? '').split(/[./[\]$]+/).filter(Boolean)
  return fields.find((field) => parts.includes(field.name))?.name ?? null
}
