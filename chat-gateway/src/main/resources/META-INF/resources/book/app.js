// Search homes and book a tour through the public API. No build step, no framework.
const $ = (selector) => document.querySelector(selector);
const status = $('#status');
let chosen = null;

function say(text, isError = false) {
  status.textContent = text;
  status.className = isError ? 'error' : '';
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  children.flat().forEach((child) => node.append(child));
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { 'Content-Type': 'application/json', ...(options.headers || {}) } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || body.title || `Request failed (${response.status})`);
    error.body = body;
    error.status = response.status;
    throw error;
  }
  return body;
}

const money = (n) => `$${Number(n).toLocaleString('en-US')}`;
const localTime = (iso, zone) => new Date(iso).toLocaleString('en-US', {
  weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });

$('#search').addEventListener('submit', async (event) => {
  event.preventDefault();
  const params = new URLSearchParams([...new FormData(event.target)].filter(([, v]) => v !== ''));
  say('Searching…');
  try {
    const page = await api(`/api/properties?${params}`);
    renderProperties(page.items || []);
    say(page.total ? `${page.total} home${page.total === 1 ? '' : 's'} match.` : 'No homes match those filters. Try a higher budget or another area.');
  } catch (error) {
    say(error.message, true);
  }
});

function renderProperties(items) {
  $('#results').replaceChildren(...items.map((p) => el('article', { className: 'card' },
    el('h3', { textContent: p.name }),
    el('div', { className: 'muted', textContent: `${p.area || ''} · ${p.address ? p.address.street + ', ' + p.address.city : ''}` }),
    el('div', { textContent: p.minRent === p.maxRent ? money(p.minRent) : `${money(p.minRent)} – ${money(p.maxRent)}` }),
    el('div', { className: 'muted', textContent: (p.amenities || []).slice(0, 4).join(' · ') }),
    el('button', { type: 'button', textContent: 'See tour times', onclick: () => showSlots(p) }))));
}

async function showSlots(property) {
  $('#booking').hidden = false;
  $('#book').hidden = true;
  $('#booking-title').textContent = `Book a tour of ${property.name}`;
  say('Loading tour times…');
  try {
    const availability = await api(`/api/properties/${encodeURIComponent(property.id)}/availability`);
    renderSlots(property, availability);
    say(availability.slots.length ? 'Pick a time.' : 'No tour times are free this week.');
    $('#booking').scrollIntoView({ behavior: 'smooth' });
  } catch (error) {
    say(error.message, true);
  }
}

function renderSlots(property, availability) {
  const byDay = new Map();
  availability.slots.forEach((slot) => {
    const day = new Date(slot.start).toLocaleDateString('en-US', { weekday: 'long', month: 'short', day: 'numeric', timeZone: availability.timeZone });
    byDay.set(day, [...(byDay.get(day) || []), slot]);
  });
  const groups = [...byDay].flatMap(([day, slots]) => [el('h3', { textContent: day }),
    ...slots.map((slot) => el('button', {
      type: 'button', textContent: new Date(slot.start).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: availability.timeZone }),
      onclick: (event) => choose(property, slot, availability.timeZone, event.target) }))]);
  $('#slots').replaceChildren(...groups);
}

function choose(property, slot, zone, button) {
  document.querySelectorAll('#slots button').forEach((b) => b.setAttribute('aria-pressed', 'false'));
  button.setAttribute('aria-pressed', 'true');
  chosen = { property, slot, zone, idempotencyKey: crypto.randomUUID() };
  $('#chosen').textContent = `${property.name}, ${localTime(slot.start, zone)}`;
  $('#book').hidden = false;
  $('#book [name=name]').focus();
}

$('#book').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = Object.fromEntries(new FormData(event.target));
  say('Booking…');
  try {
    const tour = await api('/api/tours', {
      method: 'POST',
      headers: { 'Idempotency-Key': chosen.idempotencyKey },
      body: JSON.stringify({ propertyId: chosen.property.id, slotId: chosen.slot.slotId, tourType: form.tourType,
        lead: { name: form.name, email: form.email, phone: form.phone } }) });
    $('#booking').replaceChildren(el('div', { className: 'confirmation' },
      el('h2', { textContent: 'You are booked!' }),
      el('p', { textContent: `${tour.propertyName || chosen.property.name}, ${localTime(tour.start, chosen.zone)}.` }),
      el('p', { textContent: `A confirmation with a calendar invite is on its way to ${form.email}. Tour reference: ${tour.id}.` }),
      el('p', {}, el('a', { href: `/book/manage.html?tour=${encodeURIComponent(tour.id)}&token=${encodeURIComponent(tour.manageToken)}`,
        textContent: 'Reschedule or cancel this tour' }), ' (keep this link: it is the only way in without calling us).')));
    say('Tour booked.');
  } catch (error) {
    if (error.status === 409) {
      say('That time was just taken. Here are the next free times.', true);
      showSlots(chosen.property);
    } else {
      say(error.message, true);
    }
  }
});
