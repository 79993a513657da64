import { describe, expect, it } from 'vitest'
import en from '../src/i18n/lists-en.js'
import zhCN from '../src/i18n/lists-zh-CN.js'
import { RECORD_FORMS, editPatch, ownChanges, ownFormValues } from '../src/records/recordForms.js'
import { dayEnd, dayStart, exportQuery } from '../src/records/lists.js'

function keys(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('the lists and edit form messages', () => {
  it('has every key in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })

  it('labels every field of every edit form', () => {
    for (const [entity, form] of Object.entries(RECORD_FORMS)) {
      for (const field of form.fields) expect(en.lists.field[entity][field.key], `${entity}.${field.key}`).toBeTruthy()
    }
  })
})

describe('the edit form of a record', () => {
  const customer = { id: '7', name: '华东医疗', grade: 'B', industry: null, companySize: 120, phone: '021-1', needs: 'CT', version: 3 }

  it("shows a record's own fields, numbers as text and empty values as blanks", () => {
    expect(ownFormValues('customer', customer)).toEqual({
      name: '华东医疗', grade: 'B', industry: '', companySize: '120', yearsInBusiness: '', teamSize: '', phone: '021-1', email: '', address: '', needs: 'CT', tags: []
    })
    expect(ownFormValues('opportunity', { name: 'x', amount: 5000.5, expectedCloseDate: null }))
      .toEqual({ name: 'x', amount: '5000.5', expectedCloseDate: null, tags: [] })
  })

  it('patches only what changed: trimmed text, numbers as numbers, a cleared value as null', () => {
    const values = ownFormValues('customer', customer)
    expect(ownChanges('customer', values, customer)).toEqual({})
    Object.assign(values, { name: ' 华东医疗集团 ', companySize: '1,200', phone: '', grade: null, industry: '  ' })
    expect(ownChanges('customer', values, customer)).toEqual({ name: '华东医疗集团', companySize: 1200, phone: null, grade: null })
  })

  it('leaves a number that does not read as one for the API to refuse at the field', () => {
    const values = { ...ownFormValues('opportunity', { name: 'x', amount: 10 }), amount: 'ten' }
    expect(ownChanges('opportunity', values, { name: 'x', amount: 10 })).toEqual({ amount: 'ten' })
    expect(ownChanges('opportunity', { ...values, amount: '10.0' }, { name: 'x', amount: 10 })).toEqual({})
  })

  it('changes dates and selects as chosen', () => {
    const contact = { name: '李医生', birthday: '1980-05-01' }
    expect(ownChanges('contact', { ...ownFormValues('contact', contact), birthday: null }, contact)).toEqual({ birthday: null })
    const lead = { name: 'x', source: 'website', status: 'new' }
    expect(ownChanges('lead', { ...ownFormValues('lead', lead), status: 'qualified' }, lead)).toEqual({ status: 'qualified' })
  })

  it("edits a lead's tags as a list: trimmed, once each, in any order, all removed as an empty list", () => {
    const lead = { name: 'x', source: 'website', status: 'new', tags: ['展会', '高意向'] }
    const values = ownFormValues('lead', lead)
    expect(values.tags).toEqual(['展会', '高意向'])
    expect(ownChanges('lead', { ...values, tags: ['高意向', '展会'] }, lead)).toEqual({})
    expect(ownChanges('lead', { ...values, tags: ['展会', ' 复购 ', '复购', ''] }, lead)).toEqual({ tags: ['展会', '复购'] })
    expect(ownChanges('lead', { ...values, tags: [] }, lead)).toEqual({ tags: [] })
    expect(ownFormValues('lead', { name: 'y' }).tags).toEqual([])
    expect(ownChanges('lead', ownFormValues('lead', { name: 'y' }), { name: 'y' })).toEqual({})
  })

  it('edits the tags of customers, contacts and opportunities as those of leads', () => {
    for (const entity of ['customer', 'contact', 'opportunity']) {
      const record = { name: 'x', tags: ['重点'] }
      const values = ownFormValues(entity, record)
      expect(values.tags, entity).toEqual(['重点'])
      expect(ownChanges(entity, values, record), entity).toEqual({})
      expect(ownChanges(entity, { ...values, tags: ['重点', ' 展会 '] }, record), entity).toEqual({ tags: ['重点', '展会'] })
      expect(ownChanges(entity, { ...values, tags: [] }, record), entity).toEqual({ tags: [] })
    }
  })

  it('sends nothing when neither the own nor the custom fields changed', () => {
    expect(editPatch({}, undefined)).toBeNull()
    expect(editPatch({ name: 'n' }, undefined)).toEqual({ name: 'n' })
    expect(editPatch({}, { beds: 5 })).toEqual({ customFields: { beds: 5 } })
  })
})

describe('list filters and exports', () => {
  it('turns local days into the instants the API filters by, both ends inclusive', () => {
    expect(new Date(dayStart('2026-03-01')).getTime()).toBe(new Date(2026, 2, 1).getTime())
    expect(new Date(dayEnd('2026-03-01')).getTime()).toBe(new Date(2026, 2, 2).getTime() - 1)
    expect(dayStart(null)).toBeUndefined()
    expect(dayEnd(undefined)).toBeUndefined()
  })

  it("exports with the list's filters, without its paging", () => {
    expect(exportQuery({ q: '医院', page: 3, size: 20, grade: '', 'cf.beds.from': '100', sort: '-updatedAt', createdFrom: undefined }, 'xlsx'))
      .toEqual({ format: 'xlsx', q: '医院', 'cf.beds.from': '100', sort: '-updatedAt' })
  })
})
