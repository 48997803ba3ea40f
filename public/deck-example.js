// The deck side of the protocol (README, "Control from a slide deck"). A real deck (reveal.js, a web
// view in Keynote) would call send() from its slide-change hooks and move on at exit-next / exit-prev.
const NAMESPACE = 'learning-phases';
const log = document.getElementById('log');

/** Send a command to one embedded figure; only its own origin may read it. */
function send(frameId, method, args) {
  const frame = document.getElementById(frameId);
  const message = args === undefined ? { namespace: NAMESPACE, method } : { namespace: NAMESPACE, method, args };
  frame.contentWindow.postMessage(message, new URL(frame.src, location.href).origin);
}

for (const button of document.querySelectorAll('button[data-method]')) {
  button.addEventListener('click', () => {
    const args = button.dataset.args ? JSON.parse(button.dataset.args) : undefined;
    send(button.dataset.target, button.dataset.method, args);
  });
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (event.origin !== location.origin || !data || data.namespace !== NAMESPACE || typeof data.eventName !== 'string') return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  const item = document.createElement('li');
  item.dataset.frame = frame ? frame.id : '';
  item.dataset.event = data.eventName;
  if (data.key) item.dataset.key = data.key;
  const detail = data.eventName === 'keydown' ? `key ${JSON.stringify(data.key)}` : new URLSearchParams(data.state || {}).toString();
  const deck = data.eventName === 'exit-next' ? ' → the deck goes to its next slide' : data.eventName === 'exit-prev' ? ' → the deck goes back a slide' : '';
  // textContent: a message is data, never markup
  item.textContent = `${frame ? frame.id : '?'} ${data.eventName}: ${detail}${deck}`;
  log.append(item);
  log.scrollTop = log.scrollHeight;
});
