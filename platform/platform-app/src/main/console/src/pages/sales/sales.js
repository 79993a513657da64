import { api } from '../../state.js'

// Codes the sales APIs use; their labels are in the messages under sales.*.
export const LEAD_SOURCES = ['website', 'chat', 'phone', 'trade-show', 'purchased-list', 'referral', 'cold-visit', 'custom']
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'unqualified', 'converted']
export const ACTIVITY_TYPES = ['call', 'visit', 'meeting', 'negotiation', 'email', 'other']
export const FEEDBACK_OUTCOMES = ['following-up', 'qualified', 'unqualified']

/** An amount in yuan as the reader's language writes it (the API sends decimals as numbers or strings). */
export function money(amount, locale) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(Number(amount ?? 0))
}

/** The tenant's pipeline stages in order (GET /settings/opportunity-stages). */
export function loadStages() {
  return api.get('/settings/opportunity-stages')
}

/**
 * Converts a lead (POST /leads/{id}/convert): one transaction makes the customer, its contact (the
 * lead's person) and an opportunity in the first open stage, and marks the lead converted.
 * Answers { leadId, customerId, contactId, opportunityId }.
 */
export function convertLead(lead, { customerName, opportunityName, amount }) {
  return api.post(`/leads/${lead.id}/convert`, {
    customerName: customerName || undefined,
    createOpportunity: true,
    opportunityName: opportunityName || undefined,
    amount: amount ?? undefined
  })
}

/** The stage after {@code stageId} among the open and won stages, for the one-step move. */
export function nextStage(stages, stageId) {
  const index = stages.findIndex((stage) => stage.id === stageId)
  return stages.slice(index + 1).find((stage) => stage.kind !== 'lost') ?? null
}

/** The checklist items a move from one stage to another needs that the opportunity has not ticked. */
export function missingItems(opportunity, from, to) {
  const required = [...(from?.exitChecklist ?? []), ...(to?.entryChecklist ?? [])]
  return [...new Set(required)].filter((item) => !(opportunity.checkedItems ?? []).includes(item))
}
