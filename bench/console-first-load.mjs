// How long the console takes to become interactive on a first visit: Debian's headless Chromium with
// a fresh profile (cold cache) per run, driven over the DevTools protocol (no package needed).
// "Interactive" is when the screen's own content is on the page, its scripts have run and it takes
// input: the login form (public first visit) or the "my day" greeting of a signed-in user (the
// session is put in localStorage before any script of the page runs, so nothing is cached).
// Times are from the navigation start (performance.now() in the page), plus the Navigation Timing
// marks and the bytes transferred. Usage (Node 20 needs the flag, Node 22 has WebSocket):
//   node --experimental-websocket bench/console-first-load.mjs <baseUrl> <runs> [sessionJson]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [baseUrl = 'http://localhost:19080', runsArg = '5', sessionJson] = process.argv.slice(2)
const RUNS = Number(runsArg)
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900', '--remote-debugging-port=0']

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'tw-first-load-'))
  const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' })
  const portFile = join(profile, 'DevToolsActivePort')
  for (let i = 0; i < 300 && !existsSync(portFile); i++) await sleep(100)
  const port = readFileSync(portFile, 'utf8').split('\n')[0]
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()
  const page = targets.find((target) => target.type === 'page')
  return { child, profile, wsUrl: page.webSocketDebuggerUrl }
}

function connect(wsUrl) {
  const socket = new WebSocket(wsUrl)
  let nextId = 1
  const pending = new Map()
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data)
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id)
      pending.delete(message.id)
      message.error ? reject(new Error(message.error.message)) : resolve(message.result)
    }
  })
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = nextId++
    pending.set(id, { resolve, reject })
    socket.send(JSON.stringify({ id, method, params }))
  })
  return new Promise((resolve) => socket.addEventListener('open', () => resolve({ send, close: () => socket.close() })))
}

// Runs in the page before its own scripts: notes performance.now() when `selector` first shows.
function watcher(selector, session) {
  return `(() => {
    ${session ? `localStorage.setItem('tradewind.session', ${JSON.stringify(session)});` : ''}
    const seen = () => { const el = document.querySelector(${JSON.stringify(selector)}); return el && el.offsetParent !== null }
    const note = () => { if (window.__interactiveAt === undefined && seen()) window.__interactiveAt = performance.now() }
    new MutationObserver(note).observe(document, { childList: true, subtree: true, attributes: true })
  })()`
}

async function measure(path, selector, session) {
  const browser = await startBrowser()
  try {
    const cdp = await connect(browser.wsUrl)
    await cdp.send('Page.enable')
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: watcher(selector, session) })
    await cdp.send('Page.navigate', { url: baseUrl + path })
    const started = Date.now()
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__interactiveAt', returnByValue: true })
      if (typeof result.value === 'number') break
      if (Date.now() - started > 60_000) throw new Error(`${selector} did not show within 60 s on ${path}`)
      await sleep(25)
    }
    await sleep(300) // lets the load event and late resources settle for the timing entries
    const { result } = await cdp.send('Runtime.evaluate', {
      returnByValue: true,
      expression: `(() => {
        const nav = performance.getEntriesByType('navigation')[0]
        const resources = performance.getEntriesByType('resource')
        const bytes = resources.reduce((sum, r) => sum + (r.transferSize || 0), nav.transferSize || 0)
        const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js')).length
        return { interactive: window.__interactiveAt, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                 ttfb: nav.responseStart, requests: resources.length + 1, scripts, kb: Math.round(bytes / 1024) }
      })()`
    })
    cdp.close()
    return result.value
  } finally {
    browser.child.kill('SIGTERM')
    await sleep(300)
    rmSync(browser.profile, { recursive: true, force: true })
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const round = (ms) => Math.round(ms)

const cases = [{ name: 'login page (public first visit)', path: '/#/login', selector: '[data-testid=login-form] input[name=email]' }]
if (sessionJson) cases.push({ name: 'my day (signed in, cold cache)', path: '/#/app/my-day', selector: '[data-testid=welcome]', session: sessionJson })
for (const { name, path, selector, session } of cases) {
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(await measure(path, selector, session))
  console.log(`${name}: interactive median ${round(median(runs.map((r) => r.interactive)))} ms ` +
    `(runs ${runs.map((r) => round(r.interactive)).join(', ')}); DOMContentLoaded median ${round(median(runs.map((r) => r.dcl)))} ms, ` +
    `load ${round(median(runs.map((r) => r.load)))} ms, first byte ${round(median(runs.map((r) => r.ttfb)))} ms; ` +
    `${runs[0].requests} requests, ${runs[0].scripts} scripts, ${runs[0].kb} KB transferred`)
}
