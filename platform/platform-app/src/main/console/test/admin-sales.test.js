import { describe, expect, it, vi } from 'vitest'
import en from '../src/i18n/admin-sales-en.js'
import zhCN from '../src/i18n/admin-sales-zh-CN.js'
import { csvHeader, mapsNameOrCompany, suggestField, suggestMapping } from '../src/pages/sales/leadImport.js'
import { checklistLines, formToRule, listOf, reorderedSortOrders, ruleToForm } from '../src/pages/admin/adminSales.js'
import { createApiClient } from '../src/api/client.js'
import { createSessionStore } from '../src/api/session.js'

vi.mock('../src/state.js', () => ({ api: {} }))

function keys(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('the sales settings messages', () => {
  it('has every key in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })
})

describe('the import wizard', () => {
  it('reads a CSV header with quotes, a byte-order mark and semicolons', () => {
    expect(csvHeader('\uFEFF姓名,"公司, 名称",手机\r\n张三,x,1')).toEqual(['姓名', '公司, 名称', '手机'])
    expect(csvHeader('name;"say ""hi""";email\n')).toEqual(['name', 'say "hi"', 'email'])
  })

  it('matches Chinese and English headers to lead fields, each field once', () => {
    expect(suggestField(' 手机号 ')).toBe('phone')
    expect(suggestField('Company Name')).toBe('companyName')
    expect(suggestField('E-mail')).toBe('email')
    expect(suggestField('地区编码')).toBe('regionCode')
    expect(suggestField('颜色')).toBe('')
    expect(suggestField('标签')).toBe('tags')
    const mapping = suggestMapping(['客户姓名', '电话', '手机', 'Product line', '其它'])
    expect(mapping).toEqual({ 客户姓名: 'name', 电话: 'phone', 手机: '', 'Product line': 'productLine', 其它: '' })
    expect(mapsNameOrCompany(mapping)).toBe(true)
    expect(mapsNameOrCompany({ 电话: 'phone' })).toBe(false)
  })
})

describe('the settings helpers', () => {
  it('turns lines and lists into clean arrays', () => {
    expect(checklistLines(' 已确认需求 \n\n已报价\n已确认需求')).toEqual(['已确认需求', '已报价'])
    expect(listOf('32, 3201，44')).toEqual(['32', '3201', '44'])
    expect(listOf(' ')).toBeNull()
  })

  it('renumbers only the records whose order changes', () => {
    const records = [{ id: 'b', sortOrder: 20 }, { id: 'a', sortOrder: 10 }, { id: 'c', sortOrder: 30 }]
    expect(reorderedSortOrders(records).map((r) => [r.stage.id, r.sortOrder])).toEqual([['b', 10], ['a', 20]])
    expect(reorderedSortOrders([{ id: 'x', priority: 5 }], 'priority').map((r) => [r.rule.id, r.priority])).toEqual([['x', 10]])
  })

  it('keeps a grading rule through the form', () => {
    const rule = { grade: 'A', name: '大客户', minCompanySize: 100, minYearsInBusiness: null, minTeamSize: 5, regionCodes: ['32'], industries: null, tags: ['重点'] }
    expect(formToRule(ruleToForm(rule))).toEqual(rule)
  })
})

describe('the API client for files', () => {
  it('uploads a FormData without a JSON type and downloads a Blob', async () => {
    const storage = new Map()
    const session = createSessionStore({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v), removeItem: (k) => storage.delete(k) }, () => 0)
    const calls = []
    const fetch = vi.fn(async (url, init) => {
      calls.push({ url, init })
      return calls.length === 1
        ? new Response(JSON.stringify({ id: 'J1', status: 'queued' }), { status: 202, headers: { 'Content-Type': 'application/json' } })
        : new Response('row,field\n3,email\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })
    })
    const api = createApiClient({ session, fetch })
    const form = new FormData()
    form.append('duplicates', 'skip')
    const { data, status } = await api.upload('/leads/imports', form)
    expect([status, data.id]).toEqual([202, 'J1'])
    expect(calls[0].init.body).toBe(form)
    expect(calls[0].init.headers['Content-Type']).toBeUndefined()
    const blob = await api.download('/jobs/J1/error-report')
    expect(await blob.text()).toContain('3,email')
    expect(calls[1].init.headers.Accept).toBe('*/*')
  })
})
