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
 * Turns a lead into a customer, its contact and an opportunity in the first open stage, with the
 * APIs of each. The lead API has no conversion action yet, so the lead itself is not marked
 * converted here (see the report of issue 8); answers the three new records.
 */
export async function convertLead(lead, { customerName, contactName, opportunityName, amount }) {
  const customer = await api.create('/customers', {
    name: customerName,
    regionCode: /^[0-9]{2,12}$/.test(lead.regionCode ?? '') ? lead.regionCode : undefined,
    phone: lead.phone || undefined,
    email: lead.email || undefined,
    source: lead.source
  })
  const contact = await api.create('/contacts', {
    name: contactName,
    customerId: customer.id,
    mobile: lead.phone || undefined,
    email: lead.email || undefined,
    primaryContact: true
  })
  const opportunity = await api.create('/opportunities', {
    name: opportunityName,
    customerId: customer.id,
    contactId: contact.id,
    amount: amount ?? undefined,
    source: lead.source
  })
  return { customer, contact, opportunity }
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
