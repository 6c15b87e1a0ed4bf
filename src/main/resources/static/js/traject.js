// Small progressive enhancements. Every page works without this file.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    // Menu toggle on narrow screens (Bootstrap's own script is not loaded).
    var toggle = event.target.closest('[data-toggle-target]');
    if (toggle) {
      var target = document.getElementById(toggle.getAttribute('data-toggle-target'));
      var open = target.classList.toggle('show');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    // Copy a field's text (the calendar address): <button data-copy-target="field-id" data-copied="Copied">
    var copy = event.target.closest('[data-copy-target]');
    if (copy && navigator.clipboard) {
      var field = document.getElementById(copy.getAttribute('data-copy-target'));
      navigator.clipboard.writeText(field.value).then(function () {
        var status = document.getElementById(field.id + '-copied');
        if (status) { status.textContent = copy.getAttribute('data-copied'); }
      });
    }
  });
  document.addEventListener('submit', function (event) {
    // Destructive actions ask first: <form data-confirm="...">
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      // also keeps an htmx form (hx-post) from sending: htmx listens on the form itself
      event.stopPropagation();
    }
  }, true);
  document.addEventListener('htmx:load', function (event) {
    // A roster row's "history and actions" link is replaced by its panel: keep the keyboard where the person was.
    var swapped = event.detail && event.detail.elt;
    if (swapped && swapped.classList && swapped.classList.contains('line-actions')) {
      swapped.focus();
    }
  });
  // A part of a page loaded on its own (data-lazy, e.g. a report's section) says so when loading fails, in its own
  // words (the hidden [data-lazy-error] inside it), instead of showing nothing.
  function lazyFailed(event) {
    var elt = event.detail && event.detail.elt;
    var lazy = elt && elt.closest && elt.closest('[data-lazy]');
    if (lazy) {
      lazy.querySelectorAll('[data-lazy-error]').forEach(function (error) { error.hidden = false; });
    }
  }
  ['htmx:responseError', 'htmx:sendError', 'htmx:timeout'].forEach(function (name) {
    document.addEventListener(name, lazyFailed);
  });
  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to an error summary so screen-reader users hear what to fix.
    var summary = document.querySelector('.error-summary');
    if (summary) { summary.focus(); }
    // Copy buttons show only where the browser can copy.
    if (navigator.clipboard) {
      document.querySelectorAll('[data-copy-target]').forEach(function (button) { button.hidden = false; });
    }
  });
})();
