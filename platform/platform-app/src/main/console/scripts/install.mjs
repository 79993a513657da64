// Installs the console's npm packages exactly as package-lock.json pins them (`npm ci`), and only
// when the lock file changed since the last install, so repeated Maven builds do not pay for it.
// Run by Maven (platform-app/pom.xml) before `npm run build`.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`The console is built with Node.js 20.19 or newer; this is Node.js ${process.version}. ` +
    'Install a newer Node.js, or build without the console: -Dconsole.skip=true')
  process.exit(1)
}

const lock = readFileSync('package-lock.json')
const digest = createHash('sha256').update(lock).digest('hex')
const stamp = 'node_modules/.tradewind-lock-sha256'
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  console.log('Console npm packages are up to date with package-lock.json')
  process.exit(0)
}

const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' })
if (npm.status !== 0) {
  console.error('npm ci failed: see above. The npm registry must be reachable for the first build.')
  process.exit(npm.status ?? 1)
}
writeFileSync(stamp, digest)
