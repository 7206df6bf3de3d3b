/*
 * The leasing team's console: sign-in, inbox, conversation view, take over / reply / hand back, live updates.
 *
 * Section modules (the Funnel and Audit tabs) are loaded only when their tab is opened and only if they exist:
 *   /console/console-funnel.js -> rendered into <section id="funnel-view">
 *   /console/console-audit.js  -> rendered into <section id="audit-view">
 * Each exports `render(container, api)`, called every time its tab is opened, where
 *   api(path, options) -> Promise<body>
 * is this page's fetch wrapper: `path` is a gateway path ("/api/funnel?..."), `options` are fetch options
 * (a plain object `body` is sent as JSON). It adds the signed-in operator's bearer token, resolves with the parsed
 * JSON body (null for 204), rejects with an Error carrying `status` and `problem` (the problem+json body) otherwise,
 * and on 401 (token expired or revoked) returns the page to the sign-in form before rejecting.
 */

const TOKEN_KEY = 'l2l.console.token';
const OPERATOR_PREFIX = /^(.+?) \(leasing team\): /;
const $ = (id) => document.getElementById(id);

let token = null;
let expiryTimer = null;
let stream = null;
let openSessionId = null;
let inboxRows = [];
let inboxRefresh = null;
let knownHandoffs = new Set();

// ---- token and API ----------------------------------------------------------------------------------------------

function claims(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
  } catch {
    return null;
  }
}

function signedIn(jwt) {
  const c = claims(jwt);
  if (!c || !c.exp || c.exp * 1000 <= Date.now()) return false;
  token = jwt;
  sessionStorage.setItem(TOKEN_KEY, jwt);
  clearTimeout(expiryTimer);
  expiryTimer = setTimeout(() => signOut('Your session has expired. Please sign in again.'),
    Math.min(c.exp * 1000 - Date.now(), 2 ** 31 - 1));
  $('operator-name').textContent = c.name || c.sub || 'operator';
  return true;
}

export async function api(path, options = {}) {
  if (!token) {
    signOut('Please sign in.');
    throw Object.assign(new Error('Not signed in'), { status: 401 });
  }
  const init = { ...options, headers: { Accept: 'application/json', ...(options.headers || {}) } };
  init.headers.Authorization = `Bearer ${token}`;
  if (options.body && typeof options.body === 'object' && !(options.body instanceof FormData)) {
    init.body = JSON.stringify(options.body);
    init.headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    signOut('Your session has ended. Please sign in again.');
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message = (body && (body.detail || body.title)) || `Request failed (${response.status})`;
    throw Object.assign(new Error(message), { status: response.status, problem: body });
  }
  return body;
}

// ---- sign-in / sign-out -----------------------------------------------------------------------------------------

async function onSignIn(event) {
  event.preventDefault();
  const error = $('sign-in-error');
  error.hidden = true;
  const username = $('username').value.trim();
  const password = $('password').value;
  if (!username || !password) {
    error.textContent = 'Enter your username and password.';
    error.hidden = false;
    return;
  }
  const form = new URLSearchParams({ grant_type: 'password', username, password });
  const response = await fetch('/api/auth/token', {
    method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  }).catch(() => null);
  const body = response ? await response.json().catch(() => ({})) : {};
  if (!response || !response.ok || !body.access_token || !signedIn(body.access_token)) {
    error.textContent = response && response.status === 401 || response && response.status === 400
      ? 'That username and password do not match an operator account.'
      : (body.detail || 'Signing in failed; please try again.');
    error.hidden = false;
    $('password').value = '';
    $('password').focus();
    return;
  }
  if (!(claims(body.access_token).groups || []).includes('console')) {
    signOut('This account may not use the console.');
    return;
  }
  $('password').value = '';
  showWorkspace();
}

function signOut(message) {
  token = null;
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(expiryTimer);
  stopStream();
  clearInterval(inboxRefresh);
  openSessionId = null;
  knownHandoffs = new Set();
  for (const id of ['tabs', 'who', 'inbox-view', 'funnel-view', 'audit-view']) $(id).hidden = true;
  $('sign-in-view').hidden = false;
  const error = $('sign-in-error');
  error.textContent = message || '';
  error.hidden = !message;
  $('username').focus();
}

function showWorkspace() {
  $('sign-in-view').hidden = true;
  $('tabs').hidden = false;
  $('who').hidden = false;
  showTab(location.hash === '#funnel' ? 'funnel-view' : location.hash === '#audit' ? 'audit-view' : 'inbox-view');
  loadInbox();
  startStream();
  clearInterval(inboxRefresh);
  inboxRefresh = setInterval(renderInbox, 30_000); // waiting times move on
}

// ---- tabs and the optional section modules ----------------------------------------------------------------------

const MODULES = { 'funnel-view': '/console/console-funnel.js', 'audit-view': '/console/console-audit.js' };

async function showTab(view) {
  for (const link of document.querySelectorAll('#tabs a')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  for (const id of ['inbox-view', 'funnel-view', 'audit-view']) $(id).hidden = id !== view;
  if (view === 'inbox-view') {
    $('inbox-heading').focus();
    return;
  }
  const container = $(view);
  try {
    const module = await import(MODULES[view]);
    await module.render(container, api);
  } catch (error) {
    if (error && error.status === 401) return;
    container.replaceChildren(Object.assign(document.createElement('p'), {
      className: 'empty', textContent: 'This section is not available yet.',
    }));
  }
}

// ---- inbox ------------------------------------------------------------------------------------------------------

async function loadInbox() {
  try {
    inboxRows = await api('/api/operator/conversations?status=live&limit=100');
  } catch (error) {
    if (error.status !== 401) announce(`The inbox could not be loaded: ${error.message}`);
    return;
  }
  const fresh = inboxRows.filter((row) => row.needsPerson && !knownHandoffs.has(row.sessionId));
  if (knownHandoffs.size > 0 || fresh.length > 0) {
    for (const row of fresh) announce(`${row.firstName || 'A prospect'} needs a person: ${row.reason || 'hand-off'}`);
  }
  knownHandoffs = new Set(inboxRows.filter((row) => row.needsPerson).map((row) => row.sessionId));
  renderInbox();
}

function renderInbox() {
  const needs = inboxRows.filter((row) => row.needsPerson);
  const live = inboxRows.filter((row) => !row.needsPerson);
  $('needs-person').replaceChildren(...needs.map(inboxRow));
  $('live').replaceChildren(...live.map(inboxRow));
  $('needs-person-empty').hidden = needs.length > 0;
  $('live-empty').hidden = live.length > 0;
}

function inboxRow(row) {
  const li = document.createElement('li');
  li.dataset.sessionId = row.sessionId;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'row';
  if (row.sessionId === openSessionId) button.setAttribute('aria-current', 'true');
  const name = row.firstName || 'Prospect';
  const waiting = since(row.waitingSince);
  button.setAttribute('aria-label', `${name}, ${row.needsPerson ? `needs a person, ${row.reason || ''}, waiting ${waiting}`
    : `last message ${waiting} ago`}${row.heldByStaff ? `, held by ${row.operator}` : ''}`);
  button.innerHTML = `<span class="row-name"></span><span class="row-wait"></span>
    <span class="row-meta"></span><span class="row-reason"></span>`;
  button.querySelector('.row-name').textContent = name;
  button.querySelector('.row-wait').textContent = row.needsPerson ? `waiting ${waiting}` : `${waiting} ago`;
  button.querySelector('.row-meta').textContent = [stageLabel(row.stage), row.property].filter(Boolean).join(' · ');
  button.querySelector('.row-reason').textContent = row.heldByStaff ? `${row.operator} has it`
    : (row.needsPerson ? row.reason || '' : '');
  button.addEventListener('click', () => openConversation(row.sessionId, true));
  li.append(button);
  return li;
}

function since(iso) {
  if (!iso) return '—';
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`;
}

function stageLabel(stage) {
  return stage ? stage.replace(/_/g, ' ') : '';
}

// ---- live updates (fetch streaming, so the token goes in the Authorization header) ------------------------------

let refreshTimer = null;

function startStream() {
  stopStream();
  const controller = new AbortController();
  stream = controller;
  setLive('connecting', 'Connecting…');
  (async () => {
    try {
      const response = await fetch('/api/operator/events', {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' }, signal: controller.signal,
      });
      if (response.status === 401) {
        signOut('Your session has ended. Please sign in again.');
        return;
      }
      if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
          if (data) onLiveEvent(JSON.parse(data));
        }
      }
    } catch (error) {
      if (controller.signal.aborted) return;
    }
    if (stream === controller && token) {
      setLive('reconnecting', 'Reconnecting…');
      setTimeout(() => { if (stream === controller && token) startStream(); }, 1000);
    }
  })();
}

function stopStream() {
  if (stream) stream.abort();
  stream = null;
}

function setLive(state, text) {
  $('live-state').dataset.state = state;
  $('live-state').textContent = text;
}

function onLiveEvent(event) {
  if (event.type === 'ready') {
    setLive('live', 'Live');
    loadInbox(); // whatever happened while the stream was closed
    return;
  }
  if (!event.sessionId) return;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(loadInbox, 100); // a burst of events reads the inbox once
  if (event.sessionId === openSessionId) openConversation(openSessionId, false);
}

function announce(text) {
  $('announcer').textContent = text;
}

// ---- conversation view ------------------------------------------------------------------------------------------

async function openConversation(sessionId, focus) {
  openSessionId = sessionId;
  renderInbox();
  let view;
  try {
    view = await api(`/api/operator/conversations/${encodeURIComponent(sessionId)}`);
  } catch (error) {
    if (error.status !== 401) showActionError(error.message);
    return;
  }
  if (openSessionId !== sessionId) return;
  $('conversation-placeholder').hidden = true;
  $('conversation-body').hidden = false;
  $('conversation-heading').textContent = view.lead && view.lead.name ? view.lead.name : 'Prospect';
  $('conversation-state').textContent = view.heldByStaff ? `Held by ${view.operator}`
    : view.handedOff ? 'Needs a person' : 'With the agent';
  $('conversation-state').dataset.state = view.heldByStaff ? 'held' : view.handedOff ? 'needs-person' : 'agent';
  $('summary').textContent = view.summary || '';
  $('take-over').disabled = view.heldByStaff || view.status !== 'open';
  $('hand-back').disabled = !(view.heldByStaff || view.handedOff) || view.status !== 'open';
  renderTranscript(view);
  renderLead(view);
  $('action-error').hidden = true;
  if (focus) $('conversation-heading').focus();
}

function renderTranscript(view) {
  const items = view.messages.map((m) => ({ at: m.at, kind: 'message', m }))
    .concat((view.activity || []).map((a) => ({ at: a.at, kind: 'activity', a })))
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  const list = $('transcript');
  const previous = list.children.length;
  list.replaceChildren(...items.map((item) => (item.kind === 'message' ? messageItem(item.m) : activityItem(item.a))));
  if (list.children.length > previous) list.scrollTop = list.scrollHeight; // the newest line in sight
}

function messageItem(message) {
  const li = document.createElement('li');
  const staff = message.role === 'agent' ? OPERATOR_PREFIX.exec(message.text) : null;
  const who = message.role === 'lead' ? 'Prospect' : staff ? `${staff[1]} (leasing team)` : 'Agent';
  li.className = `message ${message.role === 'lead' ? 'from-lead' : staff ? 'from-operator' : 'from-agent'}`;
  const head = document.createElement('p');
  head.className = 'message-head';
  head.textContent = `${who} · ${time(message.at)}`;
  const text = document.createElement('p');
  text.className = 'message-text';
  text.textContent = staff ? message.text.slice(staff[0].length) : message.text || '(no reply: staff hold it)';
  li.append(head, text);
  return li;
}

function activityItem(activity) {
  const li = document.createElement('li');
  li.className = `activity activity-${activity.kind}`;
  const label = {
    guardrail: `Guardrail hit: ${activity.name}${activity.detail ? ` (${activity.detail})` : ''}${activity.outcome ? ` — ${activity.outcome.replace(/_/g, ' ')}` : ''}`,
    tool_call: `Tool call: ${activity.name}${activity.detail ? ` ${activity.detail}` : ''}${activity.outcome ? ` → ${activity.outcome}` : ''}`,
    handoff: `Handed off: ${activity.detail || activity.name}`,
    llm_fallback: `Answered by the guided policy: ${activity.detail || ''}`,
    operator: `Staff: ${activity.name} (${(activity.detail || '').replace('operator=', '')})`,
  }[activity.kind] || `${activity.kind}: ${activity.name}`;
  li.textContent = `${label} · ${time(activity.at)}`;
  return li;
}

function renderLead(view) {
  const lead = view.lead || {};
  const facts = [
    ['Name', lead.name], ['Email', lead.email], ['Phone', lead.phone],
    ['Bedrooms', lead.bedrooms === 0 ? 'studio' : lead.bedrooms],
    ['Budget', lead.budget ? `≤ $${lead.budget.toLocaleString('en-US')}` : null],
    ['Areas', (lead.areas || []).join(', ')], ['Move date', lead.moveDate],
    ['Pets', lead.pets ? (lead.pets.length ? lead.pets.join(', ') : 'none') : null],
    ['Wishes', (lead.preferences || []).join(', ')], ['Stage', stageLabel(view.stage)],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  $('lead-facts').replaceChildren(...facts.flatMap(([term, value]) => [
    Object.assign(document.createElement('dt'), { textContent: term }),
    Object.assign(document.createElement('dd'), { textContent: String(value) }),
  ]));
  $('tour').textContent = view.tour ? `${view.tour.label} at ${view.tour.propertyName}` : 'No tour booked.';
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString([], { weekday: 'short', hour: 'numeric', minute: '2-digit' }) : '';
}

function showActionError(message) {
  $('action-error').textContent = message;
  $('action-error').hidden = false;
}

async function act(path, options, done) {
  if (!openSessionId) return;
  const sessionId = openSessionId;
  try {
    await api(`/api/operator/conversations/${encodeURIComponent(sessionId)}/${path}`, { method: 'POST', body: {}, ...options });
  } catch (error) {
    if (error.status !== 401) showActionError(error.message);
    return;
  }
  announce(done);
  await openConversation(sessionId, false);
  loadInbox();
}

function onReply(event) {
  event.preventDefault();
  const text = $('reply-text').value.trim();
  if (!text) {
    showActionError('Write a reply first.');
    $('reply-text').focus();
    return;
  }
  act('reply', { body: { text }, headers: { 'Idempotency-Key': crypto.randomUUID() } }, 'Reply sent.')
    .then(() => { if ($('action-error').hidden) $('reply-text').value = ''; });
}

// ---- start ------------------------------------------------------------------------------------------------------

$('sign-in').addEventListener('submit', onSignIn);
$('sign-out').addEventListener('click', () => signOut('You have signed out.'));
$('take-over').addEventListener('click', () => act('take-over', {}, 'You have taken over; the agent is paused.')
  .then(() => $('reply-text').focus()));
$('hand-back').addEventListener('click', () => act('release', {}, 'Handed back to the agent.'));
$('reply').addEventListener('submit', onReply);
for (const link of document.querySelectorAll('#tabs a')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    history.replaceState(null, '', link.getAttribute('href'));
    showTab(link.dataset.view);
  });
}

const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved && signedIn(saved)) showWorkspace();
else signOut(saved ? 'Your session has expired. Please sign in again.' : '');
