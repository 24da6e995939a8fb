// Draws the analytics page's charts from the same report the figures come from.
(function () {
  const A = window.AttuneAdmin;
  const page = document.getElementById('analytics');
  const REASONS = { EMOTION: 'Emotion', NEGATIVE_SENTIMENT: 'Negative sentiment', FALLING_TREND: 'Falling trend',
    BOT_FAILURES: 'Bot failures', ASKED_FOR_PERSON: 'Asked for a person', THREAT_TO_LEAVE: 'Threat to leave' };
  const MOODS = ['ANGER', 'FRUSTRATION', 'ANXIETY', 'SADNESS', 'CONFUSION', 'GRATITUDE', 'JOY'];
  const WAITS = ['< 1 min', '1-2 min', '2-5 min', '5-10 min', '10-30 min', '30+ min'];
  const GREY = '#9aa5b1', BLUE = '#2f6fdf', GREEN = '#2e7d32', RED = '#c62828';
  const title = text => ({ animation: false, plugins: { title: { display: true, text: text } } });
  // Counts are whole numbers: no "0.5 conversations" on an axis.
  const counted = (text, axis) => Object.assign(title(text), { scales: { [axis || 'y']: { beginAtZero: true, ticks: { precision: 0 } } } });
  const name = k => k.charAt(0) + k.slice(1).toLowerCase();

  function draw(r) {
    A.chart('chart-days', { type: 'bar', data: { labels: r.days.map(d => d.day), datasets: [
      { label: 'Conversations', data: r.days.map(d => d.conversations), backgroundColor: GREY },
      { label: 'Handed to a person', data: r.days.map(d => d.handedOver), backgroundColor: RED },
      { label: 'Closed by the bot alone', data: r.days.map(d => d.containedByBot), backgroundColor: GREEN }] },
      options: counted('Conversations per day') });
    const kinds = Object.keys(REASONS);
    A.chart('chart-reasons', { type: 'bar', data: { labels: kinds.map(k => REASONS[k]), datasets: [
      { label: '% of conversations', backgroundColor: BLUE,
        data: kinds.map(k => r.conversations ? +(100 * (r.byReason[k] || 0) / r.conversations).toFixed(1) : 0) }] },
      options: Object.assign(title('Handoff rate by reason (%)'), { indexAxis: 'y' }) });
    A.chart('chart-waits', { type: 'bar', data: { labels: WAITS, datasets: [
      { label: 'Handoffs', data: r.waits.buckets, backgroundColor: BLUE }] },
      options: counted('Wait from handoff to an agent joining') });
    A.chart('chart-mood', { type: 'bar', data: { labels: ['Sentiment'].concat(MOODS.map(name)), datasets: [
      { label: 'At handoff (' + r.atHandoff.turns + ' turns)', backgroundColor: RED,
        data: [r.atHandoff.sentiment].concat(MOODS.map(m => r.atHandoff.intensities[m] || 0)) },
      { label: 'At close (' + r.atClose.turns + ' turns)', backgroundColor: GREEN,
        data: [r.atClose.sentiment].concat(MOODS.map(m => r.atClose.intensities[m] || 0)) }] },
      options: title('Average emotion at handoff and at close') });
    A.chart('chart-satisfaction', { type: 'bar', data: { labels: ['1', '2', '3', '4', '5'], datasets: [
      { label: 'Answers', data: r.satisfaction.byRating, backgroundColor: BLUE }] },
      options: counted('Satisfaction scores') });
  }

  A.get(page.dataset.url).then(r => r.json()).then(draw);
})();
