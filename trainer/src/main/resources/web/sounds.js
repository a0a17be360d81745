import { el } from '/nav.js';
import { loadTones, drawTimeline, play, seconds } from '/tones.js';

const host = document.getElementById('patterns');
const library = await loadTones();
host.replaceChildren();
for (const pattern of library.patterns) {
  const timeline = el('div');
  const caption = el('p', { class: 'caption', 'aria-live': 'polite', id: `caption-${pattern.id}`, text: `[${pattern.caption}]` });
  const button = el('button', { type: 'button', id: `play-${pattern.id}`, 'aria-describedby': caption.id,
    text: `Play the ${pattern.label.toLowerCase()}` });
  button.addEventListener('click', async () => {
    button.disabled = true;
    await play(pattern, { timeline, caption, captionText: `${pattern.label}: ${pattern.caption}` });
    button.disabled = false;
    button.focus();
  });
  drawTimeline(timeline, pattern);
  host.append(el('section', { class: 'card', 'aria-labelledby': `h-${pattern.id}` },
    el('h2', { id: `h-${pattern.id}`, text: pattern.label }),
    el('p', { text: `${pattern.caption}. The pump plays it again every ${pattern.repeat} until an interrogation finds the cause gone.` }),
    timeline, caption, el('p', {}, button),
    el('p', { class: 'meta', text: `One playing lasts ${seconds(pattern.durationUs)} (pump model ${library.profile}).` })));
}
