// Unit tests of the web chat's protocol client (reconnect, resume, resend) with a fake WebSocket and fake timers.
// Run: node --test chat-connection.test.mjs   (no browser, no server)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKOFF, ChatConnection, backoffDelay, webSocketUrl } from
  '../chat-gateway/src/main/resources/META-INF/resources/chat-connection.js';
import { JsonSlot, TranscriptStore } from '../chat-gateway/src/main/resources/META-INF/resources/chat-store.js';

class FakeSocket {
  static all = [];

  constructor(url) {
    this.url = url;
    this.sent = [];
    this.closed = false;
    FakeSocket.all.push(this);
  }

  static get last() {
    return FakeSocket.all[FakeSocket.all.length - 1];
  }

  send(data) {
    if (this.closed) {
      throw new Error('closed');
    }
    this.sent.push(JSON.parse(data));
  }

  close(code = 1000, reason = '') {
    this.closed = true;
    this.onclose?.({ code, reason });
  }

  serverOpens() {
    this.onopen?.();
  }

  serverSends(frame) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  drops(code = 1006, reason = '') {
    this.close(code, reason);
  }
}

class MemoryStorage {
  map = new Map();
  getItem(key) {
    return this.map.has(key) ? this.map.get(key) : null;
  }
  setItem(key, value) {
    this.map.set(key, String(value));
  }
}

function harness({ storage = new MemoryStorage(), propertyId = null, sessions = [], gatewayUp = () => true,
                   now = () => Date.parse('2026-06-01T12:00:00Z') } = {}) {
  FakeSocket.all = [];
  const timers = [];
  const posts = [];
  let ids = 0;
  const issued = [...sessions];
  const events = [];
  const probes = [];
  const fetchImpl = async (url, init) => {
    if (init.method === 'OPTIONS') {
      probes.push(url);
      if (!gatewayUp()) {
        throw new TypeError('Failed to fetch');
      }
      return { ok: true, status: 204, headers: new Map() };
    }
    posts.push({ url, body: JSON.parse(init.body) });
    const next = issued.shift() ?? { sessionId: `s${posts.length}`, token: `t${posts.length}`, expiresAt: '2026-06-02T12:00:00Z' };
    if (next.status) {
      return { ok: false, status: next.status, headers: new Map([['Retry-After', String(next.retryAfter ?? '')]]),
        json: async () => ({ title: 'Too Many Requests' }) };
    }
    return { ok: true, status: 201, headers: new Map(), json: async () => next };
  };
  const connection = new ChatConnection({
    baseUrl: 'https://chat.example.com', propertyId, store: new JsonSlot(storage, 'session'), WebSocketImpl: FakeSocket,
    fetchImpl, setTimer: (fn, ms) => timers.push({ fn, ms }) - 1, clearTimer: (i) => { timers[i] = null; },
    random: () => 1, newId: () => `m${++ids}`, now,
  });
  ['status', 'reply', 'ack', 'typing', 'problem', 'session'].forEach((type) =>
    connection.on(type, (detail) => events.push({ type, detail })));
  return {
    connection, storage, posts, probes, events, timers,
    /** Runs the pending timer (the reconnect) and waits for the async session step. */
    async fireTimer() {
      const index = timers.findLastIndex((t) => t !== null);
      const timer = timers[index];
      timers[index] = null;
      timer.fn();
      await settle();
      return timer.ms;
    },
    replies: () => events.filter((e) => e.type === 'reply').map((e) => e.detail.seq),
    statuses: () => events.filter((e) => e.type === 'status').map((e) => e.detail),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function started(options) {
  const h = harness(options);
  await h.connection.start();
  return h;
}

test('a fresh session is created for the property, then resume 0 and start are sent on open', async () => {
  const h = await started({ propertyId: 'cinco-ranch-commons', sessions: [{ sessionId: 'abc', token: 'tok en', expiresAt: '2026-06-02T12:00:00Z' }] });
  assert.deepEqual(h.posts, [{ url: 'https://chat.example.com/api/chat/sessions', body: { propertyId: 'cinco-ranch-commons' } }]);
  assert.equal(FakeSocket.last.url, 'wss://chat.example.com/ws/chat/abc?token=tok+en');

  FakeSocket.last.serverOpens();

  assert.deepEqual(FakeSocket.last.sent, [
    { type: 'resume', lastSeq: 0 },
    { type: 'start', messageId: 'm1', propertyId: 'cinco-ranch-commons' },
  ]);
  assert.equal(h.connection.unacked.length, 1, 'start is kept until acked');
  assert.equal(JSON.parse(h.storage.getItem('session')).sessionId, 'abc');
});

test('an ack forgets the frame; a reply moves lastSeq and is stored', async () => {
  const h = await started();
  const socket = FakeSocket.last;
  socket.serverOpens();
  socket.serverSends({ type: 'ack', messageId: 'm1' });
  const id = h.connection.sendMessage('Hi, I am Ana');
  assert.deepEqual(socket.sent.at(-1), { type: 'message', messageId: id, text: 'Hi, I am Ana' });
  assert.deepEqual(h.connection.unacked.map((f) => f.messageId), [id]);

  socket.serverSends({ type: 'ack', messageId: id });
  socket.serverSends({ type: 'reply', seq: 1, inReplyTo: 'm1', reply: 'Hi!' });

  assert.deepEqual(h.connection.unacked, []);
  assert.equal(h.connection.lastSeq, 1);
  assert.equal(JSON.parse(h.storage.getItem('session')).lastSeq, 1);
  assert.deepEqual(h.replies(), [1]);
});

test('after a drop it reconnects with backoff, resumes from lastSeq and resends unacked frames with the same ids', async () => {
  const h = await started();
  const first = FakeSocket.last;
  first.serverOpens();
  first.serverSends({ type: 'ack', messageId: 'm1' });
  first.serverSends({ type: 'reply', seq: 1, inReplyTo: 'm1', reply: 'Hi!' });
  const acked = h.connection.sendMessage('2 bedrooms in Katy');
  first.serverSends({ type: 'ack', messageId: acked });
  const lost = h.connection.sendMessage('moving June 1');
  const action = h.connection.sendAction('choose_listing', { propertyId: 'katy-grove' });

  first.drops();
  assert.deepEqual(h.statuses().at(-1), { state: 'reconnecting', delayMs: backoffDelay(0, () => 1), attempt: 1, reason: undefined });
  h.connection.sendMessage('typed while offline');
  assert.equal(FakeSocket.all.length, 1, 'nothing is sent on a dead socket');

  await h.fireTimer();
  assert.equal(FakeSocket.all.length, 2);
  assert.equal(h.posts.length, 1, 'the same session is resumed');
  const second = FakeSocket.last;
  second.serverOpens();

  assert.deepEqual(second.sent, [
    { type: 'resume', lastSeq: 1 },
    { type: 'message', messageId: lost, text: 'moving June 1' },
    { type: 'action', messageId: action, actionType: 'choose_listing', payload: { propertyId: 'katy-grove' } },
    { type: 'message', messageId: 'm5', text: 'typed while offline' },
  ]);
  assert.ok(!second.sent.some((f) => f.type === 'start'), 'start is sent on the first connection only');
});

test('replies replayed on resume are shown once', async () => {
  const h = await started();
  FakeSocket.last.serverOpens();
  FakeSocket.last.serverSends({ type: 'reply', seq: 1, reply: 'Hi!' });
  FakeSocket.last.serverSends({ type: 'reply', seq: 2, reply: 'Here are 2 matches' });
  FakeSocket.last.drops();
  await h.fireTimer();
  FakeSocket.last.serverOpens();
  FakeSocket.last.serverSends({ type: 'reply', seq: 2, reply: 'Here are 2 matches' });
  FakeSocket.last.serverSends({ type: 'reply', seq: 3, reply: 'Great choice' });

  assert.deepEqual(h.replies(), [1, 2, 3]);
  assert.equal(h.connection.lastSeq, 3);
});

test('the backoff doubles on every failed attempt up to its ceiling, and starts over once connected', async () => {
  const h = await started({ gatewayUp: () => false });
  const delays = [];
  for (let i = 0; i < 9; i++) {
    FakeSocket.last.drops();
    await settle();
    delays.push(await h.fireTimer());
  }
  assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  FakeSocket.last.serverOpens();
  FakeSocket.last.drops();
  assert.equal(await h.fireTimer(), 500);
  assert.equal(backoffDelay(3, () => 0), 2000, 'jitter keeps at least half the delay');
  assert.equal(BACKOFF.maxMs, 30000);
});

test('a page reload resumes the stored session: no new session, no second start, unacked frames resent', async () => {
  const storage = new MemoryStorage();
  const before = await started({ storage });
  FakeSocket.last.serverOpens();
  FakeSocket.last.serverSends({ type: 'ack', messageId: 'm1' });
  FakeSocket.last.serverSends({ type: 'reply', seq: 1, reply: 'Hi!' });
  const unacked = before.connection.sendMessage('still on its way');
  before.connection.stop();

  const after = await started({ storage });
  assert.equal(after.posts.length, 0);
  assert.equal(FakeSocket.last.url, 'wss://chat.example.com/ws/chat/s1?token=t1');
  FakeSocket.last.serverOpens();
  assert.deepEqual(FakeSocket.last.sent, [
    { type: 'resume', lastSeq: 1 },
    { type: 'message', messageId: unacked, text: 'still on its way' },
  ]);
});

test('a refused token (1008) starts a new session that carries unsent messages but not old actions', async () => {
  const h = await started();
  FakeSocket.last.serverOpens();
  FakeSocket.last.serverSends({ type: 'ack', messageId: 'm1' });
  FakeSocket.last.serverSends({ type: 'reply', seq: 4, reply: 'Hi!' });
  h.connection.sendAction('choose_slot', { slotId: 'x', propertyId: 'p' });
  const text = h.connection.sendMessage('are cats ok?');

  FakeSocket.last.drops(1008, 'token expired');
  await settle();

  assert.equal(h.posts.length, 2);
  assert.deepEqual(h.events.filter((e) => e.type === 'session').map((e) => e.detail.replaced), [false, true]);
  FakeSocket.last.serverOpens();
  assert.deepEqual(FakeSocket.last.sent.map((f) => f.type), ['resume', 'start', 'message']);
  assert.deepEqual(FakeSocket.last.sent[0], { type: 'resume', lastSeq: 0 });
  assert.equal(FakeSocket.last.sent[2].messageId, text);
});

test('a server that keeps refusing fresh sessions ends in failed, not in a loop', async () => {
  const h = await started();
  FakeSocket.last.drops(1008, 'bad token');
  await settle();
  FakeSocket.last.drops(1008, 'bad token');
  await settle();
  assert.equal(h.statuses().at(-1).state, 'failed');
  assert.equal(h.posts.length, 2);
});

test('an upgrade refused with 401 (seen as failed opens) starts a new session once the gateway answers HTTP', async () => {
  const h = await started();
  FakeSocket.last.serverOpens();
  FakeSocket.last.serverSends({ type: 'ack', messageId: 'm1' });
  FakeSocket.last.drops();
  await h.fireTimer();
  FakeSocket.last.drops(); // 1 failed open
  await h.fireTimer();
  FakeSocket.last.drops(); // 2
  await h.fireTimer();
  assert.equal(h.probes.length, 0);
  FakeSocket.last.drops(); // 3: probe, gateway up, one immediate try
  await settle();
  assert.deepEqual(h.probes, ['https://chat.example.com/api/chat/sessions']);
  assert.equal(h.posts.length, 1, 'a gateway that just came back gets one more try with the same token');
  assert.match(FakeSocket.last.url, /\/s1\?token=t1$/);
  FakeSocket.last.drops();
  await settle();
  assert.equal(h.posts.length, 2);
  assert.match(FakeSocket.last.url, /\/s2\?token=t2$/);
});

test('failed opens while the gateway is down keep the session and keep backing off', async () => {
  let up = false;
  const h = await started({ gatewayUp: () => up });
  for (let i = 0; i < 6; i++) {
    FakeSocket.last.drops();
    await settle();
    await h.fireTimer();
  }
  assert.equal(h.posts.length, 1);
  assert.equal(h.probes.length, 2);
  up = true;
  FakeSocket.last.serverOpens();
  assert.deepEqual(FakeSocket.last.sent.map((f) => f.type), ['resume', 'start']);
  assert.match(FakeSocket.last.url, /\/s1\?token=t1$/);
});

test('an expired stored token is replaced before connecting', async () => {
  const storage = new MemoryStorage();
  storage.setItem('session', JSON.stringify({ sessionId: 'old', token: 'old', expiresAt: '2026-06-01T11:00:00Z',
    lastSeq: 7, started: true, unacked: [] }));
  const h = await started({ storage });
  assert.equal(h.posts.length, 1);
  assert.match(FakeSocket.last.url, /\/ws\/chat\/s1\?token=t1$/);
});

test('rate-limited session creation waits at least Retry-After', async () => {
  const h = await started({ sessions: [{ status: 429, retryAfter: 45 }] });
  assert.equal(FakeSocket.all.length, 0);
  const status = h.statuses().at(-1);
  assert.equal(status.state, 'reconnecting');
  assert.equal(status.delayMs, 45000);
  await h.fireTimer();
  assert.equal(FakeSocket.all.length, 1);
});

test('a 429 error frame resends the unacked frames after retryAfter; a 400 for a frame drops it', async () => {
  const h = await started();
  FakeSocket.last.serverOpens();
  FakeSocket.last.serverSends({ type: 'ack', messageId: 'm1' });
  const slow = h.connection.sendMessage('one');
  FakeSocket.last.serverSends({ type: 'error', status: 429, title: 'Too Many Requests', retryAfter: 2 });
  assert.equal(await h.fireTimer(), 2000);
  assert.deepEqual(FakeSocket.last.sent.filter((f) => f.messageId === slow).length, 2);

  const bad = h.connection.sendMessage('x'.repeat(10));
  FakeSocket.last.serverSends({ type: 'error', status: 400, title: 'Bad frame', messageId: bad });
  assert.ok(!h.connection.unacked.some((f) => f.messageId === bad));
  assert.equal(h.events.filter((e) => e.type === 'problem').length, 2);
});

test('web socket URL follows the page scheme', () => {
  assert.equal(webSocketUrl('http://localhost:8080', 's 1', 'a.b'), 'ws://localhost:8080/ws/chat/s%201?token=a.b');
});

test('the transcript keeps user messages and replies, marks acks and stays bounded', () => {
  const transcript = new TranscriptStore(new JsonSlot(new MemoryStorage(), 't'));
  transcript.add({ kind: 'user', messageId: 'a', text: 'hi' });
  transcript.add({ kind: 'agent', frame: { seq: 1, reply: 'Hi!' } });
  transcript.markAcked('a');
  assert.deepEqual(transcript.entries()[0], { kind: 'user', messageId: 'a', text: 'hi', acked: true });
  for (let i = 0; i < 250; i++) {
    transcript.add({ kind: 'agent', frame: { seq: i + 2 } });
  }
  assert.equal(transcript.entries().length, 200);
  assert.equal(transcript.entries().at(-1).frame.seq, 251);
});
