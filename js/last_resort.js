// Trellis' last-resort handler, plain JavaScript on purpose: it must work when the WebAssembly
// app itself is dead.
//
// If the wasm traps (a `WebAssembly.RuntimeError`, which is also what a Rust panic becomes in
// the release build) or wasm-bindgen reports its own state broken, the page would otherwise
// freeze without a word. Instead this:
//   1. freezes storage first: sets `window.trellisStopped` (checked by `ui::storage` before
//      every write) and makes this page's localStorage writes throw, so the half-updated state
//      in the dead app can never overwrite what was saved (not by a debounced save, not by the
//      pagehide flush);
//   2. shows "Trellis hit a problem" as an alert dialog over the inert page, focus on it, with
//      Reload and "Download a backup" (built here from the raw stored value, which is exactly
//      what the Data page's import reads back).
// Other script errors (extensions, the browser) are left alone. Loaded by index.html as a
// separate file, so a strict Content-Security-Policy needs no inline script for it.
(function () {
  'use strict';

  var STATE_KEY = 'trellis.state';
  var shown = false;

  /** Whether an error means the wasm instance can no longer be trusted. */
  function fatal(err) {
    if (!err) return false;
    if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) return true;
    if (err.name === 'RuntimeError') return true;
    var msg = String(err.message || '');
    // wasm-bindgen's own messages when Rust state was left half-borrowed or dropped.
    return /closure invoked (recursively|after being dropped)|recursive use of an object detected|attempted to take ownership of Rust value while it was borrowed/.test(msg);
  }

  function freezeStorage() {
    window.trellisStopped = true;
    try {
      var refuse = function () {
        throw new DOMException('Trellis stopped after a problem; nothing more is written.', 'InvalidStateError');
      };
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
      Storage.prototype.clear = refuse;
    } catch (e) { /* the flag alone still stops the app's writes */ }
  }

  /** The raw saved value, or null when nothing is saved or storage is blocked. */
  function savedValue() {
    try { return window.localStorage.getItem(STATE_KEY); } catch (e) { return null; }
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text) e.textContent = text;
    return e;
  }

  function download(status) {
    var raw = savedValue();
    if (raw === null) {
      status.textContent = 'Nothing is saved in this browser, so there is nothing to download.';
      return;
    }
    var name = 'trellis-backup-' + today() + '.json';
    var url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    var a = el('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    status.textContent = 'Downloaded ' + name + '. Import it on the Data page to bring it back.';
  }

  function show(err) {
    if (shown) return;
    shown = true;
    freezeStorage();
    var saved = savedValue() !== null;
    for (var i = 0; i < document.body.children.length; i++) {
      document.body.children[i].setAttribute('inert', '');
    }
    var overlay = el('div', { 'class': 'trap-overlay', 'data-testid': 'trap' });
    var box = el('div', {
      'class': 'trap-dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'trap-title',
      'aria-describedby': 'trap-desc',
    });
    box.appendChild(el('h2', { id: 'trap-title', tabindex: '-1' }, saved
      ? 'Trellis hit a problem — your data is saved in this browser'
      : 'Trellis hit a problem'));
    box.appendChild(el('p', { id: 'trap-desc' }, saved
      ? 'This page stopped working. Everything saved before the problem is still in this browser; the change you were making just now may not have been kept. Nothing more will be written until you reload.'
      : 'This page stopped working. Nothing had been saved in this browser yet, so there is nothing to lose by reloading.'));
    var actions = el('div', { 'class': 'trap-actions' });
    var reload = el('button', { type: 'button', 'class': 'button primary', 'data-testid': 'trap-reload' }, 'Reload');
    var dl = el('button', { type: 'button', 'class': 'button', 'data-testid': 'trap-download' }, 'Download a backup');
    var status = el('p', { 'class': 'trap-status', role: 'status', 'data-testid': 'trap-status' });
    reload.addEventListener('click', function () { window.location.reload(); });
    dl.addEventListener('click', function () { download(status); });
    actions.appendChild(reload);
    if (saved) actions.appendChild(dl);
    box.appendChild(actions);
    box.appendChild(status);
    var details = el('details', { 'class': 'trap-details' });
    details.appendChild(el('summary', {}, 'Technical details'));
    details.appendChild(el('pre', {}, String((err && (err.name + ': ' + err.message)) || err)));
    box.appendChild(details);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    reload.focus();
  }

  window.addEventListener('error', function (e) {
    if (fatal(e.error)) show(e.error);
  });
  window.addEventListener('unhandledrejection', function (e) {
    if (fatal(e.reason)) show(e.reason);
  });
})();
