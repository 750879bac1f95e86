// Adds a print button to the print view; without scripts the page says to use Ctrl+P.
(function () {
  'use strict';
  var hint = document.querySelector('[data-print-hint]');
  if (!hint || typeof window.print !== 'function') return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'utrecht-button utrecht-button--primary-action';
  button.textContent = hint.getAttribute('data-print-label');
  button.addEventListener('click', function () { window.print(); });
  hint.parentNode.insertBefore(button, hint);
})();
