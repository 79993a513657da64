import { api } from '../state.js'

/** The active custom fields of a record type, in display order (every signed-in user may read them). */
export function loadActiveFields(entity) {
  return api.get('/custom-fields', { entity, active: true })
}
