import { describe, expect, it } from 'vitest'
import { createSSRApp, h, reactive } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createI18n } from 'vue-i18n'
import { ID_INJECTION_KEY, ZINDEX_INJECTION_KEY } from 'element-plus'
import en from '../src/i18n/en.js'
import listsEn from '../src/i18n/lists-en.js'
import FilterBar from '../src/records/FilterBar.vue'
import RecordFormFields from '../src/records/RecordFormFields.vue'
import { CREATED, MINE, SEARCH, TAG, blankFilters, filterParams, paramsOf, resetFilters } from '../src/records/filterBar.js'
import { RECORD_FORMS, ownFormValues } from '../src/records/recordForms.js'

// The shared filter bar of the sales lists and the record forms' tag input, rendered by the server
// renderer (no browser; typing and filtering in Chromium: ListsAndEditingConsoleIT).
function render(component, props, slot) {
  const app = createSSRApp({ render: () => h(component, props, slot) })
  app.use(createI18n({ legacy: false, locale: 'en', messages: { en: { ...en, ...listsEn } } }))
  app.provide(ID_INJECTION_KEY, { prefix: 1, current: 0 })
  app.provide(ZINDEX_INJECTION_KEY, { current: 0 })
  return renderToString(app)
}

const GRADE = { key: 'grade', kind: 'select', options: ['A', 'B', 'C'], placeholder: 'sales.grade' }
const CLOSE = { key: 'expectedClose', kind: 'dateRange', from: 'expectedCloseFrom', to: 'expectedCloseTo', label: 'sales.expectedClose' }
const CUSTOMERS = [SEARCH('sales.searchCustomers'), GRADE, TAG, MINE, CREATED]

describe('the filter values of a list', () => {
  it('starts blank: text empty, owner off, no date range', () => {
    expect(blankFilters([...CUSTOMERS, CLOSE])).toEqual({ q: '', grade: '', tag: '', ownerId: false, created: null, expectedClose: null })
  })

  it('asks the API only for what is filled in', () => {
    const params = filterParams([...CUSTOMERS, CLOSE], blankFilters([...CUSTOMERS, CLOSE]))
    expect(Object.entries(params).filter(([, value]) => value !== undefined)).toEqual([])
  })

  it('sends text trimmed, the tag as ?tag=, mine as ownerId=me, created days as instants and other days as days', () => {
    const values = { q: ' 医疗 ', grade: 'B', tag: ' 重点 ', ownerId: true, created: ['2026-03-01', '2026-03-02'], expectedClose: ['2026-04-01', '2026-04-30'] }
    expect(filterParams([...CUSTOMERS, CLOSE], values)).toEqual({
      q: '医疗', grade: 'B', tag: '重点', ownerId: 'me',
      createdFrom: new Date(2026, 2, 1).toISOString(), createdTo: new Date(new Date(2026, 2, 3).getTime() - 1).toISOString(),
      expectedCloseFrom: '2026-04-01', expectedCloseTo: '2026-04-30'
    })
  })

  it('resets in place, so the list keeps reading the same object', () => {
    const values = reactive({ q: 'x', grade: 'A', tag: 't', ownerId: true, created: ['2026-01-01', '2026-01-02'] })
    resetFilters(CUSTOMERS, values)
    expect(values).toEqual(blankFilters(CUSTOMERS))
  })

  it("reports a range's problems at both of its parameters", () => {
    expect(paramsOf(CREATED)).toEqual(['createdFrom', 'createdTo'])
    expect(paramsOf(TAG)).toEqual(['tag'])
  })
})

describe('FilterBar', () => {
  const props = (extra = {}) => ({ fields: CUSTOMERS, filters: reactive(blankFilters(CUSTOMERS)), testid: 'customer-filters', ...extra })

  it('draws a control per described filter, with Search and Reset', async () => {
    const html = await render(FilterBar, props())
    expect(html).toContain('data-testid="customer-filters"')
    expect(html).toMatch(new RegExp(`<input[^>]*name="q"[^>]*placeholder="${en.sales.searchCustomers}"`))
    expect(html).toContain('data-filter="grade"')
    expect(html).toMatch(/<input[^>]*name="tag"/)
    expect(html).toContain(listsEn.lists.filter.mine)
    expect(html).toMatch(/<input[^>]*name="ownerId"/)
    expect(html).toContain('data-filter="created"')
    expect(html).toContain(listsEn.lists.created)
    expect(html).toMatch(/<input[^>]*name="createdFrom"[^>]*placeholder="From"/)
    expect(html).toMatch(/<input[^>]*name="createdTo"[^>]*placeholder="To"/)
    expect(html).toContain('data-testid="filters-search"')
    expect(html).toContain('data-testid="filters-reset"')
  })

  it('draws only the filters it is given', async () => {
    const html = await render(FilterBar, props({ fields: [SEARCH('sales.searchCustomers')], filters: reactive({ q: '' }) }))
    expect(html).toMatch(/name="q"/)
    expect(html).not.toContain('name="tag"')
    expect(html).not.toContain('data-filter="created"')
    expect(html).not.toContain('data-filter="ownerId"')
  })

  it('adds the custom field filters when the list has them', async () => {
    const fields = [{ code: 'beds', type: 'number', labelEn: 'Beds' }]
    expect(await render(FilterBar, props({ customFields: fields, customFilters: reactive({}) }))).toContain('name="cf.beds.from"')
    expect(await render(FilterBar, props({ customFields: fields }))).not.toContain('cf.beds')
  })

  it("marks the control whose parameter the API refused", async () => {
    const html = await render(FilterBar, props({ errors: { createdTo: 'must not be before the start' } }))
    const tagOf = (key) => html.match(new RegExp(`<div[^>]*data-filter="${key}"[^>]*>`))[0]
    expect(tagOf('created')).toContain('is-error')
    expect(tagOf('tag')).not.toContain('is-error')
  })

  it("shows the list's extras after its buttons", async () => {
    const html = await render(FilterBar, props(), { default: () => h('span', { 'data-testid': 'extra' }) })
    expect(html.indexOf('data-testid="extra"')).toBeGreaterThan(html.indexOf('data-testid="filters-reset"'))
  })
})

describe('the tag input of the record forms', () => {
  for (const entity of ['lead', 'customer', 'contact', 'opportunity']) {
    it(`is in the ${entity} form`, async () => {
      const record = { name: 'x', source: 'website', status: 'new', tags: ['重点客户', '展会'] }
      const html = await render(RecordFormFields, { entity, values: reactive(ownFormValues(entity, record)), record })
      const field = html.slice(html.indexOf('data-field="tags"'))
      expect(html).toContain('data-field="tags"')
      expect(field).toContain('data-testid="tags-input"')
      expect(field).toMatch(/<input[^>]*name="tags"/)
      expect(field).toContain(listsEn.lists.field[entity].tags)
    })
  }

  it('lays out every field of a form, so none is left out of the drawer', async () => {
    const html = await render(RecordFormFields, { entity: 'customer', values: reactive(ownFormValues('customer', {})) })
    for (const field of RECORD_FORMS.customer.fields) expect(html).toContain(`data-field="${field.key}"`)
  })
})
