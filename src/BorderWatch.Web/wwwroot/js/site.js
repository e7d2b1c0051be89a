// Small helpers the components call through JS interop. The pages work (read-only) before this runs.
window.borderWatch = {
  theme: {
    get: function () { try { return localStorage.getItem('bw-theme'); } catch (e) { return null; } },
    set: function (value) { try { localStorage.setItem('bw-theme', value); } catch (e) { } },
    systemPrefersDark: function () { return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches; }
  },
  // The circuit is up and the layout has rendered interactively (tests and styles may wait for this).
  ready: function () {
    document.documentElement.setAttribute('data-interactive', 'true');
    return window.innerWidth;
  },
  // Scroll an element into view and give it keyboard focus (jumping between excerpts).
  focusElement: function (id) {
    var el = document.getElementById(id);
    if (!el) return false;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    return true;
  },
  // Focus a control that is focusable by itself (an input, a button) without changing its tab order.
  focusControl: function (id) {
    var el = document.getElementById(id);
    if (!el) return false;
    el.focus();
    return document.activeElement === el;
  },
  // Left edge and width of an element on screen (the timeline brush turns pointer positions into dates).
  bounds: function (el) {
    if (!el) return [0, 0];
    var r = el.getBoundingClientRect();
    return [r.left, r.width];
  }
};
// "Skip to content": move keyboard focus to the main region (the link's href keeps the current page).
document.addEventListener('click', function (e) {
  var link = e.target.closest && e.target.closest('a.skip-link');
  if (!link) return;
  var main = document.getElementById('main');
  if (!main) return;
  e.preventDefault();
  main.focus();
  main.scrollIntoView();
});
// The reconnection dialog's "Try again" and "reload" (no inline handlers: the page's policy refuses them).
document.addEventListener('click', function (e) {
  var action = e.target.closest && e.target.closest('[data-reconnect]');
  if (!action) return;
  e.preventDefault();
  if (action.getAttribute('data-reconnect') === 'retry' && window.Blazor) window.Blazor.reconnect();
  else location.reload();
});
// The timeline's keyboard brushing: its keys must not also scroll the page (Blazor cannot prevent a default per key).
document.addEventListener('keydown', function (e) {
  if (!e.target.closest || !e.target.closest('svg.time-axis')) return;
  if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter'].indexOf(e.key) >= 0) e.preventDefault();
});
