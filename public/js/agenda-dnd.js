// Drag and drop on the trainer's agenda page. A dropped case is moved by the same form the
// keyboard and no-script users have (block and place filled in, then submitted), so the server
// does the change in the usual way: revision check, one transaction, a message on the page.
(function () {
  'use strict';
  var lists = document.querySelectorAll('.casus-agenda-cases[data-block-number]');
  if (!lists.length || !('draggable' in document.createElement('li'))) return;
  var hint = document.querySelector('.casus-agenda-dnd-hint');
  if (hint) hint.hidden = false;
  var dragged = null;

  function each(nodes, fn) { Array.prototype.forEach.call(nodes, fn); }

  function moveFormOf(item) { return item.querySelector('form[data-move-form]'); }

  function clearOver() {
    each(lists, function (list) { list.classList.remove('casus-agenda-cases--over'); });
    document.body.classList.remove('casus-agenda-dragging');
  }

  // The place among the other cases of the list (1 is first), from where the pointer is.
  function positionAt(list, y) {
    var others = Array.prototype.filter.call(list.children, function (child) { return child !== dragged; });
    for (var i = 0; i < others.length; i++) {
      var box = others[i].getBoundingClientRect();
      if (y < box.top + box.height / 2) return i + 1;
    }
    return others.length + 1;
  }

  each(document.querySelectorAll('[data-case-id]'), function (item) {
    var form = moveFormOf(item);
    if (!form) return;
    item.setAttribute('draggable', 'true');
    item.classList.add('casus-agenda-draggable');
    item.addEventListener('dragstart', function (event) {
      dragged = item;
      item.classList.add('casus-agenda-case--dragging');
      document.body.classList.add('casus-agenda-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.getAttribute('data-case-id'));
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('casus-agenda-case--dragging');
      dragged = null;
      clearOver();
    });
  });

  each(lists, function (list) {
    list.addEventListener('dragover', function (event) {
      if (!dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      list.classList.add('casus-agenda-cases--over');
    });
    list.addEventListener('dragleave', function (event) {
      if (!list.contains(event.relatedTarget)) list.classList.remove('casus-agenda-cases--over');
    });
    list.addEventListener('drop', function (event) {
      if (!dragged) return;
      event.preventDefault();
      var form = moveFormOf(dragged);
      form.elements.blockNumber.value = list.getAttribute('data-block-number');
      form.elements.position.value = String(positionAt(list, event.clientY));
      clearOver();
      form.submit();
    });
  });
})();
