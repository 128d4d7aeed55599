// The resident's report form: a click on the map (or Enter on the focused map, for its centre) fills the latitude and
// longitude fields, and "Använd min position" fills them from the device. The fields can always be typed, so the form
// works without this script, without map tiles and by keyboard alone.
(function () {
  'use strict';
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  var container = document.getElementById('resident-map');
  var mine = document.getElementById('use-my-position');
  var status = document.getElementById('position-status');
  if (!lat || !lon) {
    return;
  }
  var map = null;
  var marker = null;
  function place(latitude, longitude) {
    lat.value = latitude.toFixed(6);
    lon.value = longitude.toFixed(6);
    mark(latitude, longitude);
  }
  function mark(latitude, longitude) {
    if (!map) {
      return;
    }
    var point = L.latLng(latitude, longitude);
    if (marker) {
      marker.setLatLng(point);
    } else {
      marker = L.circleMarker(point, { radius: 8, color: '#1d4f91' }).addTo(map);
    }
  }
  if (container && window.L) {
    map = L.map(container, { scrollWheelZoom: false }).setView([59.6110, 16.5450], 13);
    L.tileLayer(container.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);
    // a form shown again marks what was typed, but never rewrites it: "59,61" stays for its error to explain,
    // rather than becoming 59.000000
    var typedLat = lat.value.trim() === '' ? NaN : Number(lat.value);
    var typedLon = lon.value.trim() === '' ? NaN : Number(lon.value);
    if (isFinite(typedLat) && isFinite(typedLon)) {
      mark(typedLat, typedLon);
      map.setView(marker.getLatLng(), 16);
    }
    map.on('click', function (event) { place(event.latlng.lat, event.latlng.lng); });
    container.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        var centre = map.getCenter();
        place(centre.lat, centre.lng);
      }
    });
  }
  if (mine && navigator.geolocation) {
    mine.hidden = false;
    mine.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        place(position.coords.latitude, position.coords.longitude);
        if (map) {
          map.setView([position.coords.latitude, position.coords.longitude], 17);
        }
        status.textContent = '';
      }, function () {
        status.textContent = mine.getAttribute('data-denied');
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }
})();
