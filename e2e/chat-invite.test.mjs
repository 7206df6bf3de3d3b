// Unit tests of opening the web chat from an emailed invite link (?invite=...), with a fake fetch and WebSocket.
// Run: node --test chat-invite.test.mjs   (no browser, no server)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatConnection } from '../chat-gateway/src/main/resources/META-INF/resources/chat-connection.js';
import { addressWithoutInvite, redeemInvite } from
  '../chat-gateway/src/main/resources/META-INF/resources/chat-invite.js';
import { JsonSlot } from '../chat-gateway/src/main/resources/META-INF/resources/chat-store.js';

class FakeSocket {
  static last = null;

  constructor(url) {
    this.url = url;
    this.sent = [];
    FakeSocket.last = this;
  }

  send(data) {
    this.sent.push(JSON.parse(data));
  }

  close() {
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

function answering(status, body) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    return { ok: status >= 200 && status < 300, status, json: async () => body };
  };
  return { calls, fetchImpl };
}

test('the invite leaves the address bar, other parameters stay', () => {
  assert.equal(addressWithoutInvite('https://chat.example.com/?invite=abc.123.sig&embed=1#end'), '/?embed=1#end');
  assert.equal(addressWithoutInvite('https://chat.example.com/?invite=abc.123.sig'), '/');
});

test('a redeemed invite resumes its conversation from seq 0 without starting a new one', async () => {
  const { calls, fetchImpl } = answering(201, { sessionId: 's-invited', token: 'chat-token',
    expiresAt: '2099-01-01T00:00:00Z' });
  const slot = new JsonSlot(new MemoryStorage(), 'l2l.chat.any.session');

  slot.save(await redeemInvite({ baseUrl: 'https://chat.example.com', invite: 'inv.1.sig', fetchImpl }));

  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, 'https://chat.example.com/api/chat/invites');
  assert.deepEqual(JSON.parse(calls[0].init.body), { invite: 'inv.1.sig' });
  const connection = new ChatConnection({ baseUrl: 'https://chat.example.com', store: slot,
    WebSocketImpl: FakeSocket, fetchImpl: () => assert.fail('no new session is created'),
    setTimer: () => 0, clearTimer: () => {} });
  await connection.start();
  assert.match(FakeSocket.last.url, /\/ws\/chat\/s-invited\?token=chat-token$/);
  FakeSocket.last.onopen();
  // The agent's greeting is reply 1 of the conversation: resuming from 0 shows it; no start frame greets again.
  assert.deepEqual(FakeSocket.last.sent, [{ type: 'resume', lastSeq: 0 }]);
  connection.stop();
});

test('a refused invite says why in the words of the server', async () => {
  const detail = 'This link has expired or is not valid; start a new chat.';
  const { fetchImpl } = answering(401, { status: 401, title: 'Unauthorized', detail });

  await assert.rejects(redeemInvite({ baseUrl: 'https://chat.example.com', invite: 'old', fetchImpl }),
    (error) => error.status === 401 && error.message === detail);
});
