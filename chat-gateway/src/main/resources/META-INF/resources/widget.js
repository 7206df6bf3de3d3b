/*
 * Lead-to-Lease chat widget. Paste on any page:
 *   <script src="https://your-gateway/widget.js" data-property="your-property-id" async></script>
 * Adds a "Chat with us" button; the chat opens in a frame served by the same host as this script.
 * Optional: data-label="Ask us anything" changes the button text.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__leadToLeaseWidget) {
    return;
  }
  window.__leadToLeaseWidget = true;
  var origin = new URL(script.src, window.location.href).origin;
  var property = script.getAttribute('data-property') || '';
  var label = script.getAttribute('data-label') || 'Chat with us';

  var host = document.createElement('div');
  host.setAttribute('data-lead-to-lease', 'chat-widget');
  // A shadow root keeps the page's CSS off the widget and the widget's CSS off the page.
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var style = document.createElement('style');
  style.textContent = [
    ':host { all: initial; }',
    '.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; display: inline-flex; align-items: center;',
    '  gap: 8px; min-height: 48px; padding: 0 20px; border: 0; border-radius: 24px; background: #1f6feb; color: #fff;',
    '  font: 600 16px/1 system-ui, -apple-system, "Segoe UI", sans-serif; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }',
    '.launcher:focus-visible, .panel:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }',
    '.panel { position: fixed; right: 16px; bottom: 80px; z-index: 2147483001; width: 380px; height: min(640px, calc(100vh - 96px));',
    '  border: 0; border-radius: 12px; background: #fff; box-shadow: 0 8px 28px rgba(0,0,0,.28); }',
    '.panel[hidden] { display: none; }',
    '@media (max-width: 480px) {',
    '  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }',
    '  .open .launcher { display: none; }',
    '}'
  ].join('\n');

  var wrapper = document.createElement('div');
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'l2l-chat-panel');
  var frame = null;

  function chatUrl() {
    var url = new URL('/', origin);
    if (property) {
      url.searchParams.set('property', property);
    }
    url.searchParams.set('embed', '1');
    return url.toString();
  }

  function open() {
    if (!frame) {
      // Created on first open, so no chat session starts for visitors who never click.
      frame = document.createElement('iframe');
      frame.id = 'l2l-chat-panel';
      frame.className = 'panel';
      frame.title = 'Chat with our leasing assistant';
      frame.src = chatUrl();
      frame.allow = 'clipboard-write';
      wrapper.appendChild(frame);
    }
    frame.hidden = false;
    wrapper.className = 'open';
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Close chat';
    frame.focus();
  }

  function close() {
    if (!frame || frame.hidden) {
      return;
    }
    frame.hidden = true;
    wrapper.className = '';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = label;
    button.focus();
  }

  button.addEventListener('click', function () {
    if (frame && !frame.hidden) {
      close();
    } else {
      open();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      close();
    }
  });
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'l2l-chat:close') {
      close();
    }
  });

  wrapper.appendChild(button);
  root.appendChild(style);
  root.appendChild(wrapper);
  function mount() {
    document.body.appendChild(host);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
