// Mounted by the console for tenants that enabled twin-test: shows the version that serves the tenant.
export default function mount(element, api) {
  api.get('/version').then((body) => {
    const p = document.createElement('p');
    p.className = 'twin-version';
    p.textContent = 'Twin version ' + body.version;
    element.appendChild(p);
  });
  return () => element.replaceChildren();
}
