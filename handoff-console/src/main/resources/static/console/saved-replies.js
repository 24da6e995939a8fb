// Saved replies on the conversation page: "/" at the start of the reply box lists the saved replies whose
// title holds what follows it (arrows choose, Enter inserts, Escape closes); the select and "Insert" do the
// same for the mouse. Inserting only fills the box: the agent still reads, adapts and sends. Loaded before
// conversation.js so that its Enter (which sends) is not reached while the list is open.
(function () {
  'use strict';
  const reply = document.getElementById('reply');
  const select = document.getElementById('saved-reply');
  if (!reply || !select) return;
  const picker = document.getElementById('saved-reply-picker');
  const replies = Array.from(select.options).filter((o) => o.value)
    .map((o) => ({ id: o.value, title: o.textContent, text: o.dataset.text }));
  let matches = [];
  let active = 0;

  /** What follows a leading "/", lower-cased; null when the box does not start a shortcut. */
  function query() {
    const v = reply.value;
    return v.startsWith('/') && !v.includes('\n') ? v.slice(1).trim().toLowerCase() : null;
  }

  function fill(text) {
    reply.value = text;
    reply.focus();
    reply.setSelectionRange(text.length, text.length);
    reply.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function close() {
    picker.hidden = true;
    picker.replaceChildren();
    matches = [];
    active = 0;
    reply.removeAttribute('aria-activedescendant');
  }

  function option(r, i) {
    const li = document.createElement('li');
    li.id = 'saved-reply-option-' + i;
    li.className = 'saved-reply-option';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === active));
    li.dataset.test = 'saved-reply-option';
    const title = document.createElement('b');
    title.textContent = r.title;
    const text = document.createElement('span');
    text.className = 'muted';
    text.textContent = r.text;
    li.append(title, ' ', text);
    // mousedown, not click: the box keeps the focus, so the list is still open when the choice lands.
    li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(r); });
    return li;
  }

  function render() {
    const q = query();
    matches = q === null ? [] : replies.filter((r) => r.title.toLowerCase().includes(q));
    if (!matches.length) { close(); return; }
    active = Math.min(active, matches.length - 1);
    picker.replaceChildren(...matches.map(option));
    picker.hidden = false;
    reply.setAttribute('aria-activedescendant', 'saved-reply-option-' + active);
  }

  function choose(r) {
    close();
    fill(r.text);
  }

  reply.addEventListener('input', render);
  reply.addEventListener('blur', close);
  reply.addEventListener('keydown', (e) => {
    if (picker.hidden || !matches.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopImmediatePropagation();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });

  document.getElementById('insert-saved-reply').addEventListener('click', () => {
    const chosen = replies.find((r) => r.id === select.value);
    if (!chosen) return;
    fill(reply.value.trim() ? reply.value + ' ' + chosen.text : chosen.text);
  });
})();
