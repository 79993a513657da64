// Fails on purpose when the console mounts it.
export default function mount(element) {
  element.append('half drawn');
  throw new Error('broken on purpose');
}
