// The emotion history: sentiment per customer message (-1..1), each point labelled with its strongest
// emotion and coloured by it; the message that triggered the handoff is drawn as a large triangle.
(function () {
  'use strict';
  const COLOURS = {
    ANGER: '#c62828', FRUSTRATION: '#ef6c00', ANXIETY: '#8e24aa', CONFUSION: '#f9a825',
    SADNESS: '#1565c0', GRATITUDE: '#2e7d32', JOY: '#43a047', NEUTRAL: '#78909c',
  };

  function create(canvas) {
    const data = { labels: [], datasets: [{
      label: 'Sentiment', data: [], tension: 0.25, borderColor: '#455a64', borderWidth: 2,
      pointBackgroundColor: [], pointRadius: [], pointStyle: [], emotions: [],
    }] };
    const chart = new Chart(canvas, {
      type: 'line',
      data,
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: {
          y: { min: -1, max: 1, title: { display: true, text: 'sentiment' } },
          x: { title: { display: true, text: 'customer message' } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (ctx) => {
            const e = ctx.dataset.emotions[ctx.dataIndex];
            return 'sentiment ' + ctx.parsed.y.toFixed(2) + ', ' + e.name.toLowerCase() + ' ' + e.intensity.toFixed(2)
              + (e.handoff ? ' (handed over here)' : '');
          } } },
        },
      },
    });
    return {
      add(point) {
        const ds = chart.data.datasets[0];
        chart.data.labels.push('#' + point.seq);
        ds.data.push(point.sentiment);
        ds.emotions.push({ name: point.emotion, intensity: point.intensity, handoff: point.handoff });
        ds.pointBackgroundColor.push(COLOURS[point.emotion] || COLOURS.NEUTRAL);
        ds.pointRadius.push(point.handoff ? 10 : 3 + 5 * point.intensity);
        ds.pointStyle.push(point.handoff ? 'triangle' : 'circle');
        chart.update();
      },
      points: () => chart.data.datasets[0].data.length,
    };
  }

  window.AttuneEmotionChart = { create, COLOURS };
})();
