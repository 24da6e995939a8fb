/*
 * The chat inside Attune's frame. Talks to Attune only: POST /api/widget/sessions for a token, then
 * STOMP over /ws (see docs/ARCHITECTURE.md, "Customer messaging"). Everyone's text is shown with
 * textContent, never as HTML.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var siteKey = (params.get('key') || 'default').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'default';
  var storageKey = 'attune.session.' + siteKey;
  var MAX_LENGTH = 2000;
  var MAX_ATTEMPTS = 6;          // sends of one message the server refused for a passing reason
  var AUTHOR_NAMES = { BOT: 'Assistant', AGENT: 'Agent', SYSTEM: '', CUSTOMER: 'You' };

  var el = {
    body: document.body,
    launcher: document.getElementById('launcher'),
    unread: document.getElementById('unread'),
    panel: document.getElementById('panel'),
    close: document.getElementById('close'),
    status: document.getElementById('status'),
    log: document.getElementById('log'),
    messages: document.getElementById('messages'),
    typing: document.getElementById('typing'),
    quickReplies: document.getElementById('quick-replies'),
    error: document.getElementById('error'),
    composer: document.getElementById('composer'),
    input: document.getElementById('input'),
    survey: document.getElementById('survey'),
    leaveMessage: document.getElementById('leave-message'),
    details: document.getElementById('details'),
    detailsSkip: document.getElementById('details-skip'),
    leaveOffer: document.getElementById('leave-offer'),
    leaveOpen: document.getElementById('leave-open'),
    leaveCancel: document.getElementById('leave-cancel'),
    end: document.getElementById('end'),
    endConfirm: document.getElementById('end-confirm'),
    endYes: document.getElementById('end-yes'),
    endNo: document.getElementById('end-no'),
    restart: document.getElementById('restart')
  };

  var session = load();          // { token, conversationId, lastSeq, seenSeq, open }
  if (session.seenSeq === undefined) {
    session.seenSeq = session.lastSeq || 0; // saved before unread counts: nothing is new
  }
  var client = null;
  var pending = new Map();       // clientId -> { text, node, attempts }: typed, not yet acknowledged, in order
  var inFlight = null;           // the one message sent and not yet answered: they go one at a time, in order
  var inFlightTimer = null;
  var shown = new Map();         // seq -> { author, clientId, text }: what is on screen under that number
  var state = null;
  var agentName = null;
  var offline = false;           // the console said nobody can answer: the leave-a-message form stays
  var messageLeft = false;
  var writingMessage = false;    // the leave-a-message form has the composer's place
  var ratingSent = false;        // a rating is on its way: thanks only once the server has closed the chat
  var typingSent = 0;
  var typingStop = null;
  var typingHide = null;
  var retryTimer = null;

  // Suggested replies, the survey or the typing line appearing below the list make it shorter: keep the
  // newest message in view when the customer was reading the end (not when they scrolled up to reread).
  var atEnd = true;
  el.log.addEventListener('scroll', function () {
    atEnd = el.log.scrollHeight - el.log.scrollTop - el.log.clientHeight < 24;
  });
  if (window.ResizeObserver) {
    new ResizeObserver(function () {
      if (atEnd) {
        el.log.scrollTop = el.log.scrollHeight;
      }
    }).observe(el.log);
  }

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey) || 'null');
      return saved && typeof saved.token === 'string' ? saved : { token: null, conversationId: null, lastSeq: 0 };
    } catch (e) {
      return { token: null, conversationId: null, lastSeq: 0 };
    }
  }

  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(session));
    } catch (e) { /* private mode: the conversation lasts as long as the page */ }
  }

  // ---- opening and closing -------------------------------------------------------------------

  /** @param restoring reopened after a reload: the host page keeps its focus */
  function openPanel(restoring) {
    el.body.classList.remove('closed');
    el.panel.hidden = false;
    el.launcher.setAttribute('aria-expanded', 'true');
    el.launcher.hidden = true;
    parent.postMessage({ type: 'attune:open' }, '*');
    if (restoring !== true) {
      el.input.focus();
    }
    session.open = true;
    showUnread();
    if (!client) {
      start();
    }
  }

  function closePanel() {
    el.panel.hidden = true;
    el.body.classList.add('closed');
    el.launcher.hidden = false;
    el.launcher.setAttribute('aria-expanded', 'false');
    parent.postMessage({ type: 'attune:close' }, '*');
    el.launcher.focus();
    session.open = false;
    save();
  }

  /**
   * What the team or the bot said since the customer last had the chat open: a count on the launcher, and
   * for the host page (which flashes its title). Seen once the panel is open.
   */
  function showUnread() {
    var count = 0;
    if (el.panel.hidden) {
      shown.forEach(function (m, seq) {
        if (m.author !== 'CUSTOMER' && seq > session.seenSeq) {
          count += 1;
        }
      });
    } else if ((session.lastSeq || 0) > session.seenSeq) {
      session.seenSeq = session.lastSeq;
    }
    save();
    el.unread.textContent = count > 9 ? '9+' : String(count);
    el.unread.hidden = count === 0;
    el.launcher.setAttribute('aria-label', count === 0 ? 'Open chat'
        : 'Open chat, ' + count + (count === 1 ? ' new message' : ' new messages'));
    parent.postMessage({ type: 'attune:unread', count: count }, '*');
  }

  el.launcher.addEventListener('click', openPanel);
  el.close.addEventListener('click', closePanel);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !el.panel.hidden) {
      closePanel();
    }
  });

  // ---- session and connection ----------------------------------------------------------------

  function start() {
    setStatus('Connecting…');
    return fetch('/api/widget/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ siteKey: siteKey, token: session.token, page: params.get('page'),
        title: params.get('title'), language: navigator.language || null, fresh: !!session.fresh })
    }).then(function (response) {
      if (response.status === 429) {
        // Too many chats from this network: say so, and try again when the server says it may.
        return response.json().then(function (answer) {
          var refused = new Error(answer.message);
          refused.retryAfterSeconds = Number(response.headers.get('Retry-After')) || 60;
          throw refused;
        });
      }
      if (!response.ok) {
        throw new Error('session refused: ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      if (answer.conversationId !== session.conversationId) {
        clearConversation();
        session.detailsDone = false;
      }
      session.token = answer.token;
      delete session.fresh;
      session.conversationId = answer.conversationId;
      save();
      connect();
    }).catch(function (failure) {
      if (failure.retryAfterSeconds) {
        setStatus(failure.message);
        retryLater(start, failure.retryAfterSeconds * 1000);
        return;
      }
      setStatus('We could not reach the chat. Retrying…');
      retryLater(start, 5000);
    });
  }

  function connect() {
    if (client) {
      client.deactivate();
    }
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    client = new StompJs.Client({
      brokerURL: scheme + location.host + '/ws',
      reconnectDelay: 2000,
      heartbeatIncoming: 20000,
      heartbeatOutgoing: 20000
    });
    // Read at each (re)connect: a renewed token is used after a silent reconnect.
    client.beforeConnect = function () {
      client.connectHeaders = { token: session.token };
    };
    client.onConnect = onConnect;
    client.onStompError = function (frame) {
      // The token was refused (expired, or the server restarted with another key): start over.
      var message = frame.headers && frame.headers.message || '';
      if (message.indexOf('invalid-token') >= 0) {
        session.token = null;
        save();
        client.deactivate();
        client = null;
        start();
      }
    };
    client.onWebSocketClose = function () {
      setStatus('Reconnecting…');
    };
    client.activate();
  }

  function onConnect() {
    var id = session.conversationId;
    client.subscribe('/topic/conversation.' + id, onEvent);
    client.subscribe('/user/queue/errors', onError);
    client.subscribe('/user/queue/history', onHistory);
    // Ask for the whole conversation: the server's history is the truth, and the page is made to match it
    // (what it missed while away, and what it showed under a number the server now holds otherwise).
    // The answer also carries the current status.
    send('history', { afterSeq: 0 });
    inFlight = null;
    pump();
  }

  function send(what, body) {
    if (!client || !client.connected) {
      return false;
    }
    client.publish({ destination: '/app/conversation.' + session.conversationId + '.' + what, body: JSON.stringify(body) });
    return true;
  }

  /**
   * Sends the oldest message not yet acknowledged, unless one is on its way: the server then stores them in
   * the order the customer typed them, and a fast burst never trips the rate limit. An answer that never
   * comes (a dropped frame) sends it again: the server stores a message once whatever its retries.
   */
  function pump() {
    if (inFlight || !pending.size) {
      return;
    }
    var next = pending.keys().next().value;
    if (send('messages', { clientId: next, text: pending.get(next).text })) {
      inFlight = next;
      clearTimeout(inFlightTimer);
      inFlightTimer = setTimeout(function () {
        if (inFlight === next) {
          inFlight = null;
          pump();
        }
      }, 10000);
    }
  }

  function answered(clientId) {
    pending.delete(clientId);
    if (inFlight === clientId) {
      inFlight = null;
      clearTimeout(inFlightTimer);
    }
    pump();
  }

  function retryLater(fn, ms) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(fn, ms);
  }

  // ---- what the server says ------------------------------------------------------------------

  function onEvent(frame) {
    var event = JSON.parse(frame.body);
    if (event.type === 'message') {
      showMessage(event);
    } else if (event.type === 'typing') {
      showTyping(event);
    } else if (event.type === 'status') {
      showStatus(event);
    }
  }

  function onHistory(frame) {
    var answer = JSON.parse(frame.body);
    var held = new Set(answer.messages.map(function (m) { return m.seq; }));
    // Anything on screen the server does not hold goes: the server is the truth. The customer's own
    // message among them is sent again under its id (stored once however often it arrives).
    shown.forEach(function (m, seq) {
      if (!held.has(seq)) {
        removeShown(seq);
        if (m.author === 'CUSTOMER' && m.clientId && !pending.has(m.clientId)) {
          resend(m.clientId, m.text);
        }
      }
    });
    answer.messages.forEach(showMessage);
    if (answer.status) {
      showStatus(answer.status);
    }
  }

  function onError(frame) {
    var error = JSON.parse(frame.body);
    var p = error.clientId && pending.get(error.clientId);
    if ((error.code === 'too-many-messages' || error.code === 'server-error') && p && p.attempts < MAX_ATTEMPTS) {
      // Not stored yet: send it again, waiting longer each time (1.5 s, 3 s, 6 s ... at most 30 s).
      var wait = Math.min(30000, 1500 * Math.pow(2, p.attempts));
      p.attempts += 1;
      p.node.querySelector('.meta').textContent = 'Retrying…';
      clearTimeout(inFlightTimer);
      setTimeout(function () {
        if (pending.get(error.clientId) === p && inFlight === error.clientId) {
          inFlight = null;
          pump(); // the oldest unanswered message is this one: it goes again, the others wait behind it
        }
      }, wait);
      return;
    }
    if (ratingSent && !error.clientId && state === 'SURVEY') {
      // The rating was refused: the survey comes back with what the customer chose, and the reason.
      ratingSent = false;
      el.survey.hidden = false;
    }
    if (p) {
      p.node.classList.add('failed');
      p.node.querySelector('.meta').textContent = 'Not sent';
      answered(error.clientId);
    }
    el.error.textContent = error.message;
  }

  function showMessage(m) {
    var before = shown.get(m.seq);
    if (before && before.author === m.author && before.clientId === m.clientId && before.text === m.text) {
      return;
    }
    if (before) {
      removeShown(m.seq); // the server holds another message under this number: show the server's
    }
    shown.set(m.seq, { author: m.author, clientId: m.clientId, text: m.text });
    var p = m.clientId && pending.get(m.clientId);
    if (p) {
      p.node.remove();
      answered(m.clientId);
    }
    var node = messageNode(m.author, m.authorName, m.text, m.at);
    appendLinks(node, m.links);
    node.dataset.seq = m.seq;
    insertInOrder(node, m.seq);
    if (m.seq > (session.lastSeq || 0)) {
      session.lastSeq = m.seq;
      save();
    }
    if (m.author !== 'CUSTOMER') {
      hideTyping();
    }
    showQuickReplies(m);
    showUnread();
  }

  function removeShown(seq) {
    shown.delete(seq);
    el.messages.querySelectorAll('li[data-seq="' + Number(seq) + '"]').forEach(function (li) { li.remove(); });
  }

  function insertInOrder(node, seq) {
    var after = null;
    el.messages.querySelectorAll('li[data-seq]').forEach(function (li) {
      if (Number(li.dataset.seq) > seq && !after) {
        after = li;
      }
    });
    el.messages.insertBefore(node, after || firstPending());
    node.scrollIntoView({ block: 'end' });
  }

  function firstPending() {
    return el.messages.querySelector('li.pending');
  }

  function messageNode(author, authorName, text, at) {
    var li = document.createElement('li');
    li.className = 'message ' + String(author).toLowerCase();
    var who = document.createElement('span');
    who.className = 'who';
    var name = document.createElement('span');
    name.className = 'name';
    name.textContent = author === 'CUSTOMER' ? 'You' : (authorName || AUTHOR_NAMES[author] || '');
    who.appendChild(name);
    if (author === 'AGENT' && authorName) {
      // Who is answering: the person's initials beside their name.
      var avatar = document.createElement('span');
      avatar.className = 'avatar';
      avatar.setAttribute('aria-hidden', 'true');
      avatar.textContent = initials(authorName);
      who.prepend(avatar);
    }
    var body = document.createElement('p');
    body.className = 'text';
    body.textContent = text;
    var meta = document.createElement('span');
    meta.className = 'meta';
    if (at) {
      var time = document.createElement('time');
      time.dateTime = at;
      time.textContent = new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      meta.appendChild(time);
    } else {
      meta.textContent = 'Sending…';
    }
    li.append(who, body, meta);
    return li;
  }

  /**
   * The admin's links under a bot message. The server checks them (io.attune.engine.knowledge.AnswerLink);
   * they are checked again here, so a link that is not https or a path on this site is never made clickable.
   * DOM APIs only: the label is text, the address an attribute.
   */
  function appendLinks(node, links) {
    if (!Array.isArray(links) || !links.length) {
      return;
    }
    var list = document.createElement('ul');
    list.className = 'links';
    list.setAttribute('aria-label', 'Links');
    links.slice(0, 3).forEach(function (link) {
      var href = safeHref(link && link.url);
      if (!href || typeof link.label !== 'string') {
        return;
      }
      var a = document.createElement('a');
      a.textContent = link.label;
      a.setAttribute('href', href);
      a.setAttribute('rel', 'noopener noreferrer');
      // Another site opens in a new tab; a page of this site replaces the page the customer is on.
      a.setAttribute('target', href.charAt(0) === '/' ? '_top' : '_blank');
      var item = document.createElement('li');
      item.appendChild(a);
      list.appendChild(item);
    });
    if (list.childElementCount) {
      node.insertBefore(list, node.querySelector('.meta'));
    }
  }

  /** The address when it is https or a path on this site ("/x", not "//x" nor "/\\x"); null otherwise. */
  function safeHref(url) {
    if (typeof url !== 'string' || /[\u0000-\u0020\u007f-\u009f]/.test(url)) {
      return null;
    }
    if (url.charAt(0) === '/') {
      return url.charAt(1) === '/' || url.charAt(1) === '\\' ? null : url;
    }
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' && parsed.hostname ? url : null;
    } catch (e) {
      return null;
    }
  }

  /** "Dana Whitfield" -> "DW", "sam" -> "S". */
  function initials(name) {
    return name.trim().split(/\s+/).filter(Boolean).slice(0, 2).map(function (part) {
      return part.charAt(0).toUpperCase();
    }).join('');
  }

  function showQuickReplies(m) {
    if (m.seq < session.lastSeq) {
      return; // an older message filled in: the latest one's choices stay
    }
    el.quickReplies.replaceChildren();
    if (m.author === 'CUSTOMER' || !m.quickReplies || !m.quickReplies.length) {
      return;
    }
    m.quickReplies.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.addEventListener('click', function () {
        say(choice.text);
        el.input.focus(); // the choices are gone: the focus goes where the customer types next
      });
      el.quickReplies.appendChild(button);
    });
  }

  function showTyping(t) {
    el.typing.textContent = t.typing ? (t.author === 'AGENT' ? (agentName || 'The agent') + ' is typing…' : 'The assistant is typing…') : '';
    clearTimeout(typingHide);
    if (t.typing) {
      typingHide = setTimeout(hideTyping, 15000);
    }
  }

  function hideTyping() {
    el.typing.textContent = '';
  }

  function showStatus(s) {
    state = s.state;
    agentName = s.agentName || agentName;
    // Nobody can answer now: the server says why, and offers the form until a message is left.
    offline = state === 'WAITING_FOR_AGENT' && !!s.leaveMessage;
    setStatus(s.text);
    if (state === 'CLOSED' && ratingSent) {
      ratingSent = false;
      setStatus('Thank you for your feedback!');
    }
    var over = state === 'SURVEY' || state === 'CLOSED';
    el.end.hidden = over || !el.endConfirm.hidden;
    if (over) {
      el.endConfirm.hidden = true;
    }
    el.survey.hidden = state !== 'SURVEY';
    el.restart.hidden = !over;
    showComposer();
    if (over) {
      el.quickReplies.replaceChildren();
      // The survey takes the composer's place: the closing line above it must stay in view.
      el.log.scrollTop = el.log.scrollHeight;
    }
  }

  /**
   * One box to type in at a time: the composer (the bot still answers while nobody from the team can), or,
   * once the customer chose to, the leave-a-message form in its place, so the transcript keeps its room.
   */
  function showComposer() {
    var over = state === 'SURVEY' || state === 'CLOSED';
    var offerForm = offline && !messageLeft && !over;
    writingMessage = writingMessage && offerForm;
    el.composer.hidden = over || writingMessage;
    el.leaveOffer.hidden = !offerForm || writingMessage;
    el.leaveMessage.hidden = !writingMessage;
    // Waiting for a person (not offline: the leave-a-message form asks the same): who they are, once, optional.
    // The form stays when the person joins, until the customer shares or skips: it never vanishes mid-typing.
    el.details.hidden = !((state === 'WAITING_FOR_AGENT' || state === 'WITH_AGENT') && !offline && !session.detailsDone);
    el.log.scrollTop = el.log.scrollHeight;
  }

  function giveDetails(name, email) {
    return fetch('/api/widget/details', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: session.token, name: name, email: email })
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) {
          throw new Error(answer.message || 'Your details could not be saved.');
        }
        return answer;
      });
    });
  }

  function detailsDone() {
    session.detailsDone = true;
    save();
    showComposer();
    el.input.focus();
  }

  function setStatus(text) {
    el.status.textContent = text;
  }

  function clearConversation() {
    el.messages.replaceChildren();
    el.quickReplies.replaceChildren();
    shown.clear();
    pending.clear();
    inFlight = null;
    session.lastSeq = 0;
  }

  // ---- what the customer does ----------------------------------------------------------------

  function say(text) {
    text = text.trim();
    el.error.textContent = '';
    if (!text) {
      return;
    }
    if (text.length > MAX_LENGTH) {
      el.error.textContent = 'The message is too long: at most ' + MAX_LENGTH + ' characters, please.';
      return;
    }
    var clientId = (crypto.randomUUID && crypto.randomUUID()) || String(Date.now()) + Math.random().toString(16).slice(2);
    resend(clientId, text);
    el.quickReplies.replaceChildren();
    stopTyping();
  }

  /** Shows the message as sending and sends it after those before it: now if connected, else on reconnect. */
  function resend(clientId, text) {
    var node = messageNode('CUSTOMER', null, text, null);
    node.classList.add('pending');
    el.messages.appendChild(node);
    node.scrollIntoView({ block: 'end' });
    pending.set(clientId, { text: text, node: node, attempts: 0 });
    pump();
  }

  el.composer.addEventListener('submit', function (e) {
    e.preventDefault();
    say(el.input.value);
    el.input.value = '';
    el.input.focus();
  });

  el.input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      el.composer.requestSubmit();
    }
  });

  el.input.addEventListener('input', function () {
    var now = Date.now();
    if (now - typingSent > 3000 && el.input.value.trim()) {
      typingSent = now;
      send('typing', { typing: true });
    }
    clearTimeout(typingStop);
    typingStop = setTimeout(stopTyping, 4000);
  });

  function stopTyping() {
    clearTimeout(typingStop);
    if (typingSent) {
      typingSent = 0;
      send('typing', { typing: false });
    }
  }

  // Ending a chat cannot be undone: ask first, in the chat itself.
  el.end.addEventListener('click', function () {
    el.end.hidden = true;
    el.endConfirm.hidden = false;
    el.endYes.focus();
  });

  el.endYes.addEventListener('click', function () {
    el.endConfirm.hidden = true;
    send('close', {});
  });

  el.endNo.addEventListener('click', function () {
    el.endConfirm.hidden = true;
    el.end.hidden = false;
    el.input.focus();
  });

  el.survey.addEventListener('submit', function (e) {
    e.preventDefault();
    var data = new FormData(el.survey);
    var rating = Number(data.get('rating'));
    var comment = String(data.get('comment') || '').trim();
    el.error.textContent = '';
    if (!rating) {
      el.error.textContent = 'Please choose a rating from 1 to 5.';
      return;
    }
    // The comment is optional: without one, only the rating goes.
    if (!send('survey', comment ? { rating: rating, comment: comment } : { rating: rating })) {
      el.error.textContent = 'Not connected yet: please send your rating again in a moment.';
      return;
    }
    ratingSent = true;
    el.survey.hidden = true;
    setStatus('Sending your rating…');
  });

  el.leaveMessage.addEventListener('submit', function (e) {
    e.preventDefault();
    var data = new FormData(el.leaveMessage);
    el.error.textContent = '';
    fetch('/api/offline-messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        token: session.token,
        name: String(data.get('name') || ''),
        email: String(data.get('email') || ''),
        text: String(data.get('text') || '')
      })
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) {
          throw new Error(answer.message || 'Your message could not be sent.');
        }
        messageLeft = true;
        session.detailsDone = true; // the message form asked for the name and email: never asked again
        save();
        showComposer();
        setStatus(answer.message);
        el.input.focus();
      });
    }).catch(function (failure) {
      el.error.textContent = failure.message;
    });
  });

  el.details.addEventListener('submit', function (e) {
    e.preventDefault();
    var data = new FormData(el.details);
    el.error.textContent = '';
    giveDetails(String(data.get('name') || ''), String(data.get('email') || '')).then(function () {
      detailsDone();
    }).catch(function (failure) {
      el.error.textContent = failure.message; // textContent: our own words, never markup
    });
  });

  el.detailsSkip.addEventListener('click', function () {
    el.error.textContent = '';
    detailsDone();
  });

  el.leaveOpen.addEventListener('click', function () {
    writingMessage = true;
    showComposer();
    document.getElementById('leave-text').focus();
  });

  el.leaveCancel.addEventListener('click', function () {
    writingMessage = false;
    showComposer();
    el.input.focus();
  });

  el.restart.addEventListener('click', function () {
    // The old token goes once more, marked fresh: a new conversation, but the same customer as before.
    session = { token: session.token, fresh: true, conversationId: null, lastSeq: 0, seenSeq: 0, open: true };
    offline = false;
    messageLeft = false;
    writingMessage = false;
    save();
    clearConversation();
    if (client) {
      client.deactivate();
      client = null;
    }
    el.restart.hidden = true;
    el.composer.hidden = false;
    el.end.hidden = false;
    el.survey.hidden = true;
    start();
    el.input.focus();
  });

  // A conversation in progress resumes at once (reload, new tab), open if it was open; a new one waits for
  // the first open.
  if (session.token && session.open) {
    openPanel(true);
  } else if (session.token) {
    start();
  }
})();
