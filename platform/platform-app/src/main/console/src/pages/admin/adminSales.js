// Pure helpers of the sales settings screens (stages, grading, assignment rules); tested by Vitest.

/** A textarea's lines as a checklist: trimmed, without blanks or repeats. */
export function checklistLines(text) {
  return [...new Set(String(text ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean))]
}

/** A comma- or line-separated list (region codes, industries, tags) as an array, or null when empty. */
export function listOf(text) {
  const items = [...new Set(String(text ?? '').split(/[,，、\n]/).map((item) => item.trim()).filter(Boolean))]
  return items.length ? items : null
}

/**
 * The records, already in their new order, whose sort order must change so that the order holds:
 * numbered 10, 20, 30 … and only those whose number differs are answered.
 */
export function reorderedSortOrders(records, field = 'sortOrder') {
  return records
    .map((record, index) => ({ record, value: (index + 1) * 10 }))
    .filter(({ record, value }) => record[field] !== value)
    .map(({ record, value }) => ({ stage: record, rule: record, [field]: value }))
}

/** The assignment rule kinds (AssignmentKind) and whether a kind needs a match value. */
export const ASSIGNMENT_KINDS = ['round-robin', 'region', 'product-line', 'load']
export function needsMatchValue(kind) {
  return kind === 'region' || kind === 'product-line'
}

/** A grading rule's conditions, from the API's record to the form and back. */
export function ruleToForm(rule) {
  return {
    grade: rule?.grade ?? 'B',
    name: rule?.name ?? '',
    minCompanySize: rule?.minCompanySize ?? null,
    minYearsInBusiness: rule?.minYearsInBusiness ?? null,
    minTeamSize: rule?.minTeamSize ?? null,
    regionCodes: (rule?.regionCodes ?? []).join(', '),
    industries: (rule?.industries ?? []).join(', '),
    tags: (rule?.tags ?? []).join(', ')
  }
}
export function formToRule(form) {
  const number = (value) => (value === null || value === undefined || value === '' ? null : Number(value))
  return {
    grade: form.grade,
    name: form.name.trim(),
    minCompanySize: number(form.minCompanySize),
    minYearsInBusiness: number(form.minYearsInBusiness),
    minTeamSize: number(form.minTeamSize),
    regionCodes: listOf(form.regionCodes),
    industries: listOf(form.industries),
    tags: listOf(form.tags)
  }
}

