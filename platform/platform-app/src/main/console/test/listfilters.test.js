import { describe, expect, it } from 'vitest'
import { createSSRApp, h, reactive } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createI18n } from 'vue-i18n'
import { ID_INJECTION_KEY, ZINDEX_INJECTION_KEY } from 'element-plus'
import en from '../src/i18n/en.js'
import listsEn from '../src/i18n/lists-en.js'
import CustomFieldFilters from '../src/customfields/CustomFieldFilters.vue'
import ProblemAlert from '../src/components/ProblemAlert.vue'
import { ApiProblem } from '../src/api/problem.js'

// The filter bar's custom field controls and the edit form's stale-record problem, rendered as the server renderer writes them (no browser):
// which controls a list gets for which field types, and that an API message lands at its control.
function render(component, props) {
  const app = createSSRApp({ render: () => h('form', [h(component, props)]) })
  app.use(createI18n({ legacy: false, locale: 'en', messages: { en: { ...en, ...listsEn } } }))
  app.provide(ID_INJECTION_KEY, { prefix: 1, current: 0 })
  app.provide(ZINDEX_INJECTION_KEY, { current: 0 })
  return renderToString(app)
}

const fields = [
  { code: 'level', type: 'choice', labelEn: 'Level', options: [{ code: 'a', labelEn: 'A' }] },
  { code: 'beds', type: 'number', labelEn: 'Beds' },
  { code: 'visitDate', type: 'date', labelEn: 'Visit date' },
  { code: 'note', type: 'text', labelEn: 'Note' },
  { code: 'old', type: 'number', labelEn: 'Old', active: false }
]

describe('CustomFieldFilters', () => {
  it('shows a select per choice field and a from–to pair per number and date field, and nothing else', async () => {
    const filters = reactive({})
    const html = await render(CustomFieldFilters, { fields, filters })
    expect(html).toContain('data-custom-filter="level"')
    expect(html).toContain('name="cf.beds.from"')
    expect(html).toContain('name="cf.beds.to"')
    expect(html).toContain('name="cf.visitDate.from"')
    expect(html).toContain('name="cf.visitDate.to"')
    expect(html).not.toContain('data-custom-filter="note"')
    expect(html).not.toContain('cf.old')
    expect(filters).toEqual({ level: [], beds: { from: '', to: '' }, visitDate: { from: null, to: null } })
  })

  it('marks the control the API named in a refused list', async () => {
    // (The message itself appears after Element Plus's 100 ms debounce, in the browser: ListsAndEditingConsoleIT.)
    const html = await render(CustomFieldFilters, { fields, filters: reactive({}), errors: { 'cf.beds.to': 'must not be before the start' } })
    const tagOf = (code) => html.match(new RegExp(`<div[^>]*data-custom-filter="${code}"[^>]*>`))[0]
    expect(tagOf('beds')).toContain('is-error')
    expect(tagOf('visitDate')).not.toContain('is-error')
    expect(tagOf('level')).not.toContain('is-error')
  })
})

describe('ProblemAlert of a record being edited', () => {
  const stale = new ApiProblem(412, { title: 'Precondition failed', detail: 'The record changed since it was read.' })

  it('offers the latest version instead of saying it was loaded', async () => {
    const html = await render(ProblemAlert, { problem: stale, reload: () => {} })
    expect(html).toContain('The record changed since it was read.')
    expect(html).toContain('data-testid="problem-reload"')
    expect(html).toContain(listsEn.lists.edit.staleHint)
    expect(html).not.toContain(en.problem.stale)
  })

  it('keeps the reloaded wording where the screen reloads by itself, and no button for other problems', async () => {
    expect(await render(ProblemAlert, { problem: stale })).toContain(en.problem.stale)
    const invalid = await render(ProblemAlert, { problem: new ApiProblem(400, { title: 'Invalid' }), reload: () => {} })
    expect(invalid).not.toContain('problem-reload')
  })
})
