// Channel management page, mounted by the console for tenants that enabled channel-management.
// Plain DOM, no dependencies. `api` calls /api/v1/plugins/channel-management/…; `t` translates ui.properties keys.
// Every call's failure is shown in the page (the console shows the API's problem too), never left unhandled.
const STATUSES = ['candidate', 'evaluation', 'agreement', 'active', 'suspended', 'terminated'];
const TYPES = ['distributor', 'dealer', 'agent'];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

function call(api, method, path, body) {
  const fn = api[method.toLowerCase()];
  if (typeof fn === 'function') return method === 'GET' ? fn.call(api, path) : fn.call(api, path, body);
  return api.request(method, path, body);
}

function table(headers, rows) {
  if (rows.length === 0) return null;
  return el('table', { class: 'cm-table' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

// The page's own look, scoped by its class names (the console's styles do not reach plain DOM tables).
const STYLE = `
.cm-tabs { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 16px; }
.cm-root button { font: inherit; padding: 6px 12px; border: 1px solid #dcdfe6; border-radius: 4px; background: #fff; cursor: pointer; }
.cm-root button:hover, .cm-root button:focus-visible { border-color: #409eff; color: #409eff; }
.cm-table { border-collapse: collapse; width: 100%; margin-top: 12px; }
.cm-table th, .cm-table td { border-bottom: 1px solid #ebeef5; padding: 8px; text-align: left; vertical-align: top; }
.cm-table th { color: #606266; font-weight: 600; }
.cm-form { display: grid; gap: 12px; max-width: 480px; }
.cm-field { display: grid; gap: 4px; }
.cm-field input, .cm-field select { font: inherit; padding: 6px 8px; border: 1px solid #dcdfe6; border-radius: 4px; }
.cm-form-actions { display: flex; gap: 8px; }
.cm-error { color: #f56c6c; }
.cm-column { min-width: 160px; flex: 1; }
.cm-card { border: 1px solid #ebeef5; border-radius: 4px; padding: 8px; margin-bottom: 8px; }
`;

function list(text) {
  return text.split(/[,，]/).map((item) => item.trim()).filter(Boolean);
}

export default function mount(element, api, t) {
  const body = el('div', { class: 'cm-body', 'aria-live': 'polite' });
  let gone = false;
  const tabs = { partners: showPartners, kanban: showKanban, territories: showTerritories, conflicts: showConflicts };
  const nav = el('nav', { class: 'cm-tabs' }, Object.keys(tabs).map((key) =>
    el('button', { type: 'button', 'data-tab': key, onclick: () => tabs[key]() }, t('tab.' + key))));
  element.classList.add('cm-root');
  element.append(el('style', {}, STYLE), el('h2', {}, t('title')), nav, body);

  function show(...nodes) {
    if (gone) return;
    body.replaceChildren(...nodes.map((n) => n || el('p', { class: 'cm-empty' }, t('empty'))));
  }

  // A refused or failed call: its problem's detail in the page.
  function failed(error) {
    if (gone) return;
    const detail = (error && (error.detail || error.message)) || '';
    body.prepend(el('p', { class: 'cm-error', role: 'alert' }, t('error'), detail ? ': ' + detail : ''));
  }

  function load(method, path, payload) {
    return call(api, method, path, payload);
  }

  function partnerForm() {
    const name = el('input', { name: 'name', required: 'required', maxlength: '100' });
    const type = el('select', { name: 'type' }, TYPES.map((code) => el('option', { value: code }, t('type.' + code))));
    const regions = el('input', { name: 'regions' });
    const productLines = el('input', { name: 'productLines' });
    const field = (label, input) => el('label', { class: 'cm-field' }, el('span', {}, label), input);
    const form = el('form', { class: 'cm-form', 'data-form': 'partner', onsubmit: (e) => {
      e.preventDefault();
      load('POST', '/partners', { name: name.value.trim(), type: type.value, regions: list(regions.value),
        productLines: list(productLines.value) }).then(showPartners, failed);
    } },
    field(t('form.name'), name), field(t('form.type'), type), field(t('form.regions'), regions),
    field(t('form.productLines'), productLines),
    el('div', { class: 'cm-form-actions' },
      el('button', { type: 'submit', 'data-action': 'create-partner' }, t('action.create')),
      el('button', { type: 'button', onclick: showPartners }, t('action.cancel'))));
    show(form);
    name.focus();
  }

  function showPartners() {
    load('GET', '/partners').then((partners) => show(
      el('button', { type: 'button', 'data-action': 'new-partner', onclick: partnerForm }, t('action.newPartner')),
      table(
      [t('col.name'), t('col.type'), t('col.tier'), t('col.status'), t('col.regions'), t('col.productLines')],
      partners.map((p) => [el('a', { href: '#', onclick: (e) => { e.preventDefault(); showProfile(p.id); } }, p.name),
        t('type.' + p.type), p.tier || '', t('status.' + p.status), p.regions.join(', '), p.productLines.join(', ')]))), failed);
  }

  function showProfile(id) {
    Promise.all([load('GET', '/partners/' + id), load('GET', '/partners/' + id + '/performance')])
      .then(([p, perf]) => {
        const a = p.agreement;
        show(
          el('h3', {}, p.name, ' — ', t('status.' + p.status)),
          el('div', { class: 'cm-moves' }, p.nextStatuses.map((s) => el('button', { type: 'button',
            onclick: () => load('POST', '/partners/' + id + '/status', { status: s }).then(() => showProfile(id), failed) },
          t('action.move') + ' ' + t('status.' + s)))),
          el('h4', {}, t('profile.agreement')),
          el('p', {}, [a.startsOn, a.endsOn].filter(Boolean).join(' – '), ' · ', t('perf.target'), ': ', a.salesTarget,
            ' · ', a.maxDiscountPercent, '% · ', a.rebatePercent, '% · ', a.exclusive ? t('yes') : t('no')),
          el('h4', {}, t('profile.score')),
          el('p', {}, String(perf.evaluation.score), ' — ', perf.evaluation.explanation),
          el('h4', {}, t('profile.performance')),
          table([t('perf.sales'), t('perf.target'), t('perf.attainment'), t('perf.incentives')],
            [[perf.sales, perf.target, perf.attainmentPercent == null ? '' : perf.attainmentPercent + '%', perf.incentivesEarned]]),
          el('h4', {}, t('profile.contacts')),
          el('ul', {}, p.contacts.map((c) => el('li', {}, [c.name, c.phone, c.email].filter(Boolean).join(' · ')))));
      }, failed);
  }

  function showKanban() {
    load('GET', '/partners').then((partners) => show(el('div', { class: 'cm-kanban', style: 'display:flex;flex-wrap:wrap;gap:1em' },
      STATUSES.map((s) => el('section', { class: 'cm-column', 'data-status': s },
        el('h3', {}, t('status.' + s)),
        partners.filter((p) => p.status === s).map((p) => el('div', { class: 'cm-card' },
          el('a', { href: '#', onclick: (e) => { e.preventDefault(); showProfile(p.id); } }, p.name),
          p.nextStatuses.filter((n) => n !== 'terminated').map((n) => el('button', { type: 'button',
            onclick: () => load('POST', '/partners/' + p.id + '/status', { status: n }).then(showKanban, failed) }, '→ ' + t('status.' + n))))))))), failed);
  }

  function showTerritories() {
    load('GET', '/territories').then((rows) => show(table(
      [t('col.regions'), t('col.productLines'), t('col.partners'), t('col.direct')],
      rows.map((r) => [r.region, r.productLine || '', r.partners.map((p) => p.name + (p.exclusive ? ' *' : '')).join(', '),
        r.direct ? t('yes') : t('no')]))), failed);
  }

  function showConflicts() {
    load('GET', '/conflicts?status=open').then((conflicts) => show(table(
      [t('col.kind'), t('col.customer'), t('col.regions'), t('col.detail'), ''],
      conflicts.map((c) => [c.kindLabel, c.registration ? c.registration.customer : '', c.registration ? c.registration.region : '',
        c.detail, el('span', {}, ['approve', 'reject'].map((d) => el('button', { type: 'button',
          onclick: () => load('POST', '/conflicts/' + c.id + '/resolve', { decision: d }).then(showConflicts, failed) },
        t('action.' + d))))]))), failed);
  }

  showPartners();
  return () => {
    gone = true;
    element.classList.remove('cm-root');
    element.replaceChildren();
  };
}
