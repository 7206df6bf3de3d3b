// Renders the conversation: bubbles, listing cards, slot buttons, quick replies, notices, typing and connection state.
// Knows nothing about the protocol; it reports what the prospect did through the callbacks.

const money = (n) => `$${Number(n).toLocaleString('en-US')}`;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(props).forEach(([key, value]) => {
    if (key === 'role' || key.startsWith('aria-')) {
      node.setAttribute(key, value);
    } else {
      node[key] = value;
    }
  });
  children.flat().filter((c) => c !== null && c !== undefined).forEach((child) => node.append(child));
  return node;
}

export function bedroomsText(bedrooms) {
  const list = (Array.isArray(bedrooms) ? bedrooms : [bedrooms]).filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
  if (!list.length) {
    return '';
  }
  const name = (n) => (n === 0 ? 'Studio' : String(n));
  const lo = list[0];
  const hi = list[list.length - 1];
  if (lo === hi) {
    return lo === 0 ? 'Studio' : `${lo} bedroom${lo === 1 ? '' : 's'}`;
  }
  return `${name(lo)}–${hi} bedrooms`;
}

function statusText(status) {
  switch (status.state) {
    case 'open':
      return 'Connected';
    case 'connecting':
      return status.attempt ? 'Reconnecting…' : 'Connecting…';
    case 'reconnecting': {
      const seconds = Math.max(1, Math.round(status.delayMs / 1000));
      return `${status.reason ? `Can't start the chat (${status.reason}).` : 'Connection lost.'} Trying again in ${seconds} s…`;
    }
    case 'offline':
      return "You're offline. Your messages will go out when you're back.";
    case 'failed':
      return `Can't connect: ${status.reason} Reload the page to start again.`;
    case 'closed':
      return 'Chat closed.';
    default:
      return '';
  }
}

export function problemText(problem) {
  if (problem.status === 429) {
    const wait = problem.retryAfter ? ` I'll send it again in ${problem.retryAfter} s.` : '';
    return `You're sending messages a little fast.${wait}`;
  }
  if (problem.detail) {
    return problem.detail;
  }
  return problem.title || 'Something went wrong.';
}

export function createChatView(doc, { onSend, onAction, onRetry, onClose, embedded = false }) {
  const log = doc.getElementById('log');
  const typing = doc.getElementById('typing');
  const quickReplies = doc.getElementById('quick-replies');
  const composer = doc.getElementById('composer');
  const input = doc.getElementById('message');
  const connection = doc.getElementById('connection');
  const retry = doc.getElementById('retry');
  const close = doc.getElementById('close-embed');

  if (embedded) {
    doc.documentElement.classList.add('embedded');
    close.hidden = false;
    close.addEventListener('click', onClose);
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        onClose();
      }
    });
    doc.querySelector('.header-link').target = '_blank';
  }
  retry.addEventListener('click', onRetry);

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = '';
    onSend(text);
    input.focus();
  });

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function retireEarlierReplies() {
    log.querySelectorAll('.message.agent.current').forEach((message) => {
      message.classList.remove('current');
      message.querySelectorAll('.choices button').forEach((button) => { button.disabled = true; });
    });
  }

  /** A card button was used: its group waits for the answer, and focus returns to where the prospect types. */
  function chose(button, act) {
    const group = button.closest('.message');
    group.querySelectorAll('.choices button').forEach((b) => { b.disabled = true; });
    button.setAttribute('aria-pressed', 'true');
    act();
    input.focus();
  }

  function listingCard(card) {
    const details = [card.area, bedroomsText(card.bedrooms)].filter(Boolean).join(' · ');
    return el('article', { className: 'listing-card' },
      el('h3', { textContent: card.name }),
      details ? el('p', { className: 'listing-meta', textContent: details }) : null,
      card.rentFrom != null ? el('p', { className: 'listing-rent', textContent: `from ${money(card.rentFrom)}/mo` }) : null,
      card.petFriendly ? el('span', { className: 'badge pets', textContent: 'Pets welcome' }) : null,
      el('button', {
        type: 'button', className: 'choose-listing', textContent: 'Choose',
        'aria-label': `Choose ${card.name}`,
        onclick: (event) => chose(event.currentTarget, () => onAction('choose_listing',
          { propertyId: card.propertyId }, card.name)),
      }));
  }

  function slotButton(card) {
    return el('button', {
      type: 'button', className: 'slot-button', textContent: card.label,
      onclick: (event) => chose(event.currentTarget, () => onAction('choose_slot',
        { slotId: card.slotId, propertyId: card.propertyId }, card.label)),
    });
  }

  function showQuickReplies(replies) {
    quickReplies.replaceChildren(...replies.map((text) => el('button', {
      type: 'button', className: 'quick-reply', textContent: text,
      onclick: () => {
        onSend(text);
        input.focus();
      },
    })));
  }

  function addReply(frame, { restoring = false } = {}) {
    const cards = Array.isArray(frame.cards) ? frame.cards : [];
    if (!frame.reply && !cards.length && !(frame.quickReplies || []).length) {
      // The agent says nothing while staff hold the conversation: the message was received, no bubble to show.
      if (!restoring) {
        setTyping(false);
      }
      return;
    }
    retireEarlierReplies();
    const listings = cards.filter((c) => c.type === 'listing');
    const slots = cards.filter((c) => c.type === 'slot');
    const message = el('div', { className: 'message agent current' },
      el('p', { className: 'bubble', textContent: frame.reply || '' }));
    if (frame.seq != null) {
      message.dataset.seq = frame.seq;
    }
    if (listings.length) {
      message.append(el('div', { className: 'choices listings' }, listings.map(listingCard)));
    }
    if (slots.length) {
      message.append(el('div', { className: 'choices slots', role: 'group', 'aria-label': 'Tour times' },
        slots.map(slotButton)));
    }
    if (frame.guardrail && frame.guardrail.handoff) {
      message.append(el('p', { className: 'notice handoff', role: 'note',
        textContent: 'A member of our leasing team will take it from here and reply in this chat.' }));
    }
    log.append(message);
    // A quick reply that repeats a card's own button would only be a second way to press it.
    const shown = new Set([...slots.map((s) => s.label), ...listings.map((l) => `Tour ${l.name}`)]);
    showQuickReplies((frame.quickReplies || []).filter((text) => !shown.has(text)));
    if (!restoring) {
      setTyping(false);
    }
    scrollToEnd();
  }

  function addUser(entry) {
    const message = el('div', { className: `message user${entry.acked ? '' : ' pending'}` },
      el('p', { className: 'bubble', textContent: entry.text }),
      el('span', { className: 'delivery', textContent: entry.acked ? 'Sent' : 'Sending…' }));
    message.dataset.messageId = entry.messageId;
    log.append(message);
    quickReplies.replaceChildren();
    scrollToEnd();
  }

  function markAcked(messageId) {
    const message = [...log.querySelectorAll('.message.user.pending')].find((m) => m.dataset.messageId === messageId);
    if (message) {
      message.classList.remove('pending');
      message.querySelector('.delivery').textContent = 'Sent';
    }
  }

  function notice(text, kind = 'info') {
    log.append(el('p', { className: `notice ${kind}`, textContent: text }));
    scrollToEnd();
  }

  function setTyping(on) {
    typing.hidden = !on;
    if (on) {
      scrollToEnd();
    }
  }

  function setConnection(status) {
    connection.dataset.state = status.state;
    connection.textContent = statusText(status);
    retry.hidden = !(status.state === 'reconnecting' || status.state === 'offline');
    composer.classList.toggle('offline', status.state !== 'open');
  }

  /** Re-renders a stored conversation; a card button whose choice follows it is shown as the one pressed. */
  function restore(entries) {
    entries.forEach((entry) => {
      if (entry.kind !== 'user') {
        addReply(entry.frame, { restoring: true });
        return;
      }
      const previous = [...log.querySelectorAll('.message')].pop();
      const pressed = previous && [...previous.querySelectorAll('.choices button')].find((b) =>
        b.textContent === entry.text || b.getAttribute('aria-label') === `Choose ${entry.text}`);
      if (pressed) {
        pressed.setAttribute('aria-pressed', 'true');
      }
      addUser(entry);
    });
  }

  return { addReply, addUser, markAcked, notice, setTyping, setConnection, restore, problem: (p) => notice(problemText(p), 'error') };
}
