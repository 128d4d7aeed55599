// The resident's report form: a click on the map (or Enter on the focused map, for its centre) fills the latitude and
// longitude fields, and so does choosing a place the address search found ("Använd min position" is my-position.js,
// which this map follows). The fields can always be typed, and the search's places are links that fill them on a new
// page, so the form works without this script, without map tiles and by keyboard alone.
(function () {
  'use strict';
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  var container = document.getElementById('resident-map');
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
  document.addEventListener('place:chosen', function (event) {
    mark(event.detail.latitude, event.detail.longitude);
    if (map) {
      map.setView([event.detail.latitude, event.detail.longitude], event.detail.zoom || 17);
    }
  });
  // a place from the address search: fill the fields here instead of loading the form again, say which place was
  // chosen and put the focus there, so the resident goes on from it
  var results = document.getElementById('address-results');
  if (results) {
    results.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a.place-choice') : null;
      if (!link) {
        return;
      }
      event.preventDefault();
      var latitude = Number(link.getAttribute('data-latitude'));
      var longitude = Number(link.getAttribute('data-longitude'));
      lat.value = latitude.toFixed(6);
      lon.value = longitude.toFixed(6);
      document.getElementById('place-query').value = link.getAttribute('data-label');
      var chosen = document.createElement('p');
      chosen.id = 'chosen-place';
      chosen.className = 'chosen-place';
      chosen.tabIndex = -1;
      chosen.textContent = results.getAttribute('data-chosen').replace('{0}', link.getAttribute('data-label'));
      var old = document.getElementById('chosen-place');
      if (old) {
        old.remove();
      }
      results.innerHTML = '';
      results.parentNode.insertBefore(chosen, results.nextSibling);
      document.dispatchEvent(new CustomEvent('place:chosen', { detail: { latitude: latitude, longitude: longitude } }));
      chosen.focus();
    });
    // the search's refusals (too many searches, too long) come as 429 and 400 with a message to show
    document.body.addEventListener('htmx:beforeSwap', function (event) {
      if (event.detail.target === results && (event.detail.xhr.status === 429 || event.detail.xhr.status === 400)) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });
  }
})();
