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
  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to an error summary so screen-reader users hear what to fix.
    var summary = document.querySelector('.error-summary');
    if (summary) { summary.focus(); }
  });
})();
