// Unit tests of the console's audit page (filters, paging, refusals) with a fake api wrapper and a minimal fake DOM.
// Run: node --test console-audit.test.mjs   (no browser, no server)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_SIZE, auditPath, isoInstant, render, rowCells } from
  '../chat-gateway/src/main/resources/META-INF/resources/console/console-audit.js';

class FakeText {
  constructor(text) {
    this.textContent = String(text);
  }
}

class FakeNode {
  constructor(tag, doc) {
    this.tagName = tag.toUpperCase();
    this.ownerDocument = doc;
    this.children = [];
    this.attributes = {};
    this.listeners = {};
    this.ownText = '';
  }

  setAttribute(name, value) {
    this.attributes[name] = String(value);
  }

  getAttribute(name) {
    return this.attributes[name] ?? null;
  }

  append(...nodes) {
    nodes.forEach((node) => this.children.push(typeof node === 'string' ? new FakeText(node) : node));
  }

  replaceChildren(...nodes) {
    this.children = [];
    this.ownText = '';
    this.append(...nodes);
  }

  set textContent(value) {
    this.children = [];
    this.ownText = String(value);
  }

  get textContent() {
    return this.ownText + this.children.map((child) => child.textContent).join('');
  }

  addEventListener(type, listener) {
    (this.listeners[type] ??= []).push(listener);
  }

  dispatch(type) {
    const event = { type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    (this.listeners[type] ?? []).forEach((listener) => listener(event));
    return event;
  }

  * walk() {
    yield this;
    for (const child of this.children) {
      if (child instanceof FakeNode) {
        yield* child.walk();
      }
    }
  }

  findAll(predicate) {
    return [...this.walk()].filter(predicate);
  }

  find(predicate) {
    const found = this.findAll(predicate);
    assert.ok(found.length > 0, 'element not found');
    return found[0];
  }
}

class FakeDocument {
  createElement(tag) {
    return new FakeNode(tag, this);
  }
}

function page(entries, nextCursor = null) {
  return { ok: true, status: 200, json: async () => ({ entries, nextCursor }) };
}

/** An api(path, options) answering from a queue, recording what it was asked. */
function fakeApi(...answers) {
  const calls = [];
  const api = async (path, options) => {
    calls.push({ path, options });
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    return typeof answer === 'function' ? answer(path) : answer;
  };
  return { api, calls };
}

function mount(api) {
  const container = new FakeDocument().createElement('div');
  const view = render(container, api);
  const button = (text) => container.find((n) => n.tagName === 'BUTTON' && n.textContent === text);
  const input = (name) => container.find((n) => n.name === name);
  const rows = () => container.findAll((n) => n.tagName === 'TR' && n.getAttribute('data-id'));
  const status = () => container.find((n) => n.getAttribute('role') === 'status').textContent;
  const form = container.find((n) => n.tagName === 'FORM');
  return { container, view, button, input, rows, status, form };
}

const ENTRY = {
  id: 'event-1', type: 'message_in', name: 'message', service: 'chat-gateway', actor: 'prospect',
  leadId: 'lead-1', sessionId: 'session-1', summary: 'Call me at [PHONE] about a 2 bd', detail: 'channel=web',
  outcome: null, at: '2026-05-01T14:30:00Z',
};

test('the path carries only the filters given, trimmed, times as ISO instants, and a bounded limit', () => {
  assert.equal(auditPath({}), `/api/audit?limit=${PAGE_SIZE}`);
  const path = auditPath({ leadId: ' lead-1 ', sessionId: '', type: 'booking', from: '2026-05-01T09:30', to: 'nope' },
    'c&2', 500);
  const query = new URL(path, 'http://console').searchParams;
  assert.equal(query.get('leadId'), 'lead-1');
  assert.equal(query.has('sessionId'), false);
  assert.equal(query.get('type'), 'booking');
  assert.equal(query.get('from'), new Date('2026-05-01T09:30').toISOString());
  assert.equal(query.has('to'), false, 'an invalid time is left out');
  assert.equal(query.get('cursor'), 'c&2');
  assert.equal(query.get('limit'), '200');
  assert.equal(isoInstant(''), '');
});

test('a row names the type, who, lead, session and the redacted summary with its detail and outcome', () => {
  const cells = rowCells({ ...ENTRY, type: 'tool_call', name: 'booking.book_tour', outcome: '201', actor: null,
    service: 'agent-service' });
  assert.equal(cells[1], 'Tool call: booking.book_tour');
  assert.equal(cells[2], 'agent-service');
  assert.equal(cells[3], 'lead-1');
  assert.equal(cells[4], 'session-1');
  assert.equal(cells[5], 'Call me at [PHONE] about a 2 bd · channel=web · → 201');
});

test('the newest page is shown on opening, as a table with one row per entry', async () => {
  const { api, calls } = fakeApi(page([ENTRY, { ...ENTRY, id: 'event-2', type: 'booking', name: 'scheduled' }]));
  const ui = mount(api);
  await ui.view.settled();

  assert.deepEqual(calls, [{ path: `/api/audit?limit=${PAGE_SIZE}`, options: { method: 'GET' } }]);
  assert.deepEqual(ui.rows().map((row) => row.getAttribute('data-id')), ['event-1', 'event-2']);
  assert.match(ui.rows()[0].textContent, /Message in: message.*prospect @ chat-gateway.*lead-1.*session-1.*\[PHONE\]/);
  assert.match(ui.status(), /2 entries/);
  assert.equal(ui.button('Older').disabled, true, 'no next page');
  assert.equal(ui.button('Newer').disabled, true);
});

test('filtering asks for the first page of the filtered log; clearing asks for everything again', async () => {
  const { api, calls } = fakeApi(page([ENTRY]));
  const ui = mount(api);
  await ui.view.settled();

  ui.input('leadId').value = 'lead-1';
  ui.input('sessionId').value = 'session-1';
  ui.input('type').value = 'guardrail';
  ui.input('from').value = '2026-05-01T00:00';
  const submitted = ui.form.dispatch('submit');
  await ui.view.settled();

  assert.equal(submitted.defaultPrevented, true, 'the page does not reload');
  const query = new URL(calls[1].path, 'http://console').searchParams;
  assert.equal(query.get('leadId'), 'lead-1');
  assert.equal(query.get('sessionId'), 'session-1');
  assert.equal(query.get('type'), 'guardrail');
  assert.equal(query.get('from'), new Date('2026-05-01T00:00').toISOString());
  assert.equal(query.has('cursor'), false);

  ui.form.dispatch('reset');
  await ui.view.settled();
  assert.equal(calls[2].path, `/api/audit?limit=${PAGE_SIZE}`);
});

test('older and newer page with the API cursor, keeping the filters', async () => {
  const { api, calls } = fakeApi(page([ENTRY], 'cursor-2'), page([ENTRY], 'cursor-2'),
    page([{ ...ENTRY, id: 'event-9' }], null), page([ENTRY], 'cursor-2'));
  const ui = mount(api);
  await ui.view.settled();
  ui.input('type').value = 'message_in';
  ui.form.dispatch('submit');
  await ui.view.settled();
  assert.equal(ui.button('Older').disabled, false);

  ui.button('Older').dispatch('click');
  await ui.view.settled();
  const second = new URL(calls[2].path, 'http://console').searchParams;
  assert.equal(second.get('cursor'), 'cursor-2');
  assert.equal(second.get('type'), 'message_in');
  assert.deepEqual(ui.rows().map((row) => row.getAttribute('data-id')), ['event-9']);
  assert.equal(ui.button('Older').disabled, true, 'the last page');
  assert.equal(ui.button('Newer').disabled, false);

  ui.button('Newer').dispatch('click');
  await ui.view.settled();
  const back = new URL(calls[3].path, 'http://console').searchParams;
  assert.equal(back.has('cursor'), false);
  assert.equal(back.get('type'), 'message_in');
  assert.equal(ui.button('Newer').disabled, true);
});

test('without admin the page says so and shows no rows; a network failure is reported too', async () => {
  const refused = mount(fakeApi({ ok: false, status: 403, json: async () => ({ title: 'Forbidden' }) }).api);
  await refused.view.settled();
  assert.equal(refused.rows().length, 0);
  assert.match(refused.status(), /administrator/);

  const down = mount(async () => {
    throw new TypeError('Failed to fetch');
  });
  await down.view.settled();
  assert.match(down.status(), /could not be loaded/);
});

test('a wrapper answering parsed bodies works as well', async () => {
  const ui = mount(fakeApi({ entries: [ENTRY], nextCursor: null }).api);
  await ui.view.settled();
  assert.equal(ui.rows().length, 1);
});
