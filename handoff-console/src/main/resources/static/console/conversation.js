// The conversation page: live transcript, live emotion, chart, typing both ways, reply with suggestions.
(function () {
  'use strict';
  const C = window.AttuneConsole;
  const page = document.querySelector('.conversation-page');
  const id = page.dataset.conversationId;
  const mayAct = page.dataset.mayAct === 'true';
  const transcript = document.getElementById('transcript');
  const chart = window.AttuneEmotionChart.create(document.getElementById('emotion-chart'));
  const seen = new Set();
  const notes = window.AttuneNotes.create(id);

  transcript.querySelectorAll('.msg').forEach((li) => {
    seen.add(li.dataset.seq);
    if (li.dataset.sentiment !== undefined) {
      chart.add({ seq: li.dataset.seq, sentiment: Number(li.dataset.sentiment), emotion: li.dataset.emotion,
        intensity: Number(li.dataset.intensity), handoff: li.dataset.handoff === 'true' });
    }
  });
  transcript.lastElementChild?.scrollIntoView({ block: 'end' });

  function label(reading) {
    return reading.emotion.toLowerCase() + ' ' + reading.intensity.toFixed(2);
  }

  function badge(cls, text, emotion) {
    const span = document.createElement('span');
    span.className = 'badge ' + cls;
    span.textContent = text;
    if (emotion) span.dataset.emotion = emotion;
    return span;
  }

  function addMessage(m) {
    if (seen.has(String(m.seq))) return;
    seen.add(String(m.seq));
    const li = document.createElement('li');
    li.className = 'msg ' + m.author.toLowerCase();
    li.dataset.seq = m.seq;
    li.dataset.author = m.author;
    li.dataset.test = 'message';
    const meta = document.createElement('div');
    meta.className = 'meta';
    const who = document.createElement('span');
    who.className = 'who';
    // The same names the server-drawn transcript uses, so live and earlier messages read alike.
    const names = { BOT: 'Bot', CUSTOMER: 'Customer', AGENT: 'Agent', SYSTEM: 'System' };
    who.textContent = m.author === 'BOT' ? 'Bot' : (m.authorName || names[m.author] || m.author);
    const time = document.createElement('time');
    time.dateTime = m.at;
    time.textContent = C.clock(m.at);
    meta.append(who, ' ', time);
    if (m.reading) meta.append(' ', badge('emotion', label(m.reading), m.reading.emotion));
    if (m.handoff) meta.append(' ', badge('handoff', 'handed over here'));
    const text = document.createElement('p');
    text.className = 'text';
    text.textContent = m.text;
    li.append(meta, text);
    if (Array.isArray(m.links) && m.links.length) li.append(linkList(m.links));
    transcript.appendChild(li);
    li.scrollIntoView({ block: 'end' });
    if (m.reading) onCustomerReading(m);
  }

  /** The links the customer was given, as text (label and address): the agent sees them, never follows them here. */
  function linkList(links) {
    const list = document.createElement('ul');
    list.className = 'links';
    list.dataset.test = 'links';
    list.setAttribute('aria-label', 'Links the customer was given');
    links.forEach((l) => {
      const item = document.createElement('li');
      item.dataset.test = 'link';
      item.textContent = String(l.label) + ' — ' + String(l.url);
      list.appendChild(item);
    });
    return list;
  }

  function onCustomerReading(m) {
    const live = document.getElementById('live-emotion');
    live.textContent = label(m.reading);
    live.dataset.emotion = m.reading.emotion;
    chart.add({ seq: m.seq, sentiment: m.reading.sentiment, emotion: m.reading.emotion,
      intensity: m.reading.intensity, handoff: m.handoff });
    if (mayAct) showSuggestions(m.suggestions || []);
    document.getElementById('typing').hidden = true;
  }

  function showSuggestions(list) {
    const box = document.getElementById('suggestions');
    box.replaceChildren(...list.map((s) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'suggestion';
      b.dataset.test = 'suggestion';
      b.textContent = s;
      return b;
    }));
  }

  function onEvent(event) {
    if (event.type === 'message') addMessage(event);
    else if (event.type === 'note') notes.show(event.note);
    else if (event.type === 'note-edited') notes.edited(event.note);
    else if (event.type === 'note-deleted') notes.removed(event.note.id);
    else if (event.type === 'customer') showCustomer(event);
    else if (event.type === 'typing' && event.author === 'CUSTOMER') document.getElementById('typing').hidden = !event.typing;
    else if (event.type === 'status') {
      document.getElementById('state').textContent = event.label;
      if (mayAct && event.state !== 'WITH_AGENT') disableReply('This conversation is no longer with you: ' + event.label.toLowerCase() + '.');
      if (mayAct && event.agentUsername && event.agentUsername !== page.dataset.me) {
        disableReply(event.agentName + ' has this conversation now.');
      }
    }
  }

  // Who the customer is, as they tell us mid-chat: always as text (a name may look like markup).
  function showCustomer(c) {
    const name = document.createElement('span');
    name.dataset.test = 'customer-name';
    name.textContent = c.name;
    const parts = [name];
    if (c.email) {
      const email = document.createElement('a');
      email.dataset.test = 'customer-email';
      email.href = 'mailto:' + c.email;
      email.textContent = c.email;
      parts.push(' · ', email);
    }
    document.querySelector('[data-test="customer"]').replaceChildren(...parts);
    document.querySelector('[data-test="customer-from"]').textContent = c.from || '—';
    document.querySelector('#summary-title > span:first-child').textContent = c.name;
    const tab = document.querySelector('[data-test="conversation-tab"][aria-current="page"] > span');
    if (tab) tab.textContent = c.name;
    document.title = c.name + ' · Attune';
  }

  function disableReply(text) {
    const form = document.getElementById('reply-form');
    if (!form) return;
    form.querySelectorAll('textarea, button').forEach((el) => { el.disabled = true; });
    const error = document.getElementById('send-error');
    error.textContent = text;
    error.hidden = false;
  }

  // After a reconnect, what was said while the console was away is read from the page as the server draws
  // it now (the database's transcript): live updates sent during an outage are not relied on.
  let connectedBefore = false;
  function catchUp() {
    fetch(location.href, { headers: { Accept: 'text/html' } }).then((r) => r.text()).then((html) => {
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      fresh.querySelectorAll('#transcript .msg').forEach((li) => {
        if (seen.has(li.dataset.seq)) return;
        seen.add(li.dataset.seq);
        transcript.appendChild(document.importNode(li, true));
        if (li.dataset.sentiment !== undefined) {
          chart.add({ seq: li.dataset.seq, sentiment: Number(li.dataset.sentiment), emotion: li.dataset.emotion,
            intensity: Number(li.dataset.intensity), handoff: li.dataset.handoff === 'true' });
        }
      });
      notes.catchUp(fresh);
      const name = fresh.querySelector('[data-test="customer-name"]');
      if (name) {
        const email = fresh.querySelector('[data-test="customer-email"]');
        showCustomer({ name: name.textContent, email: email ? email.textContent : null,
          from: fresh.querySelector('[data-test="customer-from"]').textContent });
      }
      const state = fresh.getElementById('state');
      if (state) document.getElementById('state').textContent = state.textContent;
      transcript.lastElementChild?.scrollIntoView({ block: 'end' });
    }).catch(() => { /* the next reconnect tries again */ });
  }

  const client = C.connect((stomp) => {
    stomp.subscribe('/topic/console.conversation.' + id, (frame) => onEvent(JSON.parse(frame.body)));
    if (connectedBefore) catchUp();
    connectedBefore = true;
    stomp.subscribe('/user/queue/errors', (frame) => {
      const error = document.getElementById('send-error');
      if (!error) return;
      error.textContent = JSON.parse(frame.body).message;
      error.hidden = false;
    });
  }, null);

  if (!mayAct) return;
  const reply = document.getElementById('reply');
  let typingSent = false;
  let typingTimer = null;

  function sendTyping(typing) {
    if (typingSent === typing || !client.connected) return;
    typingSent = typing;
    client.publish({ destination: '/app/console.conversation.' + id + '.typing', body: JSON.stringify({ typing }) });
  }

  reply.addEventListener('input', () => {
    sendTyping(reply.value.length > 0);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => sendTyping(false), 4000);
  });
  reply.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); document.getElementById('reply-form').requestSubmit(); }
  });
  // The pause before sending: the draft is reviewed ~400 ms after the agent stops typing; a quiet note with a
  // rewording may appear above the box. It never blocks sending. Dismissed, it stays away until this message is sent.
  const note = document.getElementById('draft-note');
  let reviewTimer = null;
  let reviewSeq = 0;
  let dismissed = false;
  let suggestion = '';

  function hideNote() {
    note.hidden = true;
  }

  function showNote(review) {
    if (dismissed || !review || !review.note) { hideNote(); return; }
    document.getElementById('draft-note-reasons').replaceChildren(...review.reasons.map((r) => {
      const li = document.createElement('li');
      li.textContent = r.text;
      li.dataset.cue = r.cue;
      return li;
    }));
    suggestion = review.suggestion;
    document.getElementById('draft-note-suggestion').textContent = suggestion;
    note.hidden = false;
  }

  function reviewDraft() {
    const text = reply.value.trim();
    const seq = ++reviewSeq;
    if (!text || dismissed) { hideNote(); return; }
    C.post('/console/conversations/' + id + '/draft-review', { text }).then((r) => {
      if (seq === reviewSeq && r.ok) showNote(r.data);
    }).catch(() => { /* no note is shown: the review is only advice */ });
  }

  reply.addEventListener('input', () => {
    clearTimeout(reviewTimer);
    if (!reply.value.trim()) { reviewSeq++; hideNote(); return; }
    reviewTimer = setTimeout(reviewDraft, 400);
  });
  document.getElementById('draft-note-dismiss').addEventListener('click', () => {
    dismissed = true;
    reviewSeq++;
    hideNote();
    reply.focus();
  });
  document.getElementById('draft-note-use').addEventListener('click', () => {
    reply.value = suggestion;
    reviewSeq++;
    hideNote();
    reply.focus();
    // The rewording leaves "[time]" for the agent: select it so typing the time replaces it.
    const at = suggestion.indexOf('[time]');
    if (at >= 0) reply.setSelectionRange(at, at + '[time]'.length);
  });

  document.getElementById('suggestions').addEventListener('click', (e) => {
    if (!e.target.classList.contains('suggestion')) return;
    reply.value = reply.value ? reply.value + ' ' + e.target.textContent : e.target.textContent;
    reply.focus();
  });
  document.getElementById('reply-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = reply.value.trim();
    if (!text) return;
    if (!client.connected) {
      const error = document.getElementById('send-error');
      error.textContent = 'Not connected: your message was not sent. It is still in the box.';
      error.hidden = false;
      return;
    }
    // The message shows once the server stored it and pushed it back (its acknowledgement).
    client.publish({ destination: '/app/console.conversation.' + id + '.messages',
      body: JSON.stringify({ clientId: C.newClientId(), text }) });
    document.getElementById('send-error').hidden = true;
    reply.value = '';
    sendTyping(false);
    clearTimeout(reviewTimer);
    reviewSeq++;
    dismissed = false;
    hideNote();
  });
})();
