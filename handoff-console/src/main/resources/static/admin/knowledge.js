// Follows a retraining: polls the status until the bot answers from the latest saved version.
(function () {
  const box = document.getElementById('knowledge-status');
  if (!box) return;
  const text = box.querySelector('.status-text');

  function show(s) {
    box.dataset.state = s.state;
    let bar = box.querySelector('progress');
    if (s.state === 'TRAINING' && !bar) box.prepend(bar = document.createElement('progress'));
    if (s.state !== 'TRAINING' && bar) bar.remove();
    text.textContent = s.state === 'TRAINING'
      ? 'Retraining version ' + s.savedVersion + '… the bot answers from version ' + s.liveVersion + ' meanwhile.'
      : s.state === 'FAILED' ? s.message
      : 'The bot answers from version ' + s.liveVersion + ': ' + s.intents + ' intents, ' + s.examples
        + ' examples, trained in ' + s.trainMillis + ' ms.';
  }

  function follow() {
    window.AttuneAdmin.get(box.dataset.url).then(r => r.json()).then(s => {
      show(s);
      if (s.state === 'TRAINING' || s.liveVersion < s.savedVersion) setTimeout(follow, 500);
    }).catch(() => setTimeout(follow, 2000));
  }

  follow();
})();
