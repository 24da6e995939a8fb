// The live queue: first render from /console/queue, then every change pushed on /topic/console.queue.
(function () {
  'use strict';
  const C = window.AttuneConsole;
  const list = document.getElementById('queue');
  const messages = document.getElementById('left-messages');
  const itemTemplate = document.getElementById('queue-item');
  const messageTemplate = document.getElementById('left-message');
  const claimError = document.getElementById('claim-error');

  // The tab's title counts who is waiting; a new handoff chimes and, once the agent allowed it, shows a
  // desktop notification (what was already waiting when the page opened does not).
  const baseTitle = document.title;
  const known = new Set();
  let firstRender = true;
  const notifyButton = document.getElementById('notify-on');

  function announce(title, body) {
    chime();
    if ('Notification' in window && Notification.permission === 'granted') {
      new Notification(title, { body: body });
    }
  }

  function chime() {
    try {
      const audio = new (window.AudioContext || window.webkitAudioContext)();
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = 880;
      volume.gain.setValueAtTime(0.08, audio.currentTime);
      volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.3);
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.3);
    } catch (e) { /* no sound here: the title and the list still show it */ }
  }

  function offerNotifications() {
    notifyButton.hidden = !('Notification' in window) || Notification.permission !== 'default';
  }
  notifyButton.addEventListener('click', () => Notification.requestPermission().then(offerNotifications));
  offerNotifications();

  const pausePanel = document.getElementById('pause-panel');
  if (pausePanel) {
    document.getElementById('pause-dismiss').addEventListener('click', () => { pausePanel.hidden = true; });
  }

  function render(view) {
    const fresh = view.waiting.filter((e) => !known.has(e.conversationId));
    view.waiting.forEach((e) => known.add(e.conversationId));
    if (!firstRender) {
      fresh.forEach((e) => announce('New conversation waiting', e.customerName + (e.lastMessage ? ': ' + e.lastMessage : '')));
    }
    firstRender = false;
    document.title = (view.waiting.length ? '(' + view.waiting.length + ') ' : '') + baseTitle;
    list.replaceChildren(...view.waiting.map(entryNode));
    document.getElementById('queue-count').textContent = view.waiting.length;
    document.getElementById('queue-empty').hidden = view.waiting.length > 0;
    messages.replaceChildren(...view.messages.map(messageNode));
    document.getElementById('messages-count').textContent = view.messages.length;
    document.getElementById('messages-empty').hidden = view.messages.length > 0;
    document.getElementById('online').textContent = view.onlineAgents.length ? view.onlineAgents.join(', ') : 'nobody';
  }

  // "My conversations", kept live: a conversation transferred to this agent appears at once, with a notice.
  const mine = document.getElementById('mine');
  const mineTemplate = document.getElementById('my-conversation');
  const arrived = document.getElementById('arrived');

  function renderMine(update) {
    const before = new Set([...mine.querySelectorAll('a')].map((a) => a.dataset.conversationId));
    mine.replaceChildren(...update.conversations.map((c) => {
      const node = C.fill(mineTemplate, { 'a': c.customerName, 'small': 'since ' + C.clock(c.since) });
      const link = node.querySelector('a');
      link.href = '/console/conversations/' + encodeURIComponent(c.conversationId);
      link.dataset.conversationId = c.conversationId;
      return node;
    }));
    document.getElementById('mine-empty').hidden = update.conversations.length > 0;
    const came = update.joined && !before.has(update.joined)
      && update.conversations.find((c) => c.conversationId === update.joined);
    if (came) {
      arrived.textContent = 'A conversation with ' + came.customerName + ' is now yours.';
      arrived.hidden = false;
      announce('A conversation is now yours', came.customerName);
    }
  }
  mine.querySelectorAll('a').forEach((a) => {
    a.dataset.conversationId = a.getAttribute('href').split('/').pop();
  });

  function entryNode(entry) {
    const node = C.fill(itemTemplate, {
      '.qi-name': entry.customerName,
      '.emotion': entry.emotion.toLowerCase() + ' ' + entry.felt.toFixed(2),
      '.qi-wait': 'waiting ' + C.waited(entry.waitingSince),
      '.qi-preview': entry.lastMessage ? '“' + entry.lastMessage + '”' : '',
    });
    node.dataset.conversationId = entry.conversationId;
    node.dataset.since = entry.waitingSince;
    node.querySelector('.emotion').dataset.emotion = entry.emotion;
    // Heavy is said in words, not by colour alone; the suggestion is only that: anyone may take the chat.
    node.querySelector('.heavy').hidden = !entry.heavy;
    const suggested = node.querySelector('.qi-suggested');
    suggested.hidden = !entry.suggestedAgent;
    suggested.textContent = entry.suggestedAgent ? 'Suggested: ' + entry.suggestedAgent + ' — lightest load' : '';
    const reasons = node.querySelector('.qi-reasons');
    entry.reasons.forEach((reason) => {
      const li = document.createElement('li');
      li.textContent = reason;
      reasons.appendChild(li);
    });
    node.querySelector('.claim').addEventListener('click', () => claim(entry.conversationId, node));
    return node;
  }

  function messageNode(message) {
    const who = [message.customerName, message.email].filter(Boolean).join(' · ');
    const node = C.fill(messageTemplate, { '.qi-name': who, '.qi-wait': 'left ' + C.ago(message.createdAt), '.lm-text': message.text });
    node.querySelector('.answered').addEventListener('click', async () => {
      const result = await C.post('/console/messages/' + encodeURIComponent(message.id) + '/answered');
      if (!result.ok) showError('That message was already marked answered.');
    });
    return node;
  }

  async function claim(id, node) {
    node.querySelector('.claim').disabled = true;
    const result = await C.post('/console/conversations/' + encodeURIComponent(id) + '/claim');
    if (result.ok) {
      location.assign(result.data.url);
      return;
    }
    node.querySelector('.claim').disabled = false;
    showError(result.data && result.data.message ? result.data.message : 'Could not take this conversation.');
  }

  function showError(text) {
    claimError.textContent = text;
    claimError.hidden = false;
  }

  setInterval(() => list.querySelectorAll('.queue-item').forEach((node) => {
    node.querySelector('.qi-wait').textContent = 'waiting ' + C.waited(node.dataset.since);
  }), 15000);

  // Read the whole queue once subscribed (and again after each reconnect): nothing pushed while
  // connecting is missed, and this console already counts as online.
  C.connect((client) => {
    client.subscribe('/topic/console.queue', (frame) => render(JSON.parse(frame.body)));
    client.subscribe(mine.dataset.topic, (frame) => renderMine(JSON.parse(frame.body)));
    fetch('/console/queue', { headers: { Accept: 'application/json' } }).then((r) => r.json()).then(render);
  }, document.getElementById('connection'));
})();
