// Trellis boot script: runs synchronously in <head>, before the body is parsed, so it can
// choose what the pre-wasm shell shows without a flash. The release bundle puts it inside
// index.html (scripts/bundle.mjs 3.), where scripts/csp.mjs adds its hash to the policy; the
// dev build (`trunk serve`) serves it as a file.
//  1. On any route but "/", the shell shows its loading state instead of the start page (with
//     the page's heading and introduction on /goal, /mentors and /cohort).
//  2. Stylesheets marked <link rel="preload" as="style" data-css> (the non-critical ones, see
//     scripts/bundle.mjs) are applied once the document is parsed, without blocking the paint;
//     a page stylesheet of the split build (<meta name="trellis-css">) only with its page's
//     chunk (5.).
//  3. The service worker (sw.js, written by scripts/bundle.mjs for the release bundle only) is
//     registered after load; a new version waits until the user chooses "Reload".
//  4. Chunks of the split build are fetched in packs; a pack that fails to download is
//     retried and then explained (window.__trellisChunkFetch, used by the split loader).
//  5. A chunk that a page stylesheet names (scripts/bundle.mjs, PAGE_CSS) is handed to the
//     loader only once that stylesheet has loaded, so the page never shows unstyled.
//  6. On a deep link to a lazy page, that page's pack starts downloading beside the main wasm;
//     so does the store codec's pack when something is stored (the app reads it before it
//     mounts, src/ui/storage/codec.rs). On /shared#… these downloads and the main wasm's start
//     at once, not after the shell's first frame: that page's first real paint is the plan,
//     which needs them all (window.__trellisMain, used by the inline loader).
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  if (location.pathname !== '/') root.classList.add('shell-away');
  // A page whose first view starts with its heading and introduction shows them at once
  // (index.html's [data-intro] blocks, src/ui/pages/intro.rs); the goal page only before the
  // first goal, i.e. while nothing is stored (under src/ui/storage.rs's KEY).
  // What src/ui/storage.rs's `has_stored_state` asks: a stored state, or a value set aside.
  var stored = false;
  try {
    stored = localStorage.getItem('trellis.state') !== null;
    for (var k = 0; !stored && k < localStorage.length; k++) stored = /^trellis\.unreadable\./.test(localStorage.key(k) || '');
  } catch (e) { /* blocked storage: nothing stored */ }
  var intro = { '/goal': 'goal', '/mentors': 'mentors', '/cohort': 'cohort' }[location.pathname];
  if (intro === 'goal' && stored) intro = undefined;
  if (intro) root.setAttribute('data-shell', intro);

  // A stylesheet inserted right after `at`, so the cascade keeps the document's order.
  function sheetAfter(at, href) {
    var l = doc.createElement('link');
    l.rel = 'stylesheet';
    l.href = href;
    at.parentNode.insertBefore(l, at.nextSibling);
    return l;
  }
  // Each preloaded sheet goes where its preload is, but never before the render-blocking
  // stylesheet (main.css, inlined by the release bundle as <style data-sheet="main">): trap.css's
  // preload sits above it in <head> and must still follow it.
  function applyStyles() {
    var links = doc.querySelectorAll('link[rel="preload"][as="style"][data-css]');
    var blocking = doc.querySelectorAll('link[rel="stylesheet"], style[data-sheet]');
    var last = blocking[blocking.length - 1];
    for (var i = 0; i < links.length; i++) {
      if (last && links[i].compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING) last = sheetAfter(last, links[i].href);
      else sheetAfter(links[i], links[i].href);
    }
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', applyStyles);
  else applyStyles();

  // A small fixed bar at the bottom of the viewport, above the phone tab bar. Built with DOM
  // calls only (no HTML strings). `actions`: [label, onclick] pairs.
  function bar(id, text, actions) {
    var old = doc.getElementById(id);
    if (old) old.remove();
    var el = doc.createElement('div');
    el.id = id;
    el.className = 'sys-bar';
    el.setAttribute('role', 'status');
    var p = doc.createElement('p');
    p.textContent = text;
    el.appendChild(p);
    actions.forEach(function (a) {
      var b = doc.createElement('button');
      b.type = 'button';
      b.className = 'button' + (a[2] ? ' primary' : '');
      b.textContent = a[0];
      b.addEventListener('click', a[1]);
      el.appendChild(b);
    });
    doc.body.appendChild(el);
    return el;
  }

  // Chunk downloads for the split build: a failed download would trap the whole app on
  // Leptos 0.8, so the split loader fetches through here. Each request is tried three times;
  // then the bar explains and offers "Try again" (the pending load resumes, nothing is lost)
  // or "Reload". The promise never rejects.
  // Several chunks may fail at once (a page and the chunks it needs): one bar, and "Try again"
  // retries every waiting download.
  var waiting = [];
  function retryAll() {
    var again = waiting;
    waiting = [];
    again.forEach(function (attempt) { attempt(); });
  }
  function fetchRetried(url) {
    return new Promise(function (resolve) {
      var tries = 0;
      function attempt() {
        tries++;
        fetch(url).then(function (r) {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          resolve(r);
          var b = doc.getElementById('chunk-error');
          if (b && waiting.length === 0) b.remove();
        }).catch(function () {
          if (tries < 3) { setTimeout(attempt, 400 * tries); return; }
          tries = 0;
          waiting.push(attempt);
          if (doc.getElementById('chunk-error')) return;
          bar('chunk-error', 'This part of Trellis could not be loaded. Check your connection; your data is safe in this browser.', [
            ['Try again', retryAll, true],
            ['Reload', function () { location.reload(); }],
          ]);
        });
      }
      attempt();
    });
  }

  // The chunks travel in packs, one per lazy page or piece (scripts/bundle.mjs writes them and
  // window.__trellisPacks, their index: pack → [chunk, offset, length]): wasm-split writes a
  // chunk for every set of pages that share code, dozens per page, and one download per page
  // costs one round trip instead of several. The loader asks for all chunks of a page in one
  // task; they are served from the smallest pack that holds them all. A chunk two split points
  // share is asked for once: it is served by the first pack to arrive that holds it, so a page
  // never waits for another piece's pack (the store codec's, held up or failing) that happened
  // to be asked for it first.
  var batch = null;
  var unserved = {}; // chunk name → the resolvers of its requests not answered yet
  // 6. A deep link to a lazy page (a shared plan, /goal, …): its pack and stylesheets are
  //    fetched beside the main wasm, from when it starts (after the shell's first frame, as the
  //    inline loader does), instead of after the app has started and asked for them.
  //    scripts/bundle.mjs names the lazy routes and the build's id in <meta name="trellis-packs">
  //    (pack-<route>_route_view-<id>.wasm). Pack name → a promise of its bytes.
  var early = {};
  var earlyDone = false;
  function fetchEarly() {
    if (earlyDone) return;
    earlyDone = true;
    var meta = doc.querySelector('meta[name="trellis-packs"]');
    if (!meta) return;
    var start = function (point) {
      var pack = 'pack-' + point + '-' + meta.getAttribute('content') + '.wasm';
      var bytes = fetchRetried(new URL('/' + pack, location.href)).then(function (r) { return r.arrayBuffer(); });
      bytes.catch(function () {});
      early[pack] = bytes;
    };
    if (stored) start('store');
    var route = location.pathname.slice(1);
    if ((meta.getAttribute('data-routes') || '').split(' ').indexOf(route) < 0) return;
    var point = route + '_route_view';
    start(point);
    sheetsFor(point);
    // The Mentors and shared pages read the browser's time zone (`Intl`) when they mount; the first
    // `Intl.DateTimeFormat` of a page costs 13–27 ms of CPU (its locale data), measured at 1×.
    // Paid here, in a task of its own while the wasm downloads, it leaves the page's mount task
    // (BENCHMARKS.md, "Mentors first view"); the result is not kept, the app asks again.
    if (route === 'mentors' || route === 'shared') setTimeout(function () {
      try { Intl.DateTimeFormat().resolvedOptions(); } catch (e) { /* the app reports it */ }
    });
  }
  function afterFirstFrame() {
    requestAnimationFrame(function () { setTimeout(fetchEarly); });
    setTimeout(fetchEarly, 1000);
  }
  if (location.pathname !== '/shared' && (location.pathname !== '/' || stored)) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', afterFirstFrame);
    else afterFirstFrame();
  }
  function flush() {
    var left = batch;
    batch = null;
    var packs = window.__trellisPacks || {};
    var indexes = Object.keys(packs).map(function (pack) {
      var index = {}, size = 0;
      packs[pack].forEach(function (e) { index[e[0]] = e; size += e[2]; });
      return { pack: pack, index: index, size: size };
    });
    // Two pages (or a page and a lazy piece) may ask in the same task: take the pack that
    // holds most of what is left until every chunk has one.
    while (left.length) {
      var best = null, bestCount = 0;
      indexes.forEach(function (p) {
        var n = left.filter(function (a) { return p.index[a.name]; }).length;
        // On a tie, the pack already on its way (6.), else the smaller.
        var better = n === bestCount && n > 0 && (early[p.pack] ? !early[best.pack] || p.size < best.size : !early[best.pack] && p.size < best.size);
        if (n > bestCount || better) { best = p; bestCount = n; }
      });
      if (!best) {
        left.forEach(function (a) { delete unserved[a.name]; fetchRetried(a.url).then(a.resolve); });
        return;
      }
      fromPack(best);
      left = left.filter(function (a) { return !best.index[a.name]; });
    }
  }
  function packBytes(pack) {
    var pending = early[pack];
    delete early[pack];
    return pending || fetchRetried(new URL('/' + pack, location.href)).then(function (r) { return r.arrayBuffer(); });
  }
  function fromPack(p) {
    packBytes(p.pack).then(function (buf) {
      Object.keys(unserved).forEach(function (name) {
        var e = p.index[name];
        if (!e) return;
        var waiting = unserved[name];
        delete unserved[name];
        waiting.forEach(function (resolve) {
          resolve(new Response(buf.slice(e[1], e[1] + e[2]), { headers: { 'Content-Type': 'application/wasm' } }));
        });
      });
    }, function () { fromPack(p); });
  }
  // Page stylesheets: href → a promise settled when the sheet has loaded (or failed: the page
  // then shows with the common styles only, rather than not at all).
  var sheets = {};
  function pageSheet(meta) {
    var href = meta.getAttribute('content');
    if (!sheets[href]) {
      sheets[href] = new Promise(function (done) {
        var l = sheetAfter(meta, href);
        l.addEventListener('load', done);
        l.addEventListener('error', done);
      });
    }
    return sheets[href];
  }
  // `point`: a split point as scripts/bundle.mjs names it ("mentors_route_view", "extras").
  function sheetsFor(point) {
    var metas = doc.querySelectorAll('meta[name="trellis-css"]');
    var wait = [];
    for (var i = 0; i < metas.length; i++) {
      if ((metas[i].getAttribute('data-for') || '').split(' ').indexOf(point) >= 0) wait.push(pageSheet(metas[i]));
    }
    return wait.length ? Promise.all(wait) : null;
  }
  // A split point's own chunk, split_<point>[_<number>]-<id>.wasm, names it; other chunks none.
  function pointOf(name) {
    var m = /^split_+(.+?)(_\d+)?-[0-9a-f]{16}\.wasm$/.exec(name);
    return m ? m[1] : '';
  }
  window.__trellisChunkFetch = function (url) {
    var name = String(url).split('/').pop();
    var styled = sheetsFor(pointOf(name));
    return new Promise(function (resolve) {
      if (!batch) { batch = []; Promise.resolve().then(flush); }
      var give = styled ? function (r) { styled.then(function () { resolve(r); }); } : resolve;
      (unserved[name] = unserved[name] || []).push(give);
      batch.push({ name: name, url: url, resolve: give });
    });
  };

  // 6. on /shared#…: everything at once (the meta precedes this script, scripts/bundle.mjs 3c).
  if (location.pathname === '/shared') {
    var packsMeta = doc.querySelector('meta[name="trellis-packs"]');
    if (packsMeta) window.__trellisMain = fetch(new URL('/trellis-' + packsMeta.getAttribute('content') + '_bg.wasm', location.href));
    fetchEarly();
  }

  if (!('serviceWorker' in navigator)) return;
  var reloading = false;
  function offer(worker) {
    bar('update-ready', 'New version ready', [
      ['Reload', function () { worker.postMessage('skip-waiting'); }, true],
    ]);
  }
  window.addEventListener('load', function () {
    // Only the release bundle has a service worker (scripts/bundle.mjs adds this tag).
    if (!doc.querySelector('meta[name="trellis-sw"]')) return;
    var hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      // The first install takes control silently; a later version only after "Reload".
      if (!hadController) { hadController = true; return; }
      if (reloading) return;
      reloading = true;
      location.reload();
    });
    navigator.serviceWorker.register('/sw.js').then(function (reg) {
      function track(w) {
        if (!w) return;
        w.addEventListener('statechange', function () {
          if (w.state === 'installed' && navigator.serviceWorker.controller) offer(w);
        });
      }
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      track(reg.installing);
      reg.addEventListener('updatefound', function () { track(reg.installing); });
    }).catch(function (e) {
      console.warn('Trellis: offline support is unavailable here:', e && e.message);
    });
  });
})();
