import { describe, expect, it } from 'vitest'
import { missingItems, nextStage } from '../src/pages/sales/sales.js'

const stages = [
  { id: 'a', kind: 'open', entryChecklist: [], exitChecklist: [] },
  { id: 'b', kind: 'open', entryChecklist: ['已确认客户需求'], exitChecklist: ['已提交报价'] },
  { id: 'lost', kind: 'lost', entryChecklist: [], exitChecklist: [] },
  { id: 'won', kind: 'won', entryChecklist: ['合同已签订'], exitChecklist: [] }
]

describe('the kanban moves', () => {
  it('steps to the next stage that is not a lost one', () => {
    expect(nextStage(stages, 'a').id).toBe('b')
    expect(nextStage(stages, 'b').id).toBe('won')
    expect(nextStage(stages, 'won')).toBeNull()
  })

  it('asks for the exit and entry items not yet ticked, once each', () => {
    expect(missingItems({ checkedItems: [] }, stages[0], stages[1])).toEqual(['已确认客户需求'])
    expect(missingItems({ checkedItems: ['已提交报价'] }, stages[1], stages[3])).toEqual(['合同已签订'])
    expect(missingItems({ checkedItems: ['已确认客户需求'] }, stages[0], stages[1])).toEqual([])
  })
})
