/* global window, document */
// A stand-in renderer for the harness's own tests: shows the first line of the
// first source and keeps the events main sends.
window.receivedEvents = [];
window.notebook.onEvent((event) => window.receivedEvents.push(event));
const result = await window.notebook.session();
document.getElementById('headline').textContent = result.ok ? result.value.notebook.sources[0].text.split('\n')[0] : `error: ${result.error.message}`;
