// Private notes on the conversation page: added with a CSRF-protected POST, shown to everyone who has the
// conversation open when the console topic pushes them ({"type":"note"}). Text is set with textContent only.
(function () {
  'use strict';
  const C = window.AttuneConsole;

  function create(conversationId) {
    const list = document.getElementById('notes');
    const empty = document.getElementById('no-notes');
    const form = document.getElementById('note-form');
    const box = document.getElementById('note-text');
    const error = document.getElementById('note-error');
    const shown = new Set(Array.from(list.querySelectorAll('.note')).map((li) => li.dataset.noteId));

    function show(note) {
      if (shown.has(note.id)) return;
      shown.add(note.id);
      const li = document.createElement('li');
      li.className = 'note';
      li.dataset.test = 'note';
      li.dataset.noteId = note.id;
      const meta = document.createElement('div');
      meta.className = 'meta';
      const who = document.createElement('span');
      who.className = 'who';
      who.dataset.test = 'note-author';
      who.textContent = note.authorName;
      const time = document.createElement('time');
      time.dateTime = note.at;
      time.textContent = C.clock(note.at);
      meta.append(who, ' ', time);
      const text = document.createElement('p');
      text.className = 'text';
      text.dataset.test = 'note-text';
      text.textContent = note.text;
      li.append(meta, text);
      list.appendChild(li);
      empty.hidden = true;
      li.scrollIntoView({ block: 'nearest' });
    }

    function fail(message) {
      error.textContent = message;
      error.hidden = false;
    }

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = box.value;
      C.post('/console/conversations/' + conversationId + '/notes', { text }).then((r) => {
        if (!r.ok) { fail(r.data?.message || 'The note was not added.'); return; }
        error.hidden = true;
        box.value = '';
        show(r.data);
      }).catch(() => fail('Not connected: the note was not added. It is still in the box.'));
    });

    /** After a reconnect: the notes of the page as the server draws it now, for those pushed while away. */
    function catchUp(fresh) {
      fresh.querySelectorAll('#notes .note').forEach((li) => {
        if (shown.has(li.dataset.noteId)) return;
        shown.add(li.dataset.noteId);
        list.appendChild(document.importNode(li, true));
        empty.hidden = true;
      });
    }

    return { show, catchUp };
  }

  window.AttuneNotes = { create };
})();
