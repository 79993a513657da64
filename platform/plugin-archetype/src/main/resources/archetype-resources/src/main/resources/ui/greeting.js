// The console mounts this ES module on the plugin's page (one file, no imports, plain DOM).
// api.get(path) calls the plugin's REST contribution; t(key, params) reads i18n/ui*.properties.
export default function mount(element, api, t) {
  const heading = document.createElement('h2');
  heading.textContent = t('greeting.title');
  const text = document.createElement('p');
  element.append(heading, text);
  api.get('/greeting')
    .then((body) => { text.textContent = body.message; })
    .catch((problem) => { text.textContent = t('greeting.failed', { detail: problem.detail || '' }); });
  return () => element.replaceChildren();
}
