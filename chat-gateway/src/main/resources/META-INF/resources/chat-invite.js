// Opening the chat from an emailed invite link (/?invite=<token>): the invite is exchanged for the session token of
// the conversation it names (POST /api/chat/invites), stored like any session with that conversation already started,
// so connecting resumes from seq 0 and shows the greeting the agent wrote before the page was opened.
// No DOM here: the page and the unit tests drive it the same way.

/** The address without its invite, for history.replaceState: an invite is not kept in bookmarks or shared links. */
export function addressWithoutInvite(href) {
  const url = new URL(href);
  url.searchParams.delete('invite');
  return url.pathname + (url.searchParams.toString() ? `?${url.searchParams}` : '') + url.hash;
}

/** The stored session state of the invited conversation; throws an Error with the server's detail when refused. */
export async function redeemInvite({ baseUrl, invite, fetchImpl = (...args) => globalThis.fetch(...args) }) {
  const response = await fetchImpl(new URL('/api/chat/invites', baseUrl).toString(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ invite }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || body.title || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return { sessionId: body.sessionId, token: body.token, expiresAt: body.expiresAt ?? null, propertyId: null,
    lastSeq: 0, started: true, unacked: [] };
}
