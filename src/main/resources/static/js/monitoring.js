// Draws every <canvas data-chart='{...}'> with Chart.js (served from its WebJar; the CSP allows only our own scripts).
// The numbers of each chart are also in a table next to it, so nothing depends on this script.
(function () {
  var palette = ['#0b5d7a', '#f0a202', '#5aa469', '#d1495b', '#8f6593', '#6c757d'];
  function draw() {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(function (el) {
      if (el.dataset.drawn) { return; }
      var cfg = JSON.parse(el.dataset.chart);
      el.dataset.drawn = '1';
      new Chart(el, {
        type: cfg.type,
        data: {
          labels: cfg.labels,
          datasets: cfg.datasets.map(function (d, i) {
            return { label: d.label, data: d.data, backgroundColor: palette[i % palette.length],
                     borderColor: palette[i % palette.length] };
          })
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          indexAxis: cfg.horizontal ? 'y' : 'x',
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
          scales: { x: { ticks: { autoSkip: false, precision: 0 } }, y: { ticks: { autoSkip: false, precision: 0 } } }
        }
      });
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSwap', draw);
})();
