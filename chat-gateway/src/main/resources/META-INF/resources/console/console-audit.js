// The console's audit page: agent-service's append-only audit log across services (GET /api/audit, scope admin),
// filtered by lead, session, type and time, newest first, paged with the API's opaque cursor.
// render(container, api): api(path, options) is the console's fetch wrapper (adds the operator's bearer token).

export const PAGE_SIZE = 50;

/** The audit types the log holds (GET /api/audit ?type=). */
export const TYPES = [
  ['message_in', 'Message in'],
  ['message_out', 'Message out'],
  ['tool_call', 'Tool call'],
  ['guardrail', 'Guardrail hit'],
  ['operator', 'Operator action'],
  ['handoff', 'Hand-off'],
  ['action', 'Agent action'],
  ['booking', 'Booking change'],
  ['lead', 'Lead change'],
  ['notification', 'Notification'],
  ['token_issued', 'Token issued'],
  ['data_export', 'Data export'],
  ['erasure', 'Erasure'],
  ['llm_fallback', 'LLM fallback'],
];

const MAX_FILTER = 100;

/** A datetime-local value ("2026-05-01T09:30", the browser's zone) as an ISO instant; '' when empty or invalid. */
export function isoInstant(localValue) {
  if (!localValue) {
    return '';
  }
  const time = new Date(localValue);
  return Number.isNaN(time.getTime()) ? '' : time.toISOString();
}

/** The API path for these filters ({leadId, sessionId, type, from, to} as typed) and page cursor. */
export function auditPath(filters = {}, cursor = null, limit = PAGE_SIZE) {
  const query = new URLSearchParams();
  for (const key of ['leadId', 'sessionId', 'type']) {
    const value = (filters[key] ?? '').trim().slice(0, MAX_FILTER);
    if (value) {
      query.set(key, value);
    }
  }
  for (const key of ['from', 'to']) {
    const value = isoInstant(filters[key]);
    if (value) {
      query.set(key, value);
    }
  }
  if (cursor) {
    query.set('cursor', cursor);
  }
  query.set('limit', String(Math.min(Math.max(1, limit), 200)));
  return `/api/audit?${query}`;
}

/** One table row's cells for an entry: time, type, who, lead, session, what. */
export function rowCells(entry) {
  const label = TYPES.find(([value]) => value === entry.type)?.[1] ?? entry.type ?? '';
  const what = [entry.summary, entry.detail, entry.outcome ? `→ ${entry.outcome}` : null]
    .filter((part) => part !== null && part !== undefined && part !== '').join(' · ');
  return [
    entry.at ? new Date(entry.at).toLocaleString() : '',
    entry.name && entry.name !== entry.type ? `${label}: ${entry.name}` : label,
    [entry.actor, entry.service].filter(Boolean).join(' @ '),
    entry.leadId ?? '',
    entry.sessionId ?? '',
    what,
  ];
}

/** The wrapper may answer a fetch Response or the parsed body; a refusal becomes an Error with its status. */
async function read(answer) {
  if (answer && typeof answer.json === 'function') {
    if (!answer.ok) {
      const error = new Error(`HTTP ${answer.status}`);
      error.status = answer.status;
      throw error;
    }
    return answer.json();
  }
  return answer;
}

function failureText(error) {
  if (error.status === 401) {
    return 'Your sign-in has expired. Sign in again to read the audit log.';
  }
  if (error.status === 403) {
    return 'The audit log needs an administrator account (scope admin).';
  }
  if (error.status === 400) {
    return 'A filter is not valid: check the dates and ids.';
  }
  return 'The audit log could not be loaded. Try again in a moment.';
}

export function render(container, api) {
  const doc = container.ownerDocument;
  const el = (tag, props = {}, ...children) => {
    const node = doc.createElement(tag);
    Object.entries(props).forEach(([key, value]) => {
      if (key.startsWith('aria-') || key === 'role' || key === 'for' || key.startsWith('data-')) {
        node.setAttribute(key, value);
      } else {
        node[key] = value;
      }
    });
    children.flat().filter((c) => c !== null && c !== undefined).forEach((child) => node.append(child));
    return node;
  };
  const field = (name, text, input) => {
    input.id = `audit-${name}`;
    input.name = name;
    return el('label', { for: input.id, className: 'audit-filter' }, text, input);
  };

  const inputs = {
    leadId: el('input', { type: 'text', maxLength: MAX_FILTER, autocomplete: 'off' }),
    sessionId: el('input', { type: 'text', maxLength: MAX_FILTER, autocomplete: 'off' }),
    type: el('select', {}, el('option', { value: '', textContent: 'All types' }),
      TYPES.map(([value, text]) => el('option', { value, textContent: text }))),
    from: el('input', { type: 'datetime-local' }),
    to: el('input', { type: 'datetime-local' }),
  };
  const form = el('form', { className: 'audit-filters', role: 'search', 'aria-label': 'Filter the audit log' },
    field('leadId', 'Lead id', inputs.leadId),
    field('sessionId', 'Session id', inputs.sessionId),
    field('type', 'Type', inputs.type),
    field('from', 'From', inputs.from),
    field('to', 'Until', inputs.to),
    el('button', { type: 'submit', textContent: 'Filter' }),
    el('button', { type: 'reset', textContent: 'Clear' }));
  const status = el('p', { className: 'audit-status', role: 'status', 'aria-live': 'polite' });
  const body = el('tbody');
  const table = el('table', { className: 'audit-table' },
    el('caption', { textContent: 'Audit log, newest first (personal data redacted)' }),
    el('thead', {}, el('tr', {}, ['Time', 'Type', 'Who', 'Lead', 'Session', 'What']
      .map((text) => el('th', { scope: 'col', textContent: text })))),
    body);
  const newer = el('button', { type: 'button', textContent: 'Newer', disabled: true });
  const older = el('button', { type: 'button', textContent: 'Older', disabled: true });
  const pager = el('nav', { className: 'audit-pager', 'aria-label': 'Audit log pages' }, newer, older);
  container.replaceChildren(el('section', { className: 'audit', 'aria-label': 'Audit log' },
    el('h2', { textContent: 'Audit log' }), form, status, el('div', { className: 'audit-scroll' }, table), pager));

  // cursors[i] is the cursor of page i (null: the newest); next is the API's nextCursor of the page shown.
  let filters = {};
  let cursors = [null];
  let next = null;
  let loading = Promise.resolve();

  const show = (entries) => {
    body.replaceChildren(...entries.map((entry) => el('tr', { 'data-id': entry.id },
      rowCells(entry).map((text) => el('td', { textContent: text })))));
  };

  const load = () => {
    const page = cursors.length;
    status.textContent = 'Loading…';
    newer.disabled = true;
    older.disabled = true;
    loading = Promise.resolve()
      .then(() => api(auditPath(filters, cursors[cursors.length - 1]), { method: 'GET' }))
      .then(read)
      .then((answer) => {
        const entries = answer?.entries ?? [];
        next = answer?.nextCursor ?? null;
        show(entries);
        status.textContent = entries.length
          ? `Page ${page}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}.`
          : 'No audit entries match these filters.';
      })
      .catch((error) => {
        next = null;
        show([]);
        status.textContent = failureText(error);
      })
      .finally(() => {
        newer.disabled = cursors.length <= 1;
        older.disabled = !next;
      });
    return loading;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filters = Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, input.value]));
    cursors = [null];
    load();
  });
  form.addEventListener('reset', () => {
    filters = {};
    cursors = [null];
    load();
  });
  older.addEventListener('click', () => {
    if (next) {
      cursors.push(next);
      load();
    }
  });
  newer.addEventListener('click', () => {
    if (cursors.length > 1) {
      cursors.pop();
      load();
    }
  });

  load();
  return {
    /** Settles when the page being loaded is shown (for tests and the console's refresh). */
    settled: () => loading,
    refresh: load,
  };
}
