import { api } from '../../state.js'

/** The department tree as el-tree-select wants it, and a name per id. */
export async function loadDepartments() {
  const tree = await api.get('/departments/tree')
  const names = {}
  const toOption = (department) => {
    names[department.id] = department.name
    return { value: department.id, label: department.name, children: (department.children ?? []).map(toOption) }
  }
  return { tree, options: tree.map(toOption), names }
}

/** Every role of the tenant (built-in first), at most one page of 200. */
export async function loadRoles() {
  const page = await api.get('/roles', { size: 200 })
  return page.items
}
