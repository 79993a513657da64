import { describe, expect, it, vi } from 'vitest'
import en from '../src/i18n/plugins-en.js'
import zhCN from '../src/i18n/plugins-zh-CN.js'
import { fieldOfError, fieldsOf, initialValues, settingsOf, validate } from '../src/plugins/schema.js'
import { mountModule, scopedApi, translator } from '../src/plugins/host.js'

function keys(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

// The channel-management plugin's schema, as the host answers it.
const schema = {
  type: 'object',
  required: ['conflictRule'],
  properties: {
    directRegions: { type: 'array', items: { type: 'string' } },
    directOwnerUserId: { type: ['integer', 'null'] },
    priceTolerancePercent: { type: 'number', minimum: 0, maximum: 100 },
    conflictRule: { type: 'string', enum: ['manager', 'first-registered'] },
    notify: { type: 'boolean', default: true },
    code: { type: 'string', pattern: '^[a-z]+$', maxLength: 5 }
  }
}

describe('plugin messages', () => {
  it('has every key in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })
})

describe('settings form from a JSON Schema', () => {
  const fields = fieldsOf(schema)

  it('types each property', () => {
    expect(fields.map((f) => [f.name, f.kind, f.nullable, f.required])).toEqual([
      ['directRegions', 'tags', false, false],
      ['directOwnerUserId', 'integer', true, false],
      ['priceTolerancePercent', 'number', false, false],
      ['conflictRule', 'enum', false, true],
      ['notify', 'boolean', false, false],
      ['code', 'string', false, false]
    ])
  })

  it('starts from the settings, else the plugin defaults, else the schema default', () => {
    const values = initialValues(fields, {}, { priceTolerancePercent: 5, conflictRule: 'manager', directRegions: [] })
    expect(values).toEqual({ directRegions: [], directOwnerUserId: null, priceTolerancePercent: 5, conflictRule: 'manager', notify: true, code: '' })
    expect(initialValues(fields, { priceTolerancePercent: 3 }, { priceTolerancePercent: 5 }).priceTolerancePercent).toBe(3)
  })

  it('checks what the host checks', () => {
    const errors = validate(fields, { directRegions: [], directOwnerUserId: 1.5, priceTolerancePercent: 101, conflictRule: '', notify: false, code: 'ABC' })
    expect(errors).toEqual({
      directOwnerUserId: { key: 'plugins.form.integer', params: {} },
      priceTolerancePercent: { key: 'plugins.form.maximum', params: { max: 100 } },
      conflictRule: { key: 'plugins.form.required', params: {} },
      code: { key: 'plugins.form.pattern', params: {} }
    })
    expect(validate(fields, { directRegions: ['上海'], directOwnerUserId: null, priceTolerancePercent: 0, conflictRule: 'manager', notify: true, code: 'ab' })).toEqual({})
  })

  it('sends blank optional settings as absent, or null where allowed', () => {
    expect(settingsOf(fields, { directRegions: ['Shanghai'], directOwnerUserId: null, priceTolerancePercent: 3, conflictRule: 'manager', notify: false, code: '' }))
      .toEqual({ directRegions: ['Shanghai'], directOwnerUserId: null, priceTolerancePercent: 3, conflictRule: 'manager', notify: false })
  })

  it('finds the field a host error names', () => {
    expect(fieldOfError(fields, 'settings.conflictRule')).toBe('conflictRule')
    expect(fieldOfError(fields, '/priceTolerancePercent')).toBe('priceTolerancePercent')
    expect(fieldOfError(fields, 'settings')).toBeNull()
  })
})

describe('plugin module host', () => {
  it('scopes the API to the plugin and hands refusals to the console', async () => {
    const send = vi.fn(async (method, path) => {
      if (path.endsWith('/bad')) throw Object.assign(new Error('refused'), { status: 400 })
      return { data: { method, path } }
    })
    const refused = []
    const scoped = scopedApi({ send }, 'channel-management', (p) => refused.push(p.status))
    expect(await scoped.get('/partners')).toEqual({ method: 'GET', path: '/plugins/channel-management/partners' })
    await scoped.post('partners', { name: 'x' })
    expect(send).toHaveBeenLastCalledWith('POST', '/plugins/channel-management/partners', { body: { name: 'x' }, create: true })
    await scoped.request('put', '/criteria', {})
    expect(send).toHaveBeenLastCalledWith('PUT', '/plugins/channel-management/criteria', { body: {}, create: false })
    await expect(scoped.get('/bad')).rejects.toThrow('refused')
    expect(refused).toEqual([400])
  })

  it('translates with the plugin bundle, falling back to the key', () => {
    const t = translator({ title: 'Channels', hello: 'Hi {name}' })
    expect(t('title')).toBe('Channels')
    expect(t('hello', { name: 'Li' })).toBe('Hi Li')
    expect(t('missing')).toBe('missing')
  })

  it('cleans up with what mount returned, or the module unmount', async () => {
    const element = { replaceChildren: vi.fn() }
    const returned = vi.fn()
    const cleanup = await mountModule({ default: () => returned }, element, {}, (k) => k)
    cleanup()
    expect(returned).toHaveBeenCalled()
    const unmount = vi.fn()
    ;(await mountModule({ default: () => undefined, unmount }, element, {}, (k) => k))()
    expect(unmount).toHaveBeenCalledWith(element)
    await expect(mountModule({}, element, {}, (k) => k)).rejects.toThrow('no default export')
  })
})
