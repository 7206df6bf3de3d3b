// "Manage your tour": the link in the confirmation email (or the booking page) carries the tour id and the tour's
// own token; this page reads, reschedules and cancels that one tour with it. No build step, no framework.
const $ = (selector) => document.querySelector(selector);
const query = new URLSearchParams(location.search);
const tourId = query.get('tour');
const token = query.get('token');

function say(text, isError = false) {
  $('#status').textContent = text;
  $('#status').className = isError ? 'error' : '';
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options,
    headers: { 'Content-Type': 'application/json', 'X-Tour-Token': token, ...(options.headers || {}) } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw Object.assign(new Error(body.detail || body.title || `Request failed (${response.status})`),
      { status: response.status });
  }
  return body;
}

const localTime = (iso, zone) => new Date(iso).toLocaleString('en-US', { weekday: 'long', month: 'short',
  day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });

function show(tour) {
  $('#tour').hidden = false;
  $('#summary').textContent = `${tour.propertyName}, ${localTime(tour.start, tour.timeZone)}`
    + (tour.propertyAddress ? ` — ${tour.propertyAddress}` : '');
  const cancelled = tour.status === 'cancelled';
  $('#state').textContent = cancelled ? 'This tour is cancelled.' : `Status: ${tour.status.replace('_', ' ')}.`;
  $('#reschedule').hidden = cancelled;
  $('#cancel').hidden = cancelled;
}

async function load() {
  if (!tourId || !token) {
    say('This link is incomplete. Open the link from your confirmation email again.', true);
    return null;
  }
  try {
    const tour = await api(`/api/tours/${encodeURIComponent(tourId)}`);
    show(tour);
    say('');
    return tour;
  } catch (error) {
    say(error.status === 401 ? 'This link has expired or is not valid. Ask our leasing assistant for help.'
      : error.message, true);
    return null;
  }
}

let current = await load();

$('#cancel').addEventListener('click', async () => {
  if (!confirm('Cancel this tour?')) {
    return;
  }
  try {
    current = await api(`/api/tours/${encodeURIComponent(tourId)}?reason=${encodeURIComponent('cancelled online')}`,
      { method: 'DELETE' });
    show(current);
    $('#times').hidden = true;
    say('Your tour is cancelled. A confirmation is on its way.');
  } catch (error) {
    say(error.message, true);
  }
});

$('#reschedule').addEventListener('click', async () => {
  say('Loading tour times…');
  try {
    const availability = await api(`/api/properties/${encodeURIComponent(current.propertyId)}/availability`);
    const buttons = availability.slots.filter((slot) => slot.slotId !== current.slotId).map((slot) =>
      Object.assign(document.createElement('button'), { type: 'button',
        textContent: localTime(slot.start, availability.timeZone), onclick: () => move(slot) }));
    $('#slots').replaceChildren(...buttons);
    $('#times').hidden = false;
    say(buttons.length ? 'Pick a new time.' : 'No other times are free this week.');
  } catch (error) {
    say(error.message, true);
  }
});

async function move(slot) {
  say('Moving your tour…');
  try {
    current = await api(`/api/tours/${encodeURIComponent(tourId)}`, { method: 'PATCH',
      body: JSON.stringify({ slotId: slot.slotId }) });
    show(current);
    $('#times').hidden = true;
    say('Done: your tour has a new time. An updated invite is on its way.');
  } catch (error) {
    say(error.status === 409 ? 'That time was just taken; pick another.' : error.message, true);
  }
}
