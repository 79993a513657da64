import { createI18n } from 'vue-i18n'
import en from './en.js'
import zhCN from './zh-CN.js'

export const LOCALES = ['zh-CN', 'en']
const STORAGE_KEY = 'tradewind.locale'

/** zh-CN for a browser whose preferred languages start with Chinese, English otherwise. */
export function browserLocale(languages = globalThis.navigator?.languages ?? []) {
  for (const language of languages) {
    const tag = String(language).toLowerCase()
    if (tag.startsWith('zh')) return 'zh-CN'
    if (tag.startsWith('en')) return 'en'
  }
  return 'en'
}

/** The language chosen in this browser before, else the browser's. */
export function initialLocale(storage = globalThis.localStorage, languages) {
  const stored = storage?.getItem(STORAGE_KEY)
  return LOCALES.includes(stored) ? stored : browserLocale(languages)
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN }
})

/** Switches the UI language and remembers the choice in this browser. */
export function setLocale(locale, remember = true) {
  if (!LOCALES.includes(locale)) return
  i18n.global.locale.value = locale
  globalThis.document?.documentElement.setAttribute('lang', locale)
  if (remember) globalThis.localStorage?.setItem(STORAGE_KEY, locale)
}

/** Whether the language was picked explicitly (it then wins over the profile's). */
export function localeChosen() {
  return LOCALES.includes(globalThis.localStorage?.getItem(STORAGE_KEY))
}

export function currentLocale() {
  return i18n.global.locale.value
}

// The lead import wizard's and the sales settings screens' text (their own files, merged in).
import adminSalesEn from './admin-sales-en.js'
import adminSalesZhCN from './admin-sales-zh-CN.js'
i18n.global.mergeLocaleMessage('en', adminSalesEn)
i18n.global.mergeLocaleMessage('zh-CN', adminSalesZhCN)

// The custom fields screen and the custom fields on the records (their own files, merged in).
import customFieldsEn from './customfields-en.js'
import customFieldsZhCN from './customfields-zh-CN.js'
i18n.global.mergeLocaleMessage('en', customFieldsEn)
i18n.global.mergeLocaleMessage('zh-CN', customFieldsZhCN)

// The sales lists' filters and exports, the records' edit forms, the tenant's time zone (their own files, merged in).
import listsEn from './lists-en.js'
import listsZhCN from './lists-zh-CN.js'
i18n.global.mergeLocaleMessage('en', listsEn)
i18n.global.mergeLocaleMessage('zh-CN', listsZhCN)
