// The thresholds page's what-if: start a replay of the form's values, show progress, then the result.
(function () {
  const A = window.AttuneAdmin;
  const form = document.getElementById('thresholds');
  const button = document.getElementById('what-if-run');
  const progress = document.getElementById('what-if-progress');
  const bar = progress.querySelector('progress');
  const progressText = progress.querySelector('.progress-text');
  const result = document.getElementById('what-if-result');
  const error = document.getElementById('what-if-error');
  const REASONS = { EMOTION: 'Emotion', NEGATIVE_SENTIMENT: 'Negative sentiment', FALLING_TREND: 'Falling trend',
    BOT_FAILURES: 'Bot failures', ASKED_FOR_PERSON: 'Asked for a person', THREAT_TO_LEAVE: 'Threat to leave' };

  function figure(name, text) {
    document.querySelectorAll('[data-figure="' + name + '"]').forEach(e => { e.textContent = text; });
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }

  function clearFieldErrors() {
    form.querySelectorAll('.what-if-field-error').forEach(e => e.remove());
    form.querySelectorAll('tr.invalid').forEach(e => e.classList.remove('invalid'));
  }

  function showFieldErrors(errors) {
    Object.entries(errors).forEach(([param, message]) => {
      const input = document.getElementById(param);
      if (!input) { showError(message); return; }
      const row = input.closest('tr');
      row.classList.add('invalid');
      row.lastElementChild.appendChild(A.el('span', message, { 'class': 'field-error what-if-field-error', role: 'alert' }));
    });
  }

  function onProgress(s) {
    bar.value = s.state === 'DONE' ? 100 : (s.total ? Math.floor(100 * s.done / s.total) : 0);
    progressText.textContent = s.state === 'QUEUED' ? 'Waiting…' : s.done + ' of ' + s.total + ' conversations';
  }

  function render(r) {
    const now = r.current, then = r.candidate;
    figure('conversations', r.conversations);
    figure('currentHandoffs', now.handoffs);
    figure('candidateHandoffs', then.handoffs);
    figure('rates', A.percent(now.rate) + ' → ' + A.percent(then.rate));
    figure('extra', (r.extraHandoffs > 0 ? r.extraHandoffs + ' more handoffs' : r.extraHandoffs < 0
      ? (-r.extraHandoffs) + ' fewer handoffs' : 'no change') + ' (' + r.newlyHandedOff + ' new, '
      + r.noLongerHandedOff + ' no longer handed over)');
    figure('caught', then.truth.caught + ' of ' + then.truth.needed + ' (now ' + now.truth.caught + ')');
    figure('falseAlarms', then.truth.falseAlarms + ' of ' + then.truth.unneeded + ' (now ' + now.truth.falseAlarms + ')');
    figure('elapsed', (r.elapsedMillis / 1000).toFixed(2) + ' s');
    figure('listed', r.handedOver.length < then.handoffs
      ? 'The first ' + r.handedOver.length + ' of ' + then.handoffs + '.' : 'All ' + then.handoffs + '.');
    // Shown before drawing: Chart.js sizes a chart from its container, which has no size while hidden.
    result.hidden = false;
    charts(r);
    curve(r);
    list(r.handedOver);
  }

  // Handoffs are counted: the axis shows whole numbers only (never "0.4 handoffs").
  const WHOLE = { beginAtZero: true, ticks: { precision: 0 } };

  function charts(r) {
    const turns = r.current.byTurn.map((_, i) => i === r.current.byTurn.length - 1 ? 'turn ' + (i + 1) + '+' : 'turn ' + (i + 1));
    const series = (label, data, color) => ({ label: label, data: data, backgroundColor: color });
    A.chart('what-if-turns', { type: 'bar', data: { labels: turns, datasets: [
      series('Now', r.current.byTurn, '#9aa5b1'), series('With these values', r.candidate.byTurn, '#2f6fde')] },
      options: { animation: false, scales: { y: WHOLE }, plugins: { title: { display: true, text: 'Handoffs by customer turn' } } } });
    const kinds = Object.keys(REASONS);
    A.chart('what-if-reasons', { type: 'bar', data: { labels: kinds.map(k => REASONS[k]), datasets: [
      series('Now', kinds.map(k => r.current.byReason[k] || 0), '#9aa5b1'),
      series('With these values', kinds.map(k => r.candidate.byReason[k] || 0), '#2f6fde')] },
      options: { animation: false, indexAxis: 'y', scales: { x: WHOLE }, plugins: { title: { display: true, text: 'Handoffs by reason' } } } });
  }

  // The trade-off: these values at each build-up level. With agents' marks, the share of conversations
  // needing a person that are handed over against the share not needing one handed over anyway; without
  // marks, how many are handed over at each level.
  function curve(r) {
    const points = r.curve;
    const marked = points.some(p => p.truth.needed + p.truth.unneeded > 0);
    const share = (n, of) => of ? +(100 * n / of).toFixed(1) : 0;
    const at = p => marked ? { x: share(p.truth.falseAlarms, p.truth.unneeded), y: share(p.truth.caught, p.truth.needed) }
      : { x: p.buildUp, y: p.handoffs };
    const then = r.candidate;
    const chosen = marked ? { x: share(then.truth.falseAlarms, then.truth.unneeded), y: share(then.truth.caught, then.truth.needed) }
      : { x: Number(document.getElementById('buildUp').value), y: then.handoffs };
    A.chart('what-if-curve', { type: 'scatter', data: { datasets: [
      { label: 'Build-up level', data: points.map(at), showLine: true, borderColor: '#2459c2', backgroundColor: '#2459c2',
        levels: points.map(p => p.buildUp === 5 ? 'off' : p.buildUp.toFixed(1)) },
      { label: 'These values', data: [chosen], backgroundColor: '#c62828', pointRadius: 7 }] },
      options: { animation: false, plugins: {
        title: { display: true, text: marked ? 'Trade-off by build-up level (agents\' marks)' : 'Handoffs by build-up level' },
        tooltip: { callbacks: { label: c => (c.dataset.levels ? 'build-up ' + c.dataset.levels[c.dataIndex] + ': ' : '')
          + (marked ? c.parsed.y + '% needed caught, ' + c.parsed.x + '% unneeded caused' : c.parsed.y + ' handoffs') } } },
      scales: marked
        ? { x: { title: { display: true, text: 'not needing a person, handed over (%)' }, min: 0, max: 100 },
            y: { title: { display: true, text: 'needing a person, handed over (%)' }, min: 0, max: 100 } }
        : { x: { title: { display: true, text: 'build-up level (5 = off)' } },
            y: { title: { display: true, text: 'handoffs' }, beginAtZero: true, ticks: { precision: 0 } } } } });
    figure('curveHelp', marked
      ? 'Each point is these values with another build-up level: up and to the left is better. Marks come from agents\' "was a person needed?" when closing.'
      : 'No conversation is marked "was a person needed?" yet: the curve shows how many each build-up level hands over.');
  }

  function list(rows) {
    const body = document.querySelector('#what-if-list tbody');
    body.replaceChildren();
    rows.forEach(h => {
      const tr = document.createElement('tr');
      const link = A.el('a', h.conversationId.substring(0, 8), { href: '/admin/conversations/' + encodeURIComponent(h.conversationId) });
      const idCell = document.createElement('td');
      idCell.appendChild(link);
      tr.append(idCell, A.el('td', h.customerName || '—'), A.el('td', h.turn), A.el('td', h.change.toLowerCase()),
        A.el('td', h.needed === null ? 'not marked' : h.needed ? 'yes' : 'no'), A.el('td', h.reasons));
      body.appendChild(tr);
    });
  }

  button.addEventListener('click', () => {
    error.hidden = true;
    result.hidden = true;
    clearFieldErrors();
    button.disabled = true;
    A.post(form.dataset.whatIf || '/admin/thresholds/what-if', new URLSearchParams(new FormData(form)))
      .then(r => r.json().then(body => ({ status: r.status, body: body })))
      .then(({ status, body }) => {
        if (status === 400) { showFieldErrors(body.errors); return null; }
        if (status !== 202) { showError(body.error || 'The what-if could not start.'); return null; }
        progress.hidden = false;
        onProgress({ state: 'QUEUED', done: 0, total: 0 });
        return A.poll('/admin/thresholds/what-if/' + encodeURIComponent(body.id), onProgress);
      })
      .then(s => {
        if (!s) return;
        if (s.state === 'FAILED') showError(s.error);
        else render(s.result);
      })
      .catch(e => showError('The what-if stopped: ' + e.message))
      .finally(() => { button.disabled = false; });
  });
})();
