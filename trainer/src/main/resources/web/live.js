import { el, getJson } from '/nav.js';
import { loadTones, patternById, drawTimeline, play } from '/tones.js';

const status = document.getElementById('status');
const button = document.getElementById('listen');
const caption = document.getElementById('caption');
const timeline = document.getElementById('timeline');
const list = document.getElementById('events');
let listening = false;
let playing = false;
let after = 0;
const shown = [];

await loadTones();

button.addEventListener('click', () => {
  listening = !listening;
  button.textContent = listening ? 'Stop listening' : 'Start listening';
  if (listening) {
    caption.textContent = '[Listening: alarms will play here]';
  }
});

async function poll() {
  try {
    const live = await getJson(`/api/live?after=${after}`);
    status.textContent = live.status.enabled
      ? `${live.status.target}: ${live.status.state}. ${live.status.detail}`
      : `Live mode is off: ${live.status.detail}.`;
    if (live.events.length > 0) {
      after = live.events[live.events.length - 1].seq;
      for (const e of live.events) shown.unshift(e);
      shown.splice(50);
      list.replaceChildren(...shown.map(e => el('li', {},
        el('span', { class: `badge ${e.severity}`, text: e.severity }), ' ',
        el('strong', { text: e.label }), ` · ${e.transition} · ${e.time}`)));
      const sounding = live.events.filter(e => e.sounds);
      if (sounding.length > 0) announce(sounding[sounding.length - 1]);
    }
  } catch (e) {
    status.textContent = `The trainer does not answer: ${e.message}`;
  }
}

async function announce(event) {
  const pattern = patternById(event.severity);
  drawTimeline(timeline, pattern);
  const text = `${pattern.label}, ${event.label}, pump time ${event.time}: ${pattern.caption}`;
  if (!listening) {
    caption.textContent = `[Not played, press Start listening: ${text}]`;
    return;
  }
  if (playing) return; // one at a time; a burst of repeats plays once
  playing = true;
  await play(pattern, { timeline, caption, captionText: text });
  playing = false;
}

poll();
setInterval(poll, 1000);
