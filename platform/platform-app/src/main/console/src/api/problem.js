/**
 * An error answer of the API: an RFC 9457 problem (type, title, status, detail, errors, requestId),
 * or a stand-in for a failure that never reached the API (slug "network") or answered no problem.
 */
export class ApiProblem extends Error {
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiProblem'
    this.status = status
    this.problem = problem
  }

  /** The last segment of the problem type, e.g. "seat-limit-reached"; "network" when offline. */
  get slug() {
    const type = this.problem.type
    return type ? String(type).split('/').pop() : null
  }

  get title() {
    return this.problem.title ?? null
  }

  get detail() {
    return this.problem.detail ?? null
  }

  get requestId() {
    return this.problem.requestId ?? null
  }

  is(...slugs) {
    return slugs.includes(this.slug)
  }

  /** Messages per field: the validation errors list, and the single field a problem may name. */
  fieldErrors() {
    const fields = {}
    for (const error of this.problem.errors ?? []) {
      if (error.field && !fields[error.field]) fields[error.field] = error.message
    }
    if (this.problem.field && !fields[this.problem.field]) {
      fields[this.problem.field] = this.detail ?? this.title
    }
    return fields
  }

  static network(cause) {
    const problem = new ApiProblem(0, { type: 'network' })
    problem.cause = cause
    return problem
  }
}
