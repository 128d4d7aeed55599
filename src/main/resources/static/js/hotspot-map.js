// Draws the hot-spot map: Gi* hot spots or, chosen with the "Visa som" radio buttons, kernel density
// (/api/v1/hotspots/density), and on request the incidents clustered for the view (/api/v1/incidents/clusters). For
// Gi* it takes the grid's squares (/api/v1/hotspots/grid, the same for every selection, kept by the browser) and the
// selection's count and bin per square (/api/v1/hotspots/counts), and draws the squares with incidents or a bin: the
// cells /api/v1/hotspots would give, without sending the squares again for every selection.
// The page itself states the Gi* figures and lists the significant cells, drawn by the server from the same analysis
// the API answers with, so they agree and need no script; the form is sent as a normal GET. This script draws the map
// for the form's values and, for density, fills the legend and the table of classes. The municipality and its
// districts are drawn as vector outlines from the page, so the map shows where it is with or without map tiles.
// Leaflet's layer control (open, so its checkboxes are reachable by keyboard) turns the layers on and off.
(function () {
  'use strict';
  var form = document.getElementById('hotspot-form');
  var container = document.getElementById('hotspot-map');
  var status = document.getElementById('hotspot-status');
  if (!form || !container || !status) {
    return;
  }
  var densityTable = document.getElementById('density-table');
  var clusterList = document.getElementById('cluster-list');
  var clusterStatus = document.getElementById('cluster-status');
  var clusterRows = document.querySelector('#cluster-table tbody');
  var words = {};
  document.querySelectorAll('#hotspot-legend li').forEach(function (item) {
    words[item.getAttribute('data-bin')] = item.textContent.trim();
  });
  var classNames = {};
  document.querySelectorAll('#density-legend li').forEach(function (item) {
    classNames[item.getAttribute('data-class')] = item.querySelector('.class-name').textContent.trim();
  });
  var categoryNames = {};
  form.querySelectorAll('#hotspot-categories option').forEach(function (option) {
    categoryNames[option.value] = option.textContent.trim();
  });
  // a diverging palette for Gi*, a sequential one (ColorBrewer YlOrRd) for density; both also told apart by words
  var colours = { '-3': '#2166ac', '-2': '#67a9cf', '-1': '#d1e5f0', '0': '#f7f7f7', '1': '#fddbc7', '2': '#ef8a62', '3': '#b2182b' };
  var densityColours = { 1: '#ffffb2', 2: '#fecc5c', 3: '#fd8d3c', 4: '#f03b20', 5: '#bd0026' };
  var language = document.documentElement.lang || 'sv';
  var number = new Intl.NumberFormat(language, { maximumSignificantDigits: 3 });
  var map = window.L ? L.map(container, { scrollWheelZoom: false }).setView([59.6110, 16.5450], 12) : null;
  var analysis = null;
  var clusters = null;
  var outlines = null;
  if (map) {
    L.tileLayer(container.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);
    var areas = document.getElementById('hotspot-areas');
    // outlines take no pointer events, so the cells under them keep their tooltips
    outlines = L.geoJSON(areas ? JSON.parse(areas.textContent) : null, {
      interactive: false,
      style: function (feature) {
        var whole = feature.properties.level === 'KOMMUN';
        return { className: 'area-outline', color: '#333', weight: whole ? 2.5 : 1.2, dashArray: whole ? null : '6 4', fill: false };
      }
    }).addTo(map);
    if (outlines.getBounds().isValid()) { map.fitBounds(outlines.getBounds()); }
    analysis = L.layerGroup().addTo(map);
    clusters = L.layerGroup();
    var overlays = {};
    overlays[container.getAttribute('data-layer-analysis')] = analysis;
    overlays[container.getAttribute('data-layer-areas')] = outlines;
    overlays[container.getAttribute('data-layer-clusters')] = clusters;
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    map.on('overlayadd', function (event) { if (event.layer === clusters) { clusterList.hidden = false; loadClusters(); } });
    map.on('overlayremove', function (event) { if (event.layer === clusters) { clusterList.hidden = true; } });
    var pending = null;
    map.on('moveend', function () {
      if (!map.hasLayer(clusters)) { return; }
      clearTimeout(pending);
      pending = setTimeout(loadClusters, 300);
    });
  }

  function view() {
    return form.querySelector('input[name=view]:checked').value;
  }

  // only what the chosen endpoint takes
  function params(names) {
    var data = new FormData(form);
    var out = new URLSearchParams();
    names.forEach(function (name) {
      var values = data.getAll(name).filter(Boolean);
      if (values.length) { out.set(name, values.join(',')); }
    });
    // an hour span needs both ends; one end alone filters nothing
    if (data.get('hourFrom') && data.get('hourTo')) { out.set('hours', data.get('hourFrom') + '-' + data.get('hourTo')); }
    return out;
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); });
  }

  function row(values, into) {
    var tr = document.createElement('tr');
    values.forEach(function (value, i) {
      var cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) { cell.setAttribute('scope', 'row'); }
      cell.textContent = value;
      tr.appendChild(cell);
    });
    into.appendChild(tr);
  }

  function draw(body, style, tooltip) {
    if (!map) { return; }
    analysis.clearLayers();
    var layer = L.geoJSON(body, {
      style: style,
      onEachFeature: function (f, shape) { shape.bindTooltip(tooltip(f)); }
    });
    analysis.addLayer(layer);
    if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); }
  }

  function showGiStar(body) {
    draw(body, function (f) {
      return { color: '#555', weight: 0.5, fillOpacity: 0.6, fillColor: colours[String(f.properties.bin)] };
    }, function (f) {
      return f.id + ', ' + f.properties.area + ': ' + words[String(f.properties.bin)] + ' – ' + f.properties.count;
    });
  }

  function range(c) {
    return (status.getAttribute('data-range') || '{0}–{1}').replace('{0}', number.format(c.from)).replace('{1}', number.format(c.to));
  }

  function showDensity(body) {
    var features = body.features;
    var limits = {};
    body.classes.forEach(function (c) { limits[c['class']] = c; });
    draw(body, function (f) {
      return { color: '#555', weight: 0.3, fillOpacity: 0.7, fillColor: densityColours[f.properties['class']] };
    }, function (f) {
      return classNames[f.properties['class']] + ' – ' + number.format(f.properties.density);
    });
    document.querySelectorAll('#density-legend li').forEach(function (item) {
      var c = limits[item.getAttribute('data-class')];
      item.querySelector('.class-limits').textContent = c ? '(' + range(c) + ')' : '';
    });
    var rows = densityTable.querySelector('tbody');
    rows.innerHTML = '';
    [5, 4, 3, 2, 1].forEach(function (k) {
      var cells = features.filter(function (f) { return f.properties['class'] === k; }).length;
      row([k + ' – ' + classNames[k], limits[k] ? range(limits[k]) : '', cells], rows);
    });
    status.textContent = (status.getAttribute('data-density-template') || '{0} / {1}')
      .replace('{0}', features.length).replace('{1}', body.bandwidth);
  }

  // the squares of the grid with the selection's count and bin, those with incidents or a bin, as /api/v1/hotspots
  // gives them; null when the grid changed between the two answers (the areas changed), to be asked again
  function joined(grid, counts) {
    if (grid.grid !== counts.grid) { return null; }
    var features = [];
    grid.features.forEach(function (f, i) {
      if (counts.counts[i] !== 0 || counts.bins[i] !== 0) {
        features.push({ type: 'Feature', id: f.id, geometry: f.geometry,
          properties: { area: f.properties.area, count: counts.counts[i], bin: counts.bins[i] } });
      }
    });
    return { type: 'FeatureCollection', features: features };
  }

  function loadGiStar(attempt) {
    var gridUrl = form.getAttribute('data-grid-api') + '?' + params(['cellSize']);
    var countsUrl = form.getAttribute('data-counts-api') + '?' + params(['from', 'to', 'cellSize', 'categories', 'weekdays']);
    Promise.all([fetchJson(gridUrl), fetchJson(countsUrl)])
      .then(function (results) {
        if (!results[0].ok || !results[1].ok) { return; }
        var body = joined(results[0].body, results[1].body);
        if (body) { showGiStar(body); } else if (attempt < 2) { loadGiStar(attempt + 1); }
      })
      .catch(function () { /* the page states the figures; the map stays empty */ });
  }

  function load() {
    var kde = view() === 'kde';
    if (document.getElementById('hotspot-problem')) {
      // the page could not answer this selection and says why; there is nothing to draw
      return;
    }
    if (!kde) {
      loadGiStar(0);
      return;
    }
    status.textContent = '…';
    fetchJson(form.getAttribute('data-density-api') + '?' + params(['from', 'to', 'cellSize', 'categories', 'bandwidth', 'weekdays']))
      .then(function (result) {
        if (!result.ok) {
          status.textContent = result.body.detail || 'Fel';
          return;
        }
        showDensity(result.body);
      })
      .catch(function () { status.textContent = 'Fel'; });
  }

  function clusterIcon(count) {
    var size = count >= 1000 ? 'large' : count >= 100 ? 'medium' : count > 1 ? 'small' : 'single';
    return L.divIcon({ className: 'cluster-marker cluster-' + size, html: count > 1 ? '<span>' + count + '</span>' : '', iconSize: null });
  }

  function loadClusters() {
    var query = params(['from', 'to', 'categories', 'weekdays']);
    query.set('bbox', map.getBounds().toBBoxString());
    query.set('zoom', map.getZoom());
    clusterStatus.textContent = '…';
    fetchJson(form.getAttribute('data-cluster-api') + '?' + query)
      .then(function (result) {
        if (!result.ok) {
          clusterStatus.textContent = result.body.detail || 'Fel';
          return;
        }
        var body = result.body;
        clusters.clearLayers();
        var demo = container.getAttribute('data-demo');
        body.features.forEach(function (f) {
          var p = f.properties;
          var text = p.count === 1
            ? (categoryNames[p.category] || p.category) + ', ' + new Date(p.occurredAt).toLocaleString(language) + ', ' + p.severity
            : p.count + ' ' + container.getAttribute('data-incidents');
          var marker = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]],
            { icon: clusterIcon(p.count), keyboard: false });
          marker.bindTooltip(text + (p.demo ? ' (' + demo + ')' : ''));
          clusters.addLayer(marker);
        });
        clusterRows.innerHTML = '';
        body.byArea.forEach(function (a) {
          row([a.area || clusterRows.getAttribute('data-no-area'), a.count], clusterRows);
        });
        clusterStatus.textContent = (clusterStatus.getAttribute('data-template') || '{0} / {1}')
          .replace('{0}', body.total).replace('{1}', body.features.length);
      })
      .catch(function () { clusterStatus.textContent = 'Fel'; });
  }

  // switching between Gi* and density asks the page again, so its figures and the map answer the same selection
  form.querySelectorAll('input[name=view]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    });
  });
  load();
})();
