// The web chat protocol on the client side: one chat session, one WebSocket, reconnect with exponential backoff,
// resume from the last reply seen and resend of every frame the server has not acknowledged (same messageId, so the
// agent answers each one once). No DOM here: the page and the unit tests drive it the same way.

export const BACKOFF = Object.freeze({ initialMs: 500, factor: 2, maxMs: 30000 });
const POLICY_VIOLATION = 1008;
const MAX_REFUSED_SESSIONS = 2;
const EXPIRY_MARGIN_MS = 30000;
const FAILED_OPENS_BEFORE_PROBE = 3;

/** Delay before reconnect attempt n (0-based): doubling up to a ceiling, with jitter so clients don't reconnect in step. */
export function backoffDelay(attempt, random = Math.random, backoff = BACKOFF) {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function newMessageId(cryptoImpl = globalThis.crypto) {
  if (cryptoImpl && typeof cryptoImpl.randomUUID === 'function') {
    return cryptoImpl.randomUUID();
  }
  // crypto.randomUUID exists only in secure contexts (https, localhost); a UUID v4 from getRandomValues otherwise.
  const bytes = cryptoImpl.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function webSocketUrl(baseUrl, sessionId, token) {
  const url = new URL(`/ws/chat/${encodeURIComponent(sessionId)}`, baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Status events: connecting, open, reconnecting ({delayMs, attempt, reason when the session could not be created}),
 * failed ({reason}), closed.
 * Other events: reply (frame), typing (boolean), ack (messageId), problem (error frame or {title, detail}),
 * session ({sessionId, fresh, replaced}).
 */
export class ChatConnection {
  #ws = null;
  #ready = false;
  #timer = null;
  #attempt = 0;
  #refusedSessions = 0;
  #failedOpens = 0;
  #suspectRefusal = false;
  #connecting = false;
  #stopped = true;
  #listeners = new Map();

  constructor({ baseUrl, propertyId = null, store, WebSocketImpl = globalThis.WebSocket,
                fetchImpl = (...args) => globalThis.fetch(...args), setTimer = (fn, ms) => setTimeout(fn, ms),
                clearTimer = (t) => clearTimeout(t), random = Math.random, newId = () => newMessageId(),
                now = () => Date.now(), backoff = BACKOFF }) {
    Object.assign(this, { baseUrl, propertyId, store, WebSocketImpl, fetchImpl, setTimer, clearTimer, random, newId,
      now, backoff });
    this.state = store.load();
  }

  on(type, listener) {
    this.#listeners.set(type, [...(this.#listeners.get(type) || []), listener]);
    return this;
  }

  get sessionId() {
    return this.state?.sessionId ?? null;
  }

  get lastSeq() {
    return this.state?.lastSeq ?? 0;
  }

  /** Frames sent but not yet acknowledged, oldest first. */
  get unacked() {
    return [...(this.state?.unacked ?? [])];
  }

  get connected() {
    return this.#ready;
  }

  start() {
    this.#stopped = false;
    return this.#connect();
  }

  /** Closes for good (no reconnect). */
  stop() {
    this.#stopped = true;
    this.#cancelTimer();
    const ws = this.#ws;
    this.#ws = null;
    this.#ready = false;
    if (ws) {
      ws.close(1000, 'bye');
    }
    this.#emit('status', { state: 'closed' });
  }

  /** Skip the backoff wait, e.g. when the browser comes back online. */
  reconnectNow() {
    if (this.#stopped || this.#ws || this.#connecting) {
      return;
    }
    this.#cancelTimer();
    this.#attempt = 0;
    this.#connect();
  }

  sendMessage(text) {
    return this.#enqueue({ type: 'message', messageId: this.newId(), text });
  }

  sendAction(actionType, payload = {}) {
    return this.#enqueue({ type: 'action', messageId: this.newId(), actionType, payload });
  }

  async #connect() {
    if (this.#stopped) {
      return;
    }
    this.#emit('status', { state: 'connecting', attempt: this.#attempt });
    this.#connecting = true;
    try {
      await this.#ensureSession();
    } catch (error) {
      this.#scheduleReconnect(error.retryAfterMs, error.message);
      return;
    } finally {
      this.#connecting = false;
    }
    if (!this.#stopped) {
      this.#open();
    }
  }

  async #ensureSession() {
    const state = this.state;
    if (state?.sessionId && state.token && !this.#expiresSoon(state.expiresAt)) {
      return;
    }
    const replaced = Boolean(state?.sessionId);
    const response = await this.fetchImpl(new URL('/api/chat/sessions', this.baseUrl).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(this.propertyId ? { propertyId: this.propertyId } : {}),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.detail || body.title || `HTTP ${response.status}`);
      error.status = response.status;
      const retryAfter = Number(response.headers?.get?.('Retry-After') ?? body.retryAfter);
      error.retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
      throw error;
    }
    // Messages typed into an expired session still go out, in the new one; actions on its cards would not fit.
    const carried = (state?.unacked ?? []).filter((frame) => frame.type === 'message');
    this.state = { sessionId: body.sessionId, token: body.token, expiresAt: body.expiresAt ?? null,
      propertyId: this.propertyId, lastSeq: 0, started: false, unacked: carried };
    this.#save();
    this.#emit('session', { sessionId: body.sessionId, fresh: true, replaced });
  }

  /** A token about to expire would be refused mid-reconnect; a small margin absorbs clock skew. */
  #expiresSoon(expiresAt) {
    const at = typeof expiresAt === 'number' ? (expiresAt < 1e12 ? expiresAt * 1000 : expiresAt) : Date.parse(expiresAt);
    return Number.isFinite(at) && at - EXPIRY_MARGIN_MS <= this.now();
  }

  #open() {
    const ws = new this.WebSocketImpl(webSocketUrl(this.baseUrl, this.state.sessionId, this.state.token));
    this.#ws = ws;
    ws.onopen = () => {
      if (this.#ws !== ws) {
        return;
      }
      this.#ready = true;
      this.#attempt = 0;
      this.#failedOpens = 0;
      this.#suspectRefusal = false;
      this.#emit('status', { state: 'open' });
      this.#sendRaw({ type: 'resume', lastSeq: this.state.lastSeq });
      if (!this.state.started) {
        const start = { type: 'start', messageId: this.newId() };
        if (this.propertyId) {
          start.propertyId = this.propertyId;
        }
        this.state.unacked = [start, ...this.state.unacked];
        this.state.started = true;
        this.#save();
      }
      this.state.unacked.forEach((frame) => this.#sendRaw(frame));
    };
    ws.onmessage = (event) => {
      if (this.#ws !== ws) {
        return;
      }
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      this.#onFrame(frame);
    };
    ws.onerror = () => {};
    ws.onclose = (event) => {
      if (this.#ws !== ws) {
        return;
      }
      const wasOpen = this.#ready;
      this.#ws = null;
      this.#ready = false;
      this.#emit('typing', false);
      if (this.#stopped) {
        return;
      }
      if (event.code === POLICY_VIOLATION) {
        this.#sessionRefused(event.reason, wasOpen);
        return;
      }
      if (!wasOpen && this.#suspectRefusal) {
        this.#suspectRefusal = false;
        this.#sessionRefused('The chat server does not accept this conversation any more.', false);
        return;
      }
      this.#failedOpens = wasOpen ? 0 : this.#failedOpens + 1;
      if (this.#failedOpens >= FAILED_OPENS_BEFORE_PROBE) {
        this.#probeForRefusal();
        return;
      }
      this.#scheduleReconnect();
    };
  }

  /**
   * A browser cannot see why an upgrade failed: a refused token (401) looks like a server that is down. So after a few
   * failed opens: if the gateway answers plain HTTP, one more immediate try, and if that fails too the token is what
   * it refuses.
   */
  async #probeForRefusal() {
    this.#failedOpens = 0;
    this.#connecting = true;
    let gatewayUp = false;
    try {
      const response = await this.fetchImpl(new URL('/api/chat/sessions', this.baseUrl).toString(),
        { method: 'OPTIONS' });
      gatewayUp = response.status < 500;
    } catch {
      gatewayUp = false;
    } finally {
      this.#connecting = false;
    }
    if (this.#stopped) {
      return;
    }
    if (gatewayUp) {
      this.#suspectRefusal = true;
      this.#connect();
    } else {
      this.#scheduleReconnect();
    }
  }

  /** The server refused this session's token (expired, or the server's secret changed): carry on in a new session. */
  #sessionRefused(reason, wasOpen) {
    this.#refusedSessions = wasOpen ? 1 : this.#refusedSessions + 1;
    if (this.#refusedSessions >= MAX_REFUSED_SESSIONS) {
      this.#stopped = true;
      this.state = { ...this.state, token: null }; // a reload then starts over in a new session
      this.#save();
      this.#emit('status', { state: 'failed', reason: reason || 'The chat server refused the connection.' });
      return;
    }
    this.state = { ...this.state, token: null };
    this.#save();
    this.#connect();
  }

  #onFrame(frame) {
    switch (frame.type) {
      case 'ack':
        this.#acknowledged(frame.messageId);
        break;
      case 'typing':
        this.#emit('typing', Boolean(frame.on));
        break;
      case 'reply':
        if (typeof frame.seq === 'number' && frame.seq <= this.state.lastSeq) {
          return; // already seen: a replay after resume
        }
        this.#refusedSessions = 0;
        if (typeof frame.seq === 'number') {
          this.state.lastSeq = frame.seq;
        }
        if (frame.inReplyTo) {
          this.#acknowledged(frame.inReplyTo);
        }
        this.#save();
        this.#emit('typing', false);
        this.#emit('reply', frame);
        break;
      case 'error':
        this.#onError(frame);
        break;
      default:
        break;
    }
  }

  #onError(frame) {
    // A frame the server rejects as malformed would be rejected again on every resend.
    if (frame.messageId && frame.status >= 400 && frame.status < 500 && frame.status !== 429) {
      this.#acknowledged(frame.messageId);
    }
    // "Send it again" after retryAfter (rate limit, Kafka briefly unavailable): the same ids, so never twice.
    if ((frame.status === 429 || frame.retryAfter) && this.state.unacked.length) {
      const waitMs = Math.max(1, Number(frame.retryAfter) || 1) * 1000;
      this.setTimer(() => {
        if (this.#ready) {
          this.state.unacked.forEach((f) => this.#sendRaw(f));
        }
      }, waitMs);
    }
    this.#emit('problem', frame);
  }

  #acknowledged(messageId) {
    const before = this.state.unacked.length;
    this.state.unacked = this.state.unacked.filter((frame) => frame.messageId !== messageId);
    if (this.state.unacked.length !== before) {
      this.#save();
    }
    this.#emit('ack', messageId);
  }

  #enqueue(frame) {
    if (!this.state) {
      this.state = { sessionId: null, token: null, expiresAt: null, propertyId: this.propertyId, lastSeq: 0,
        started: false, unacked: [] };
    }
    this.state.unacked = [...this.state.unacked, frame];
    this.#save();
    if (this.#ready) {
      this.#sendRaw(frame);
    }
    return frame.messageId;
  }

  #sendRaw(frame) {
    try {
      this.#ws.send(JSON.stringify(frame));
    } catch {
      // The socket is closing; onclose reconnects and the frame is still unacked.
    }
  }

  #scheduleReconnect(minDelayMs = 0, reason = undefined) {
    if (this.#stopped) {
      return;
    }
    const delayMs = Math.max(minDelayMs, backoffDelay(this.#attempt, this.random, this.backoff));
    this.#attempt += 1;
    this.#emit('status', { state: 'reconnecting', delayMs, attempt: this.#attempt, reason });
    this.#cancelTimer();
    this.#timer = this.setTimer(() => {
      this.#timer = null;
      this.#connect();
    }, delayMs);
  }

  #cancelTimer() {
    if (this.#timer !== null) {
      this.clearTimer(this.#timer);
      this.#timer = null;
    }
  }

  #save() {
    this.store.save(this.state);
  }

  #emit(type, detail) {
    (this.#listeners.get(type) || []).forEach((listener) => listener(detail));
  }
}
