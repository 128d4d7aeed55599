// Draws an area and the areas under it on a Leaflet map. The page lists the same facts in text, so nothing is lost
// without this script, without Leaflet or without map tiles (offline, the polygons show on a plain background).
(function () {
  'use strict';
  var container = document.getElementById('area-map');
  var data = document.getElementById('area-map-data');
  if (!container || !data || !window.L) {
    return;
  }
  var focus = container.getAttribute('data-area-id');
  var map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(container.getAttribute('data-tiles') || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
  }).addTo(map);
  var layer = L.geoJSON(JSON.parse(data.textContent), {
    style: function (feature) {
      return feature.id === focus
        ? { color: '#1d4f91', weight: 3, fillOpacity: 0.12 }
        : { color: '#4a4a4a', weight: 2, dashArray: '6 4', fillOpacity: 0.05 };
    },
    onEachFeature: function (feature, shape) {
      shape.bindTooltip(feature.properties.name);
    }
  }).addTo(map);
  var bounds = layer.getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds, { padding: [12, 12] });
  }
})();
