// Shared by the admin pages: CSRF-protected posts and safe DOM building (text only, never HTML).
window.AttuneAdmin = (function () {
  function meta(name) {
    const m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : null;
  }

  function post(url, body) {
    const headers = {};
    const header = meta('_csrf_header');
    if (header) headers[header] = meta('_csrf');
    if (body instanceof URLSearchParams) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    else if (body !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(body); }
    return fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' });
  }

  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
  }

  // A table cell or any element whose content is set as text, so stored text can never become markup.
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  function percent(x) { return (100 * x).toFixed(1) + '%'; }

  // Polls a background job until done, with a timer rather than a busy loop.
  function poll(url, onProgress, every) {
    return new Promise((resolve, reject) => {
      function tick() {
        get(url).then(r => r.ok ? r.json() : Promise.reject(new Error('status ' + r.status)))
          .then(s => {
            onProgress(s);
            if (s.state === 'DONE' || s.state === 'FAILED' || s.state === 'READY') resolve(s);
            else setTimeout(tick, every || 250);
          }).catch(reject);
      }
      tick();
    });
  }

  const charts = {};
  // Replaces the chart drawn on a canvas, if any, so that repeated runs do not stack charts.
  function chart(canvasId, config) {
    if (charts[canvasId]) charts[canvasId].destroy();
    charts[canvasId] = new Chart(document.getElementById(canvasId), config);
    return charts[canvasId];
  }

  // A form with data-confirm asks before it submits (inline handlers would break the pages' CSP).
  document.addEventListener('submit', (e) => {
    const question = e.target.dataset && e.target.dataset.confirm;
    if (question && !window.confirm(question)) e.preventDefault();
  });

  return { post, get, el, percent, poll, chart };
})();
