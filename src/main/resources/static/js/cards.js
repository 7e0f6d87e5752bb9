// Cards of a village: "Pilih semua" ticks (or clears) every card that can be chosen, "Pilih yang siap diserahkan"
// only the cards received and not yet handed over; a live count says how many are ticked.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('cards-form');
  if (!form) {
    return;
  }
  var all = document.getElementById('select-all');
  var ready = document.getElementById('select-received');
  var count = document.getElementById('selected-count');
  function boxes() {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="ids"]:not(:disabled)'));
  }
  function update() {
    var b = boxes();
    var n = b.filter(function (x) { return x.checked; }).length;
    all.checked = n > 0 && n === b.length;
    all.indeterminate = n > 0 && n < b.length;
    if (count) {
      count.textContent = count.getAttribute('data-template').replace('{0}', n);
    }
  }
  all.disabled = boxes().length === 0;
  all.addEventListener('change', function () {
    var on = all.checked;
    boxes().forEach(function (x) { x.checked = on; });
    update();
  });
  if (ready) {
    ready.addEventListener('click', function () {
      boxes().forEach(function (x) { x.checked = x.getAttribute('data-state') === 'received'; });
      update();
    });
  }
  form.addEventListener('change', function (event) {
    if (event.target.name === 'ids') {
      update();
    }
  });
  update();
});
