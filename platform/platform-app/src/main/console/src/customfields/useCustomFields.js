import { reactive } from 'vue'
import { useLoader } from '../composables.js'
import { formValues, toApi } from './customFields.js'
import { loadActiveFields } from './load.js'

/**
 * A record form's custom fields: the active definitions of `entity`, the values being edited and
 * the "customFields" object to send (all filled values on a create, the changes on a patch).
 */
export function useCustomFields(entity) {
  const definitions = useLoader(() => loadActiveFields(entity), [])
  const values = reactive({})
  function reset(record) {
    for (const key of Object.keys(values)) delete values[key]
    Object.assign(values, formValues(definitions.data.value, record))
  }
  async function load(record) {
    await definitions.load()
    reset(record)
  }
  return {
    definitions,
    fields: definitions.data,
    values,
    load,
    reset,
    payload: (before) => toApi(definitions.data.value, values, before)
  }
}
