// Shared by the console pages: CSRF token, the STOMP connection, small DOM helpers.
// Text from customers and agents is only ever set with textContent, never as HTML.
(function () {
  'use strict';
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content;
  const csrf = { header: meta('_csrf_header'), token: meta('_csrf') };

  function wsUrl() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return scheme + '//' + location.host + '/ws';
  }

  /** Connects with the page's CSRF token (required on CONNECT for agents); reconnects on its own. */
  function connect(onConnect, statusElement) {
    const headers = {};
    if (csrf.header) headers[csrf.header] = csrf.token;
    const client = new StompJs.Client({
      brokerURL: wsUrl(),
      connectHeaders: headers,
      reconnectDelay: 2000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
    });
    const show = (text, cls) => {
      if (!statusElement) return;
      statusElement.textContent = text;
      statusElement.className = 'conn ' + cls;
    };
    client.onConnect = () => { show('Live', 'ok'); onConnect(client); };
    client.onWebSocketClose = () => show('Reconnecting…', 'bad');
    client.onStompError = (frame) => show('Connection refused: ' + (frame.headers.message || 'error'), 'bad');
    client.activate();
    return client;
  }

  async function post(url, body) {
    return send('POST', url, body);
  }

  /** A JSON request with the CSRF header: POST, PUT or DELETE. */
  async function send(method, url, body) {
    const headers = { 'Accept': 'application/json' };
    if (csrf.header) headers[csrf.header] = csrf.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    try { data = await response.json(); } catch (e) { /* empty body */ }
    return { ok: response.ok, status: response.status, data };
  }

  /** "4 min", "1 h 05 min" since an ISO instant. */
  function waited(iso) {
    const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60000));
    if (minutes < 1) return 'just now';
    if (minutes < 60) return minutes + ' min';
    return Math.floor(minutes / 60) + ' h ' + String(minutes % 60).padStart(2, '0') + ' min';
  }

  /** "just now", "4 min ago". */
  function ago(iso) {
    const since = waited(iso);
    return since === 'just now' ? since : since + ' ago';
  }

  function clock(iso) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  function fill(template, fields) {
    const node = template.content.firstElementChild.cloneNode(true);
    Object.entries(fields).forEach(([selector, text]) => {
      const el = node.querySelector(selector);
      if (el) el.textContent = text;
    });
    return node;
  }

  function newClientId() {
    return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
  }

  window.AttuneConsole = { connect, post, send, waited, ago, clock, fill, newClientId };
})();
