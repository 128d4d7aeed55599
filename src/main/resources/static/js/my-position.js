// "Använd min position" (fragments/position :: myPosition) for any form with #latitude and #longitude: shown only
// where the device can tell its position; the position fills the fields, and a 'place:chosen' event lets the page's
// map (resident-report.js, incident-map.js) mark it. Without this script the fields are typed.
(function () {
  'use strict';
  var mine = document.getElementById('use-my-position');
  var status = document.getElementById('position-status');
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  if (!mine || !lat || !lon || !navigator.geolocation) {
    return;
  }
  mine.hidden = false;
  mine.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      lat.value = position.coords.latitude.toFixed(6);
      lon.value = position.coords.longitude.toFixed(6);
      status.textContent = mine.getAttribute('data-found');
      document.dispatchEvent(new CustomEvent('place:chosen', {
        detail: { latitude: position.coords.latitude, longitude: position.coords.longitude, zoom: 17 }
      }));
    }, function () {
      status.textContent = mine.getAttribute('data-denied');
    }, { enableHighAccuracy: true, timeout: 15000 });
  });
})();
