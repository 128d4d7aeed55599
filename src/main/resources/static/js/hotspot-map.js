// Draws Gi* hot spots from /api/v1/hotspots on a map and lists the significant cells in the table beside it, in
// words: the table is the map's text alternative. Works with or without map tiles.
(function () {
  'use strict';
  var form = document.getElementById('hotspot-form');
  var container = document.getElementById('hotspot-map');
  var table = document.querySelector('#hotspot-table tbody');
  var status = document.getElementById('hotspot-status');
  if (!form || !container || !table) {
    return;
  }
  var words = {};
  document.querySelectorAll('#hotspot-legend li').forEach(function (item) {
    words[item.getAttribute('data-bin')] = item.textContent.trim();
  });
  // a diverging palette that is also told apart by the words in every tooltip and table row
  var colours = { '-3': '#2166ac', '-2': '#67a9cf', '-1': '#d1e5f0', '0': '#f7f7f7', '1': '#fddbc7', '2': '#ef8a62', '3': '#b2182b' };
  var map = window.L ? L.map(container, { scrollWheelZoom: false }).setView([59.6110, 16.5450], 12) : null;
  if (map) {
    L.tileLayer(container.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);
  }
  var layer = null;
  function load() {
    var params = new URLSearchParams(new FormData(form));
    status.textContent = '…';
    fetch(form.getAttribute('data-api') + '?' + params.toString(), { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (result) {
        if (!result.ok) {
          status.textContent = result.body.detail || 'Fel';
          return;
        }
        var features = result.body.features;
        if (map) {
          if (layer) { map.removeLayer(layer); }
          layer = L.geoJSON(result.body, {
            style: function (f) {
              return { color: '#555', weight: 0.5, fillOpacity: 0.6, fillColor: colours[String(f.properties.bin)] };
            },
            onEachFeature: function (f, shape) {
              shape.bindTooltip(words[String(f.properties.bin)] + ' – ' + f.properties.count);
            }
          }).addTo(map);
          if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); }
        }
        var significant = features.filter(function (f) { return f.properties.bin !== 0; })
          .sort(function (a, b) { return b.properties.z - a.properties.z; }).slice(0, 100);
        table.innerHTML = '';
        significant.forEach(function (f) {
          var row = document.createElement('tr');
          [f.id, f.properties.count, f.properties.z.toFixed(2), f.properties.pFdr.toPrecision(2), words[String(f.properties.bin)]]
            .forEach(function (value, i) {
              var cell = document.createElement(i === 0 ? 'th' : 'td');
              if (i === 0) { cell.setAttribute('scope', 'row'); }
              cell.textContent = value;
              row.appendChild(cell);
            });
          table.appendChild(row);
        });
        status.textContent = (status.getAttribute('data-template') || '{0} / {1}').replace('{0}', features.length).replace('{1}', significant.length);
      })
      .catch(function () { status.textContent = 'Fel'; });
  }
  form.addEventListener('submit', function (event) { event.preventDefault(); load(); });
  load();
})();
