import { i18n } from './index.js'
import en from './plugins-en.js'
import zhCN from './plugins-zh-CN.js'

// The messages of the plugin catalog and screens, merged when the signed-in console loads (imported
// by ConsoleLayout), so that the public pages' first load does not carry them.
i18n.global.mergeLocaleMessage('en', en)
i18n.global.mergeLocaleMessage('zh-CN', zhCN)
