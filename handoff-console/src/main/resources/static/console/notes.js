// Private notes on the conversation page: added with a CSRF-protected POST, shown to everyone who has the
// conversation open when the console topic pushes them ({"type":"note"}). Its author may edit or delete a note
// (PUT / DELETE, pushed as "note-edited" / "note-deleted"); nobody else gets those buttons, and the server refuses
// anyone else anyway. Text is set with textContent only.
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
    const me = document.querySelector('main').dataset.me;
    const url = (noteId) => '/console/conversations/' + conversationId + '/notes/' + encodeURIComponent(noteId);

    function button(label, test, onClick) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'quiet';
      b.dataset.test = test;
      b.textContent = label;
      b.addEventListener('click', onClick);
      return b;
    }

    /** The author's own note gets Edit and Delete; an edit opens a box in place of the text. */
    function decorate(li) {
      if (li.dataset.author !== me || li.querySelector('.note-actions')) return;
      const actions = document.createElement('div');
      actions.className = 'note-actions';
      actions.append(button('Edit', 'edit-note', () => startEditing(li)),
        button('Delete', 'delete-note', () => {
          C.send('DELETE', url(li.dataset.noteId)).then((r) => {
            if (!r.ok && r.status !== 404) { fail(r.data?.message || 'The note was not deleted.'); return; }
            error.hidden = true;
            removed(li.dataset.noteId);
          }).catch(() => fail('Not connected: the note was not deleted.'));
        }));
      li.appendChild(actions);
    }

    function startEditing(li) {
      if (li.querySelector('.note-edit')) return;
      const text = li.querySelector('.text');
      const form = document.createElement('form');
      form.className = 'note-edit';
      const box = document.createElement('textarea');
      box.setAttribute('aria-label', 'Edit the note');
      box.dataset.test = 'note-edit-box';
      box.maxLength = 2000;
      box.rows = 2;
      box.value = text.textContent;
      const save = document.createElement('button');
      save.type = 'submit';
      save.dataset.test = 'save-note';
      save.textContent = 'Save';
      const actions = li.querySelector('.note-actions');
      const done = () => { form.remove(); text.hidden = false; actions.hidden = false; };
      const cancel = button('Cancel', 'cancel-note-edit', done);
      form.append(box, save, cancel);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        C.send('PUT', url(li.dataset.noteId), { text: box.value }).then((r) => {
          if (!r.ok) { fail(r.data?.message || 'The note was not changed.'); return; }
          error.hidden = true;
          done();
          edited(r.data);
        }).catch(() => fail('Not connected: the note was not changed. Your words are still in the box.'));
      });
      text.hidden = true;
      actions.hidden = true;
      text.after(form);
      box.focus();
    }

    function find(noteId) {
      return Array.from(list.querySelectorAll('.note')).find((li) => li.dataset.noteId === noteId);
    }

    function edited(note) {
      const li = find(note.id);
      if (!li) return;
      li.querySelector('.text').textContent = note.text;
      const mark = li.querySelector('.edited');
      if (mark) mark.hidden = false;
    }

    function removed(noteId) {
      const li = find(noteId);
      if (li) li.remove();
      empty.hidden = list.querySelector('.note') !== null;
    }

    function show(note) {
      if (shown.has(note.id)) return;
      shown.add(note.id);
      const li = document.createElement('li');
      li.className = 'note';
      li.dataset.test = 'note';
      li.dataset.noteId = note.id;
      li.dataset.author = note.authorUsername;
      const meta = document.createElement('div');
      meta.className = 'meta';
      const who = document.createElement('span');
      who.className = 'who';
      who.dataset.test = 'note-author';
      who.textContent = note.authorName;
      const time = document.createElement('time');
      time.dateTime = note.at;
      time.textContent = C.clock(note.at);
      const mark = document.createElement('span');
      mark.className = 'edited muted';
      mark.dataset.test = 'note-edited';
      mark.textContent = '(edited)';
      mark.hidden = !note.editedAt;
      meta.append(who, ' ', time, ' ', mark);
      const text = document.createElement('p');
      text.className = 'text';
      text.dataset.test = 'note-text';
      text.textContent = note.text;
      li.append(meta, text);
      list.appendChild(li);
      decorate(li);
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
        const copy = document.importNode(li, true);
        list.appendChild(copy);
        decorate(copy);
        empty.hidden = true;
      });
    }

    list.querySelectorAll('.note').forEach(decorate);

    return { show, edited, removed, catchUp };
  }

  window.AttuneNotes = { create };
})();
