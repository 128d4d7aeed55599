// Picks an incident's place on the map: a click (or Enter on the focused map, for its centre) fills the latitude and
// longitude fields, which can also be typed, and the map follows "Använd min position" (my-position.js); the form
// works without this script or without map tiles.
(function () {
  'use strict';
  var container = document.getElementById('incident-map');
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  if (!container || !lat || !lon || !window.L) {
    return;
  }
  var map = L.map(container, { scrollWheelZoom: false }).setView([59.6110, 16.5450], 13);
  L.tileLayer(container.getAttribute('data-tiles'), {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
  }).addTo(map);
  // the municipality and its districts as vectors, so the border shows even when no map tiles can be loaded; they
  // take no clicks, which go through to the map and pick the place
  var outlines = document.getElementById('incident-areas');
  if (outlines) {
    L.geoJSON(JSON.parse(outlines.textContent), {
      interactive: false,
      style: function (feature) {
        return { className: 'area-outline', color: '#4a4a4a', weight: feature.properties.level === 'KOMMUN' ? 2.5 : 1.2,
          dashArray: feature.properties.level === 'KOMMUN' ? null : '6 4', fill: false };
      }
    }).addTo(map);
  }
  var marker = null;
  function place(latlng) {
    lat.value = latlng.lat.toFixed(6);
    lon.value = latlng.lng.toFixed(6);
    mark(latlng);
  }
  function mark(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.circleMarker(latlng, { radius: 8, color: '#1d4f91' }).addTo(map);
    }
  }
  // a form shown again marks what was typed, but never rewrites it: "59,61" stays for its error to explain, rather
  // than becoming 59.000000
  var typedLat = lat.value.trim() === '' ? NaN : Number(lat.value);
  var typedLon = lon.value.trim() === '' ? NaN : Number(lon.value);
  if (isFinite(typedLat) && isFinite(typedLon)) {
    mark(L.latLng(typedLat, typedLon));
    map.setView(marker.getLatLng(), 15);
  }
  map.on('click', function (event) { place(event.latlng); });
  container.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      place(map.getCenter());
    }
  });
  document.addEventListener('place:chosen', function (event) {
    mark(L.latLng(event.detail.latitude, event.detail.longitude));
    map.setView(marker.getLatLng(), event.detail.zoom || 17);
  });
})();
