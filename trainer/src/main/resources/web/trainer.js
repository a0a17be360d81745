import { el, getJson } from '/nav.js';

const percent = s => s.total === 0 ? '–' : `${Math.round(100 * s.correct / s.total)}% (${s.correct}/${s.total})`;

const trainees = await getJson('/api/trainees');
const results = document.getElementById('results');
if (trainees.length === 0) {
  results.replaceChildren(el('p', { text: 'No trainee yet: results appear here after the first drill.' }));
} else {
  const head = ['Trainee', 'Sessions', 'Drills done', 'Severity', 'Causes', 'Action', 'Overall', 'To revisit', 'Last answer'];
  results.replaceChildren(el('table', { id: 'trainees' },
    el('thead', {}, el('tr', {}, ...head.map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...trainees.map(t => el('tr', {},
      el('th', { scope: 'row', text: t.name }), el('td', { text: t.sessions }),
      el('td', { text: `${t.drillsDone} of ${t.drillsTotal}` }),
      el('td', { text: percent(t.scores.severity) }), el('td', { text: percent(t.scores.causes) }),
      el('td', { text: percent(t.scores.action) }), el('td', { text: percent(t.overall) }),
      el('td', { text: t.toRevisit.join(', ') || 'none' }),
      el('td', { text: t.lastAnswer ? new Date(t.lastAnswer).toLocaleString() : '–' }))))));
}

const drills = await getJson('/api/drills');
document.getElementById('catalogue').replaceChildren(el('table', { id: 'drills' },
  el('thead', {}, el('tr', {}, ...['Drill', 'Incident', 'Sound', 'Source', 'Scenario'].map(h => el('th', { scope: 'col', text: h })))),
  el('tbody', {}, ...drills.map(d => el('tr', {}, el('td', { text: d.id }), el('td', { text: d.incident }),
    el('td', { text: d.sound || 'none' }), el('td', { text: d.source }), el('td', { text: d.scenarioFile }))))));
