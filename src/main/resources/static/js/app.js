// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // htmx requests carry the CSRF token like any form post.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // A form shown again with errors: start at its summary of what to correct.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  });
  // Forms marked data-confirm ask before an irreversible step.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  // An autosaving form (hx-post on the form itself): a real submit waits for an autosave in flight, so it carries
  // the version that autosave produced, and no new autosave starts once the form is being submitted.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute || !form.hasAttribute('hx-post')) {
      return;
    }
    if (form.classList.contains('htmx-request')) {
      event.preventDefault();
      var submitter = event.submitter;
      form.addEventListener('htmx:afterRequest', function () {
        window.setTimeout(function () { form.requestSubmit(submitter); }, 0);
      }, { once: true });
      return;
    }
    form.dataset.submitting = 'true';
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var elt = event.detail && event.detail.elt;
    if (elt && elt.dataset && elt.dataset.submitting) {
      event.preventDefault();
    }
  });
})();
