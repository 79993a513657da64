import { describe, expect, it } from 'vitest'
import en from '../src/i18n/en.js'
import zhCN from '../src/i18n/zh-CN.js'
import { browserLocale } from '../src/i18n/index.js'

function keys(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('messages', () => {
  it('has every key in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })

  it('uses the glossary terms of DOMAIN.md in Chinese', () => {
    expect(zhCN.nav).toMatchObject({ leads: '线索', customers: '客户', pool: '公海', opportunities: '商机' })
    expect(zhCN.role).toMatchObject({ 'sales-manager': '销售经理', 'sales-rep': '销售代表', 'sales-assistant': '销售助理' })
  })

  it('picks zh-CN for any Chinese browser and English otherwise', () => {
    expect(browserLocale(['zh-TW', 'en'])).toBe('zh-CN')
    expect(browserLocale(['zh'])).toBe('zh-CN')
    expect(browserLocale(['en-GB', 'zh-CN'])).toBe('en')
    expect(browserLocale(['de-DE'])).toBe('en')
    expect(browserLocale([])).toBe('en')
  })
})
