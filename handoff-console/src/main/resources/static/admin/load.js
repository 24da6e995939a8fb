// The supervisor's view: polls /admin/load/agents and redraws the table (load as a bar with its number).
(function () {
  'use strict';
  const table = document.getElementById('team');
  const body = table.querySelector('tbody');
  const updated = document.getElementById('team-updated');
  const empty = document.getElementById('team-empty');
  const every = (parseInt(table.dataset.refresh, 10) || 5) * 1000;

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function loadCell(load, max) {
    const td = document.createElement('td');
    const bar = document.createElement('span');
    bar.className = 'load-bar';
    bar.style.width = Math.round(100 * load / max) + 'px';
    bar.setAttribute('aria-hidden', 'true');
    const number = document.createElement('span');
    number.textContent = load.toFixed(2);
    number.dataset.test = 'agent-load';
    td.append(bar, ' ', number);
    return td;
  }

  function render(view) {
    const max = Math.max(1, ...view.agents.map((a) => a.load));
    body.replaceChildren(...view.agents.map((a) => {
      const tr = document.createElement('tr');
      tr.dataset.test = 'agent-row';
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = a.displayName;
      tr.append(name, loadCell(a.load, max), cell(a.held), cell(a.heavy), cell(a.light), cell(a.reflections));
      return tr;
    }));
    empty.hidden = view.agents.length > 0;
    updated.textContent = 'Updated ' + new Date().toLocaleTimeString() + '; refreshes every ' + every / 1000 + ' s.';
  }

  async function refresh() {
    try {
      const response = await fetch('/admin/load/agents', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      render(await response.json());
    } catch (e) {
      updated.textContent = 'Could not refresh the team\u2019s load; trying again.';
    } finally {
      setTimeout(refresh, every);
    }
  }
  refresh();
})();
