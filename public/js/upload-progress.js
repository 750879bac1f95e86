// Sends the attachment form with XMLHttpRequest to show a progress bar while the file uploads.
// Without scripts the same form posts normally. The server answers a request for JSON with the
// address of the page to show next, where any message waits, and a plain post with a redirect.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-upload-progress]');
  Array.prototype.forEach.call(forms, function (form) {
    if (!window.FormData || !window.XMLHttpRequest) return;
    var box = form.querySelector('[data-progress]');
    var bar = box && box.querySelector('progress');
    var text = box && box.querySelector('[data-progress-text]');
    var button = form.querySelector('button[type="submit"]');
    if (!box || !bar || !text) return;

    function show(percent) {
      bar.value = percent;
      text.textContent = percent + '%';
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) show(Math.floor((e.loaded / e.total) * 100));
      });
      xhr.addEventListener('load', function () {
        var location = null;
        try {
          location = JSON.parse(xhr.responseText).location;
        } catch (ignored) {
          location = null;
        }
        if (xhr.status >= 200 && xhr.status < 300 && typeof location === 'string' && /^\/[^/]/.test(location)) {
          go(location);
        } else {
          failed();
        }
      });
      xhr.addEventListener('error', failed);
      xhr.addEventListener('abort', failed);
      box.hidden = false;
      show(0);
      text.textContent = form.getAttribute('data-text-busy') || '';
      if (button) button.disabled = true;
      xhr.send(new FormData(form));
    });

    // Going to the same page with only another #fragment would just scroll, so reload it then.
    function go(location) {
      var parts = location.split('#');
      if (parts[0] === window.location.pathname + window.location.search) {
        if (parts[1]) window.location.hash = parts[1];
        window.location.reload();
      } else {
        window.location.assign(location);
      }
    }

    function failed() {
      text.textContent = form.getAttribute('data-text-failed') || '';
      if (button) button.disabled = false;
    }
  });
})();
