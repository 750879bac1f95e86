// Shows how many characters are left under each text field of the case form that has a maximum.
// Without scripts the hint beside the field already says the maximum; this only adds a live count.
(function () {
  'use strict';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  var format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL');
  var words = lang === 'en'
    ? { left: function (n) { return n === 1 ? '1 character left' : format.format(n) + ' characters left'; } }
    : { left: function (n) { return n === 1 ? 'Nog 1 teken' : 'Nog ' + format.format(n) + ' tekens'; } };

  function attach(field) {
    var max = Number(field.getAttribute('maxlength'));
    if (!max) return;
    var counter = document.createElement('p');
    counter.className = 'casus-counter';
    counter.id = field.id + '-teller';
    // Read out only after a pause in typing, so a screen reader is not interrupted at every key.
    counter.setAttribute('aria-live', 'polite');
    field.insertAdjacentElement('afterend', counter);
    var timer;
    function update() {
      var left = max - field.value.length;
      counter.textContent = words.left(Math.max(0, left));
      counter.classList.toggle('casus-counter--over', left <= 0);
    }
    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
    update();
  }

  var fields = document.querySelectorAll('.casus-case-form textarea[maxlength], .casus-case-form input[type="text"][maxlength]');
  Array.prototype.forEach.call(fields, attach);
})();
