import { createApp } from 'vue'
import 'element-plus/theme-chalk/base.css'
import './styles.css'
import App from './App.vue'
import { createAppRouter } from './router.js'
import { currentLocale, i18n, setLocale } from './i18n/index.js'
import { adoptTokens, identityReady, onSessionLost, session, state } from './state.js'
import { completeOidcLogin, oidcCallbackPending, oidcLogoutReturned } from './api/identity.js'

setLocale(currentLocale(), false)
let router = null

onSessionLost(() => {
  const current = router?.currentRoute.value
  if (!current) return
  if (!current.meta.public) router.push({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
})

// Signed out in another tab: this one leaves the console too.
session.subscribe((current) => {
  if (current || !state.me || !router) return
  state.me = null
  if (!router.currentRoute.value.meta.public) router.push({ name: 'login' })
})

/** Back from the identity provider (Keycloak mode): trade the code for tokens, then open the console. */
async function finishOidcLogin() {
  let target = '/login?sso=failed'
  try {
    const { tokens, returnTo } = await completeOidcLogin(await identityReady())
    await adoptTokens(tokens)
    target = returnTo || '/app'
  } finally {
    history.replaceState(null, '', `/#${target}`)
  }
}

async function start() {
  if (oidcCallbackPending()) {
    await finishOidcLogin().catch(() => {})
  } else if (oidcLogoutReturned()) {
    // Back from Keycloak's logout (it returns to the console's root): show the sign-in page.
    history.replaceState(null, '', '/#/login')
  } else if (!['/', '/index.html'].includes(location.pathname)) {
    // An address typed without the hash (/login, /app/admin/users): the server answered this page
    // with a 404; the router shows the screen of that path, or its "page not found".
    history.replaceState(null, '', `/#${location.pathname}${location.search}`)
  }
  router = createAppRouter()
  createApp(App).use(i18n).use(router).mount('#app')
}

start()
