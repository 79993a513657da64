import { describe, expect, it } from 'vitest'
import { useLoader } from '../src/composables.js'

function deferred() {
  let resolve
  const promise = new Promise((r) => { resolve = r })
  return { promise, resolve }
}

describe('useLoader', () => {
  it('keeps the newest call\'s answer when an older one arrives later', async () => {
    const answers = [deferred(), deferred()]
    let calls = 0
    const list = useLoader(() => answers[calls++].promise, [])
    const first = list.load()
    const second = list.load()
    answers[1].resolve(['filtered'])
    await second
    expect(list.data.value).toEqual(['filtered'])
    expect(list.loading.value).toBe(false)
    answers[0].resolve(['everything'])
    await first
    expect(list.data.value).toEqual(['filtered'])
    expect(list.loading.value).toBe(false)
  })

  it('stays loading until the newest call answers', async () => {
    const answers = [deferred(), deferred()]
    let calls = 0
    const list = useLoader(() => answers[calls++].promise, null)
    const first = list.load()
    list.load()
    answers[0].resolve('old')
    await first
    expect(list.loading.value).toBe(true)
    expect(list.data.value).toBe(null)
  })
})
