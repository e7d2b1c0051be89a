// Progressive enhancement only: every page works without this file.
(function () {
  // Keep shared URLs clean: drop empty filter fields (q=&from=) from htmx requests.
  document.addEventListener('htmx:configRequest', function (e) {
    var p = e.detail.parameters;
    var keys = typeof p.keys === 'function' ? Array.from(p.keys()) : Object.keys(p);
    keys.forEach(function (k) {
      var v = typeof p.getAll === 'function' ? p.getAll(k) : [p[k]];
      if (v.every(function (x) { return x === '' || x == null; })) {
        if (typeof p.delete === 'function') p.delete(k); else delete p[k];
      }
    });
  });
  // After a swap, move focus to the results so keyboard and screen-reader users know the list changed,
  // unless focus stayed inside the filter form (typing or ticking).
  document.addEventListener('htmx:afterSettle', function (e) {
    var browser = document.getElementById('incident-browser');
    if (!browser || e.detail.target !== browser) return;
    var active = document.activeElement;
    if (active && active !== document.body && browser.contains(active)) return;
    var count = browser.querySelector('.result-count');
    if (count) { count.setAttribute('tabindex', '-1'); count.focus({ preventScroll: true }); }
  });
})();
