// The web chat page: wires the protocol client, the stored transcript and the view together.
// ?property=<id> starts the chat about one property; ?embed=1 is the compact layout inside widget.js's frame;
// ?invite=<token> (the link of a lead's email) opens the conversation the invite names.
import { ChatConnection } from './chat-connection.js';
import { addressWithoutInvite, redeemInvite } from './chat-invite.js';
import { chatStores } from './chat-store.js';
import { createChatView } from './chat-view.js';

const params = new URLSearchParams(window.location.search);
const propertyId = params.get('property') || null;
const embedded = params.get('embed') === '1';

function tabStorage() {
  try {
    return window.sessionStorage; // throws when storage is blocked, e.g. some sandboxed third-party frames
  } catch {
    return null;
  }
}

const invite = params.get('invite');
if (invite) {
  window.history.replaceState(window.history.state, '', addressWithoutInvite(window.location.href));
}

const stores = chatStores(tabStorage(), propertyId);
let inviteRefused = null;
if (invite) {
  try {
    stores.session.save(await redeemInvite({ baseUrl: window.location.origin, invite }));
    stores.transcript.clear();
  } catch (error) {
    inviteRefused = error; // said in the chat below; a new conversation starts instead
  }
}
const connection = new ChatConnection({ baseUrl: window.location.origin, propertyId, store: stores.session });

function record(entry) {
  stores.transcript.add(entry);
  view.addUser(entry);
}

const view = createChatView(document, {
  embedded,
  onSend: (text) => record({ kind: 'user', messageId: connection.sendMessage(text), text }),
  onAction: (actionType, payload, label) => record({ kind: 'user', messageId: connection.sendAction(actionType, payload),
    text: label }),
  onRetry: () => connection.reconnectNow(),
  onClose: () => window.parent.postMessage({ type: 'l2l-chat:close' }, '*'),
});

view.restore(stores.transcript.entries());
if (inviteRefused) {
  view.notice(inviteRefused.message || 'This link has expired or is not valid; start a new chat.', 'error');
}

connection
  .on('status', (status) => view.setConnection(status))
  .on('typing', (on) => view.setTyping(on))
  .on('problem', (problem) => view.problem(problem))
  .on('ack', (messageId) => {
    stores.transcript.markAcked(messageId);
    view.markAcked(messageId);
  })
  .on('reply', (frame) => {
    stores.transcript.add({ kind: 'agent', frame });
    view.addReply(frame);
  })
  .on('session', ({ replaced }) => {
    if (replaced) {
      view.notice('Your earlier chat had expired, so this is a new conversation.');
    }
  });

window.addEventListener('online', () => connection.reconnectNow());
window.addEventListener('offline', () => view.setConnection({ state: 'offline' }));
connection.start();
