import { describe, expect, it } from 'vitest'
import en from '../src/i18n/customfields-en.js'
import zhCN from '../src/i18n/customfields-zh-CN.js'
import {
  clearFilters, createRequest, definitionForm, displayValue, emptyFilter, errorFor, filterQuery, filterableFields, formValues, labelOf,
  suggestCode, toApi, updatePatch
} from '../src/customfields/customFields.js'

function keys(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

const level = {
  code: 'level', type: 'choice', multiple: false, active: true, labelEn: 'Hospital level', labelZh: '医院等级',
  options: [{ code: 'a3', labelEn: 'Class III A', labelZh: '三甲' }, { code: 'b2', labelEn: 'Class II B', labelZh: '二乙' }]
}
const tags = { ...level, code: 'tags', multiple: true }
const beds = { code: 'beds', type: 'number', labelEn: 'Beds', labelZh: '床位数' }
const since = { code: 'since', type: 'date', labelEn: 'Since', labelZh: '起始' }
const note = { code: 'note', type: 'text', labelEn: 'Note', labelZh: '备注' }
const agent = { code: 'agent', type: 'lookup', lookupEntity: 'user', labelEn: 'Agent', labelZh: '代理' }
const fields = [level, tags, beds, since, note, agent]

describe('the custom field messages', () => {
  it('has every key in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })
})

describe('custom field values on a form', () => {
  it('starts empty per type, and from a record as the API shows it', () => {
    expect(formValues(fields, null)).toEqual({ level: null, tags: [], beds: '', since: null, note: '', agent: null })
    expect(formValues(fields, { customFields: { level: 'a3', tags: ['b2'], beds: 800.5, since: '2020-01-02' } }))
      .toEqual({ level: 'a3', tags: ['b2'], beds: '800.5', since: '2020-01-02', note: '', agent: null })
  })

  it('sends only the filled values on a create, numbers as numbers', () => {
    const values = { ...formValues(fields, null), level: 'a3', beds: ' 1,200.5 ', note: '  hi ', tags: [] }
    expect(toApi(fields, values)).toEqual({ level: 'a3', beds: 1200.5, note: 'hi' })
    expect(toApi(fields, formValues(fields, null))).toBeUndefined()
  })

  it('leaves a number that does not read as one for the API to refuse', () => {
    expect(toApi([beds], { beds: '12abc' })).toEqual({ beds: '12abc' })
  })

  it('sends the changes of an update, a cleared value as null', () => {
    const before = { customFields: { level: 'a3', beds: 800, tags: ['a3'] } }
    const values = { ...formValues(fields, before), level: null, beds: '800', tags: ['a3', 'b2'] }
    expect(toApi(fields, values, before)).toEqual({ level: null, tags: ['a3', 'b2'] })
    expect(toApi(fields, formValues(fields, before), before)).toBeUndefined()
  })

  it('shows values in the reader\'s language', () => {
    expect(displayValue(level, 'a3', 'zh-CN')).toBe('三甲')
    expect(displayValue(tags, ['a3', 'b2'], 'zh-CN')).toBe('三甲、二乙')
    expect(displayValue(tags, ['a3', 'gone'], 'en')).toBe('Class III A, gone')
    expect(displayValue(beds, 1200.5, 'en')).toBe('1,200.5')
    expect(displayValue(since, '2020-01-02', 'en')).toBe('Jan 2, 2020')
    expect(displayValue(note, '', 'en')).toBe('')
    expect(labelOf(level, 'zh-CN')).toBe('医院等级')
    expect(labelOf(level, 'en')).toBe('Hospital level')
  })
})

describe('custom field filters', () => {
  it('offers the active choice, number and date fields and sends cf.<code> with the chosen codes', () => {
    expect(filterableFields([...fields, { ...level, code: 'old', active: false }]).map((f) => f.code)).toEqual(['level', 'tags', 'beds', 'since'])
    expect(filterQuery({ level: ['a3', 'b2'], tags: [], note: ' x ' })).toEqual({ 'cf.level': 'a3,b2', 'cf.note': 'x' })
  })

  it('sends a number or date range as cf.<code>.from and .to, only the bounds given', () => {
    expect(emptyFilter(beds)).toEqual({ from: '', to: '' })
    expect(emptyFilter(since)).toEqual({ from: null, to: null })
    expect(emptyFilter(level)).toEqual([])
    expect(filterQuery({ beds: { from: ' 1,000 ', to: '' }, since: { from: null, to: '2026-03-31' }, level: [] }))
      .toEqual({ 'cf.beds.from': '1000', 'cf.since.to': '2026-03-31' })
    expect(filterQuery({ beds: { from: '10', to: '20.5' } })).toEqual({ 'cf.beds.from': '10', 'cf.beds.to': '20.5' })
    // A bound that is no number goes as typed: the API answers it at the parameter.
    expect(filterQuery({ beds: { from: 'lots', to: '' } })).toEqual({ 'cf.beds.from': 'lots' })
    expect(filterQuery({ beds: emptyFilter(beds), since: emptyFilter(since) })).toEqual({})
  })

  it('clears every filter and keeps its shape', () => {
    const filters = { level: ['a3'], beds: { from: '1', to: '2' }, since: { from: '2026-01-01', to: null } }
    clearFilters(filters, fields)
    expect(filters).toEqual({ level: [], tags: [], beds: { from: '', to: '' }, since: { from: null, to: null } })
  })
})

describe('the custom field definition form', () => {
  it('sends only what the type takes', () => {
    const form = definitionForm(null, 'customer')
    Object.assign(form, { code: ' level ', type: 'choice', labelZh: '医院等级 ', labelEn: 'Level', options: [{ code: 'a3', labelZh: '三甲', labelEn: 'A3' }, { code: '', labelZh: '', labelEn: '' }] })
    expect(createRequest(form)).toEqual({ entity: 'customer', code: 'level', type: 'choice', labelZh: '医院等级', labelEn: 'Level', required: false, multiple: false, options: [{ code: 'a3', labelZh: '三甲', labelEn: 'A3' }] })
    Object.assign(form, { type: 'lookup', lookupEntity: 'user', sortOrder: 5 })
    expect(createRequest(form)).toEqual({ entity: 'customer', code: 'level', type: 'lookup', labelZh: '医院等级', labelEn: 'Level', required: false, sortOrder: 5, lookupEntity: 'user' })
  })

  it('patches only what changed', () => {
    const field = { ...level, required: false, sortOrder: 10 }
    const form = definitionForm(field)
    expect(updatePatch(form, field)).toEqual({})
    form.labelZh = '等级'
    form.options.push({ code: 'c1', labelZh: '一级', labelEn: 'Class I' })
    expect(updatePatch(form, field)).toEqual({ labelZh: '等级', options: [...level.options.map(({ code, labelZh, labelEn }) => ({ code, labelZh, labelEn })), { code: 'c1', labelZh: '一级', labelEn: 'Class I' }] })
  })

  it('suggests codes from English labels and finds nested messages', () => {
    expect(suggestCode('Class III A')).toBe('class_iii_a')
    expect(suggestCode('3 beds')).toBe('beds')
    expect(suggestCode('三甲')).toBe('')
    expect(errorFor({ 'options[1].code': 'bad' }, 'options')).toBe('bad')
    expect(errorFor({ options: 'none' }, 'options')).toBe('none')
    expect(errorFor({ optionsX: 'no' }, 'options')).toBeUndefined()
  })
})
