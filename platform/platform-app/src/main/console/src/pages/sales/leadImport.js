import { api } from '../../state.js'

// The lead import wizard's pieces that are not screen: the lead fields a column can hold, the
// header row of the chosen file (read in the browser, so the mapping step needs no upload), the
// automatic match of a header to a field, and the calls (POST /leads/imports, GET /jobs/{id}).

/** The lead fields an import maps columns to (the server's ColumnMapping.FIELDS). */
export const IMPORT_FIELDS = ['name', 'companyName', 'phone', 'email', 'source', 'sourceDetail', 'regionCode', 'productLine', 'notes', 'tags']

// The usual Chinese and English column labels of each field, as the server recognises them too.
const LABELS = {
  name: ['name', '姓名', '联系人', '客户姓名', 'contact', 'contact name', 'full name'],
  companyName: ['companyname', 'company', 'company name', '公司', '公司名称', '单位', '单位名称', '企业名称', 'organization'],
  phone: ['phone', 'mobile', 'telephone', 'tel', '电话', '手机', '手机号', '联系电话'],
  email: ['email', 'e-mail', 'mail', '邮箱', '电子邮件', '电子邮箱'],
  source: ['source', '来源', '线索来源'],
  sourceDetail: ['sourcedetail', 'source detail', '来源说明'],
  regionCode: ['regioncode', 'region', 'region code', '地区', '地区编码', '区域'],
  productLine: ['productline', 'product line', 'product', '产品线', '意向产品'],
  notes: ['notes', 'note', 'remarks', '备注', '说明', '需求'],
  tags: ['tags', 'tag', 'labels', '标签']
}
const BY_LABEL = Object.fromEntries(Object.entries(LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field])))

/** The field a column header names by its usual label, or '' (the column is then ignored). */
export function suggestField(header) {
  const label = String(header ?? '').trim().toLowerCase().replace(/[\s_:：]+/g, ' ').trim()
  return BY_LABEL[label] ?? BY_LABEL[label.replace(/ /g, '')] ?? ''
}

/** A mapping header → field for every column, each field matched to at most one column. */
export function suggestMapping(headers) {
  const taken = new Set()
  return Object.fromEntries(headers.map((header) => {
    const field = suggestField(header)
    if (!field || taken.has(field)) return [header, '']
    taken.add(field)
    return [header, field]
  }))
}

/** Whether the mapping has a column for the name or the company (the server's minimum). */
export function mapsNameOrCompany(mapping) {
  return Object.values(mapping).some((field) => field === 'name' || field === 'companyName')
}

/** The first record of a CSV text: comma or semicolon separated, with "quoted" cells. */
export function csvHeader(text) {
  const cells = []
  let cell = ''
  let quoted = false
  let separator = null
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',' || ch === ';') {
      if (separator === null) separator = ch
      if (ch === separator) {
        cells.push(cell.trim())
        cell = ''
      } else cell += ch
    } else if (ch === '\n' || ch === '\r') break
    else cell += ch
  }
  cells.push(cell.trim())
  return cells
}

/** The file's header row: a CSV's first line (UTF-8, else GB18030 as Chinese Excel saves it) or an XLSX's first sheet's first row. */
export async function readHeader(file) {
  if (/\.xlsx$/i.test(file.name)) return xlsxHeader(await file.arrayBuffer())
  const bytes = new Uint8Array(await file.slice(0, 65536).arrayBuffer())
  let text
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gb18030').decode(bytes)
  }
  return csvHeader(text)
}

// XLSX is a zip: the central directory names each part and where it starts.
function zipEntries(buffer) {
  const view = new DataView(buffer)
  let end = buffer.byteLength - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a zip file')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries = {}
  const names = new TextDecoder()
  for (let i = 0; i < count && view.getUint32(at, true) === 0x02014b50; i++) {
    const method = view.getUint16(at + 10, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const local = view.getUint32(at + 42, true)
    const name = names.decode(new Uint8Array(buffer, at + 46, nameLength))
    entries[name] = { method, size, local }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** A part's text, read only until {@code enough(textSoFar)} says so (a sheet can be large). */
async function partText(buffer, entry, enough = () => false) {
  const view = new DataView(buffer)
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true)
  const data = new Blob([new Uint8Array(buffer, start, entry.size)])
  const stream = entry.method === 8 ? data.stream().pipeThrough(new DecompressionStream('deflate-raw')) : data.stream()
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    text += value
    if (enough(text)) {
      await reader.cancel()
      break
    }
  }
  return text
}

function xml(text) {
  return new DOMParser().parseFromString(text, 'application/xml')
}

function columnIndex(reference) {
  const letters = /^[A-Z]+/.exec(reference ?? '')?.[0] ?? ''
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1
}

async function xlsxHeader(buffer) {
  const entries = zipEntries(buffer)
  const part = (name) => entries[name] ?? null
  // The first sheet in the workbook's order, through the workbook's relationships.
  let sheetPath = 'xl/worksheets/sheet1.xml'
  if (part('xl/workbook.xml') && part('xl/_rels/workbook.xml.rels')) {
    const firstSheet = xml(await partText(buffer, part('xl/workbook.xml'))).getElementsByTagName('sheet')[0]
    const relation = firstSheet?.getAttribute('r:id')
    const rels = xml(await partText(buffer, part('xl/_rels/workbook.xml.rels'))).getElementsByTagName('Relationship')
    const target = [...rels].find((rel) => rel.getAttribute('Id') === relation)?.getAttribute('Target')
    if (target) sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`
  }
  if (!part(sheetPath)) throw new Error('no sheet')
  const sheet = await partText(buffer, part(sheetPath), (text) => text.includes('</row>') || /<row[^>]*\/>/.test(text))
  const rowXml = /<row[\s>][\s\S]*?<\/row>/.exec(sheet)?.[0]
  if (!rowXml) return []
  const cells = [...xml(rowXml).getElementsByTagName('c')]
  const sharedNeeded = cells.filter((c) => c.getAttribute('t') === 's').map((c) => Number(c.getElementsByTagName('v')[0]?.textContent))
  let shared = []
  if (sharedNeeded.length && part('xl/sharedStrings.xml')) {
    const last = Math.max(...sharedNeeded)
    const text = await partText(buffer, part('xl/sharedStrings.xml'), (sofar) => (sofar.match(/<\/si>/g)?.length ?? 0) > last)
    const complete = text.slice(0, text.lastIndexOf('</si>') + 5)
    const root = xml(complete.slice(complete.indexOf('<si')).replace(/^/, '<sst>') + '</sst>')
    shared = [...root.getElementsByTagName('si')].map((si) => [...si.getElementsByTagName('t')].map((t) => t.textContent).join(''))
  }
  const header = []
  cells.forEach((cell, position) => {
    const index = cell.getAttribute('r') ? columnIndex(cell.getAttribute('r')) : position
    const type = cell.getAttribute('t')
    const value = type === 's' ? shared[Number(cell.getElementsByTagName('v')[0]?.textContent)]
      : type === 'inlineStr' ? [...cell.getElementsByTagName('t')].map((t) => t.textContent).join('')
        : cell.getElementsByTagName('v')[0]?.textContent
    while (header.length < index) header.push('')
    header[index] = String(value ?? '').trim()
  })
  return header
}

/** Starts the import (POST /leads/imports, multipart): answers the job {id, status, …}. */
export async function startImport(file, mapping, duplicates) {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('mapping', JSON.stringify(mapping))
  form.append('duplicates', duplicates)
  return (await api.upload('/leads/imports', form)).data
}

/** The job's progress (GET /jobs/{id}). */
export function loadJob(id) {
  return api.get(`/jobs/${id}`)
}

/** Downloads the job's error report with the session and saves it as a file. */
export async function downloadReport(job) {
  const blob = await api.download(job.errorReport.replace(/^\/api\/v1/, ''))
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `import-${job.id}-errors.csv`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  return blob
}
