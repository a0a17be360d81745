// Plays and draws the pump's annunciation patterns exactly as the model defines them: the tones come
// from /api/tones (the model's AnnunciationPattern data), never from this file. Nothing plays until
// a person presses a Play button (the AudioContext is made then).

// Test hook: every oscillator scheduled, with its frequency and times relative to the pattern start.
window.itddScheduledTones = window.itddScheduledTones || [];

let context = null;
let library = null;

export async function loadTones() {
  if (!library) {
    const reply = await fetch('/api/tones');
    library = await reply.json();
  }
  return library;
}

export function patternById(id) {
  return library.patterns.find(p => p.id === id);
}

function audio() {
  if (!context) {
    context = new AudioContext();
  }
  if (context.state === 'suspended') {
    context.resume();
  }
  return context;
}

export function seconds(us) {
  return `${+(us / 1e6).toFixed(3)} s`;
}

/** Draws a pattern as blocks along a time line, inside `container`. */
export function drawTimeline(container, pattern) {
  container.replaceChildren();
  const top = Math.max(...pattern.tones.map(t => t.frequencyHz));
  const line = document.createElement('div');
  line.className = 'timeline';
  line.setAttribute('role', 'img');
  line.setAttribute('aria-label', `Timeline: ${pattern.caption}`);
  pattern.tones.forEach((tone, i) => {
    const block = document.createElement('div');
    block.className = 'tone' + (tone.frequencyHz === top ? ' high' : '');
    block.style.flex = `${tone.durationUs} 0 0`;
    block.dataset.index = i;
    block.textContent = `${tone.frequencyHz} Hz`;
    block.title = `${tone.frequencyHz} Hz from ${seconds(tone.startUs)} for ${seconds(tone.durationUs)}`;
    line.append(block);
  });
  const axis = document.createElement('div');
  axis.className = 'axis';
  axis.setAttribute('aria-hidden', 'true');
  axis.innerHTML = `<span>0 s</span><span>${seconds(pattern.durationUs)}</span>`;
  container.append(line, axis);
}

/**
 * Schedules one playing of `pattern` with Web Audio, lights the timeline's blocks as they sound and
 * shows the caption while it plays. Returns a promise that settles when it has finished.
 */
export function play(pattern, { timeline = null, caption = null, captionText = pattern.caption } = {}) {
  const ac = audio();
  const t0 = ac.currentTime + 0.1;
  pattern.tones.forEach((tone, i) => {
    const start = t0 + tone.startUs / 1e6;
    const stop = start + tone.durationUs / 1e6;
    const osc = ac.createOscillator();
    const gain = ac.createGain();
    osc.type = 'sine';
    osc.frequency.value = tone.frequencyHz;
    // 5 ms ramps so the joins do not click; the tone still starts and stops at the model's times
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.2, start + 0.005);
    gain.gain.setValueAtTime(0.2, stop - 0.005);
    gain.gain.linearRampToValueAtTime(0, stop);
    osc.connect(gain).connect(ac.destination);
    osc.start(start);
    osc.stop(stop);
    window.itddScheduledTones.push({
      pattern: pattern.id, index: i, frequencyHz: osc.frequency.value,
      startUs: Math.round((start - t0) * 1e6), stopUs: Math.round((stop - t0) * 1e6),
    });
    if (timeline) {
      const block = timeline.querySelector(`.tone[data-index="${i}"]`);
      setTimeout(() => block && block.classList.add('playing'), (start - ac.currentTime) * 1000);
      setTimeout(() => block && block.classList.remove('playing'), (stop - ac.currentTime) * 1000);
    }
  });
  if (caption) {
    caption.textContent = `[Sound playing: ${captionText}]`;
  }
  const endMs = (t0 + pattern.durationUs / 1e6 - ac.currentTime) * 1000;
  return new Promise(resolve => setTimeout(() => {
    if (caption) {
      caption.textContent = `[Sound ended: ${captionText}]`;
    }
    resolve();
  }, endMs));
}
