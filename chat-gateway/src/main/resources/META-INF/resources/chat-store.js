// What survives a page reload, per tab (sessionStorage): the chat session with its unacked frames, and the transcript.

const TRANSCRIPT_LIMIT = 200;

/** JSON in one storage key; a full or disabled storage (private mode) degrades to memory for this page view. */
export class JsonSlot {
  #memory = null;

  constructor(storage, key) {
    this.storage = storage;
    this.key = key;
  }

  load() {
    try {
      const raw = this.storage?.getItem(this.key);
      return raw ? JSON.parse(raw) : this.#memory;
    } catch {
      return this.#memory;
    }
  }

  save(value) {
    this.#memory = value;
    try {
      this.storage?.setItem(this.key, JSON.stringify(value));
    } catch {
      // quota or disabled storage: keep the in-memory copy
    }
  }
}

/** One conversation per property context, so /?property=a and / don't share a chat in the same tab. */
export function chatStores(storage, propertyId) {
  const context = propertyId || 'any';
  return {
    session: new JsonSlot(storage, `l2l.chat.${context}.session`),
    transcript: new TranscriptStore(new JsonSlot(storage, `l2l.chat.${context}.transcript`)),
  };
}

/** The rendered conversation: the prospect's own messages (the server replays only agent replies) and the replies. */
export class TranscriptStore {
  constructor(slot) {
    this.slot = slot;
  }

  entries() {
    return this.slot.load() || [];
  }

  add(entry) {
    this.slot.save([...this.entries(), entry].slice(-TRANSCRIPT_LIMIT));
  }

  markAcked(messageId) {
    const entries = this.entries();
    const entry = entries.find((e) => e.kind === 'user' && e.messageId === messageId);
    if (entry && !entry.acked) {
      entry.acked = true;
      this.slot.save(entries);
    }
  }

  clear() {
    this.slot.save([]);
  }
}
