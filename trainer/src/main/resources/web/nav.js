// The shared page frame: marks the current page in the navigation.
for (const link of document.querySelectorAll('nav a')) {
  const here = location.pathname === '/' ? '/index.html' : location.pathname;
  if (link.getAttribute('href') === here) {
    link.setAttribute('aria-current', 'page');
  }
}

export async function getJson(url, options) {
  const reply = await fetch(url, options);
  const body = await reply.json();
  if (!reply.ok) {
    throw new Error(body.error || `${url}: ${reply.status}`);
  }
  return body;
}

export function postJson(url, value) {
  return getJson(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
}

export function el(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}
