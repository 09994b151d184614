/*
 * The front desk's page in the browser: live updates of the request list (it asks the bot every
 * few seconds, no reload) and the insights charts (Chart.js, served by the bot). Everything works
 * without this script too; it only adds.
 */
/* global Chart */
(function () {
  'use strict';

  var POLL_MS = 5000;

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function liveRequests() {
    var table = document.getElementById('requests');
    if (!table) return;
    var tbody = table.querySelector('tbody');
    var live = document.getElementById('live');
    var filters = JSON.parse(table.getAttribute('data-filters') || '{}');
    var searchBox = document.getElementById('search');
    var last = null;
    var lastNew = null;

    function counts(values) {
      var all = 0;
      Object.keys(values).forEach(function (status) {
        all += values[status];
        var el = document.querySelector('[data-count="' + status + '"]');
        if (el) el.textContent = String(values[status]);
      });
      var total = document.querySelector('[data-count="all"]');
      if (total) total.textContent = String(all);
    }

    function poll() {
      var body = { status: filters.status || '', from: filters.from || '', to: filters.to || '', page: String(filters.page || 1) };
      if (table.getAttribute('data-search') === 'on' && searchBox) body.q = searchBox.value;
      fetch('/staff/api/requests', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
        body: JSON.stringify(body),
      })
        .then(function (res) {
          if (res.status === 401) {
            window.location.assign('/staff/sign-in');
            return null;
          }
          return res.ok ? res.json() : null;
        })
        .then(function (data) {
          if (!data) return;
          if (last !== null && data.signature !== last) {
            var focused = document.activeElement && document.activeElement.id;
            tbody.innerHTML = data.rows;
            if (focused) {
              var again = document.getElementById(focused);
              if (again) again.focus();
            }
          }
          if (lastNew !== null && data.counts['new'] > lastNew) {
            var more = data.counts['new'] - lastNew;
            live.textContent = more + ' new booking request' + (more === 1 ? '' : 's') + ' arrived.';
          }
          counts(data.counts);
          last = data.signature;
          lastNew = data.counts['new'];
        })
        .catch(function () {
          /* the next poll tries again */
        })
        .then(function () {
          setTimeout(poll, POLL_MS);
        });
    }
    poll();
  }

  function charts() {
    var source = document.getElementById('chart-data');
    if (!source || typeof Chart === 'undefined') return;
    var specs = JSON.parse(source.textContent || '[]');
    var colours = ['#0b6e69', '#b35c00', '#52606d'];
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    specs.forEach(function (spec) {
      var canvas = document.getElementById(spec.id);
      if (!canvas) return;
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.series.map(function (s, i) {
            return { label: s.label, data: s.data, backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length] };
          }),
        },
        options: {
          indexAxis: spec.horizontal ? 'y' : 'x',
          maintainAspectRatio: false,
          animation: reduced ? false : { duration: 300 },
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { display: spec.series.length > 1 } },
        },
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    liveRequests();
    charts();
  });
})();
