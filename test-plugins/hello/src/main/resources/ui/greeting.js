// Mounted by the console for tenants that enabled hello-test.
export default function mount(element, api, t) {
  const heading = document.createElement('h2');
  heading.textContent = t('greeting.title');
  element.appendChild(heading);
  api.get('/greeting').then((body) => {
    const p = document.createElement('p');
    p.textContent = body.greeting;
    element.appendChild(p);
  });
  return () => element.replaceChildren();
}
