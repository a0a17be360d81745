import { el, getJson, postJson } from '/nav.js';
import { loadTones, patternById, drawTimeline, play } from '/tones.js';

const startBox = document.getElementById('start');
const form = document.getElementById('start-form');
const nameInput = document.getElementById('trainee');
const startError = document.getElementById('start-error');
const view = document.getElementById('drill');
let session = null;

nameInput.value = localStorage.getItem('itdd-trainee') || '';
await loadTones();

form.addEventListener('submit', async event => {
  event.preventDefault();
  startError.textContent = '';
  try {
    const step = await postJson('/api/sessions', { trainee: nameInput.value });
    localStorage.setItem('itdd-trainee', step.trainee);
    session = step.sessionId;
    startBox.hidden = true;
    view.hidden = false;
    show(step);
  } catch (e) {
    startError.textContent = e.message;
  }
});

function show(step) {
  if (step.finished) {
    summary(step.summary);
    return;
  }
  const d = step.drill;
  const q = step.question;
  const heading = el('h2', { tabindex: '-1', id: 'drill-heading', text: d.incident });
  const sound = soundPanel(d);
  const fieldset = el('fieldset', {}, el('legend', { text: q.prompt }));
  const options = el('div', { class: 'options' });
  for (const o of q.options) {
    const id = `opt-${o.id}`;
    const input = el('input', { type: q.multiple ? 'checkbox' : 'radio', name: 'answer', value: o.id, id });
    options.append(el('label', { class: 'option', for: id }, input, el('span', { text: o.label })));
  }
  fieldset.append(options);
  const error = el('p', { class: 'error', role: 'alert' });
  const check = el('button', { type: 'submit', id: 'check', text: 'Check answer' });
  const answerForm = el('form', { id: 'answer-form' }, fieldset, error, check);
  const feedback = el('div', { id: 'feedback' });
  answerForm.addEventListener('submit', async event => {
    event.preventDefault();
    const picked = [...answerForm.querySelectorAll('input:checked')].map(i => i.value);
    if (picked.length === 0) {
      error.textContent = q.multiple ? 'Pick every answer that fits, then check.' : 'Pick an answer, then check.';
      return;
    }
    try {
      const f = await postJson(`/api/sessions/${session}/answers`, { drillId: d.id, type: q.type, answer: picked });
      answerForm.querySelectorAll('input').forEach(i => {
        i.disabled = true;
        const label = i.closest('.option');
        if (f.correctIds.includes(i.value)) label.classList.add('right');
        else if (i.checked) label.classList.add('wrong');
      });
      check.remove();
      showFeedback(feedback, f, step);
    } catch (e) {
      error.textContent = e.message;
    }
  });
  view.replaceChildren(
    el('p', { class: 'meta', id: 'progress', text: `${step.trainee} · drill ${step.drillNumber} of ${step.drillCount} · question ${q.index} of ${q.count}` }),
    heading,
    el('p', { class: 'source', text: `Incident source: ${d.source}. Emulator scenario: ${d.scenarioName} (${d.scenarioFile}).` }),
    el('div', { class: 'panel' }, el('p', { text: d.who }), el('p', { id: 'situation', text: d.situation })),
    sound, answerForm, feedback);
  if (q.index === 1) heading.focus(); else fieldset.querySelector('input').focus();
}

function soundPanel(d) {
  const box = el('section', { class: 'card', 'aria-label': 'What the pump does' });
  if (!d.sound) {
    box.append(el('p', { class: 'caption', id: 'drill-caption', text: '[No sound: the pump stays silent]' }));
    return box;
  }
  const pattern = patternById(d.sound);
  const timeline = el('div');
  drawTimeline(timeline, pattern);
  const caption = el('p', { class: 'caption', 'aria-live': 'polite', id: 'drill-caption', text: `[${pattern.caption}]` });
  const button = el('button', { type: 'button', id: 'play-sound', class: 'secondary', 'aria-describedby': 'drill-caption', text: 'Play the pump\'s sound' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    await play(pattern, { timeline, caption });
    button.disabled = false;
    button.focus();
  });
  box.append(el('p', {}, button), timeline, caption);
  return box;
}

function showFeedback(host, f, step) {
  const title = el('h3', { tabindex: '-1', id: 'feedback-title', text: f.correct ? 'Right' : 'Not quite' });
  const last = step.question.index === step.question.count;
  const next = el('button', { type: 'button', id: 'next', text: last ? 'Next drill' : 'Next question' });
  next.addEventListener('click', async () => show(await getJson(`/api/sessions/${session}`)));
  host.replaceChildren(el('div', { class: `feedback ${f.correct ? 'good' : 'bad'}`, role: 'status' },
    title,
    el('p', { id: 'correct-answer', text: `The answer: ${f.correctLabels.join('; ')}.` }),
    el('p', { id: 'explanation', text: f.explanation }),
    el('p', { class: 'source', text: `Source: ${f.source}` })), el('p', {}, next));
  title.focus();
}

function summary(s) {
  const rows = Object.entries(s.scores).map(([type, score]) =>
    el('tr', {}, el('th', { scope: 'row', text: type }), el('td', { text: `${score.correct} of ${score.total}` })));
  const again = el('button', { type: 'button', id: 'again', text: 'Start another session' });
  again.addEventListener('click', () => { view.hidden = true; startBox.hidden = false; nameInput.focus(); });
  const list = (id, items) => el('ul', { id }, ...items.map(m => el('li', { text: m })));
  const missed = s.missedIncidents.length === 0 ? el('p', { id: 'missed', text: 'No drill missed: well done.' })
    : el('div', {}, el('p', { text: 'Missed at least once this session (a missed drill came back at the end):' }),
      list('missed', s.missedIncidents),
      s.toRevisitIncidents.length === 0 ? el('p', { id: 'revisit', text: 'All of them right the second time: nothing to revisit.' })
        : el('div', {}, el('p', { text: 'Still to revisit; they come first next session:' }), list('revisit', s.toRevisitIncidents)));
  const heading = el('h2', { tabindex: '-1', id: 'summary-heading', text: `Session summary for ${s.trainee}` });
  view.replaceChildren(heading,
    el('p', { text: `Session ${s.sessionNumber}: ${s.drillsDone} drills done.` }),
    el('table', { id: 'summary-scores' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Question type' }),
      el('th', { scope: 'col', text: 'Right' }))), el('tbody', {}, ...rows)),
    missed, el('p', { class: 'row' }, again, el('a', { href: '/trainer.html', text: 'All trainees\' results' })));
  heading.focus();
}
