// The browser side of starcart, bundled into the page's JS (--pre-js).
// Contents:
//   1. boot: loading state, readable errors when WebAssembly cannot run
//   2. file intake: the picker and drops anywhere on the page, with an
//      overlay; files are copied into the wasm heap in slices, so a big file
//      never needs two whole copies in JS memory
//   3. window.starcart: a JSON snapshot of what is on screen (tests, scripts)
//   4. downloads and the clipboard (copy, and paste into text fields)
//   5. share links: the address's hash follows the view; back/forward and
//      edited addresses reopen a view (the engine parses, ui/view_link.h)
'use strict';

Module['canvas'] = document.getElementById('canvas');

Module.starcartGlue = (function () {
  var glue = {};
  var booted = false;
  var status = document.getElementById('boot');

  // --- 1. boot -----------------------------------------------------------------
  glue.fatal = function (message) {
    if (!status) return;
    status.hidden = false;
    status.classList.add('error');
    status.querySelector('.message').textContent = message;
  };
  glue.ready = function () {
    booted = true;
    if (status) status.hidden = true;
    document.documentElement.dataset.ready = '1';
    // #demo&lines=..&seed=.. opens the demo shop, #data=FINGERPRINT waits
    // for those files, #gallery shows the chart kit; &dark the dark theme.
    if (location.hash.length > 1) openLink();
    else lastHash = location.hash;
  };
  Module['onAbort'] = function (what) {
    glue.fatal('starcart stopped: ' + what + '. Reload the page to start again.');
  };
  if (typeof WebAssembly !== 'object') {
    glue.fatal('This browser does not run WebAssembly, which starcart needs. ' +
               'Use a current Chrome, Edge, Firefox or Safari.');
  }
  Module['printErr'] = function (text) { console.warn(text); };

  // --- 2. file intake ----------------------------------------------------------
  var SLICE = 16 << 20;
  var input = document.getElementById('file-input');
  var overlay = document.getElementById('drop-overlay');

  async function loadFiles(list) {
    var files = Array.prototype.slice.call(list || []);
    if (!files.length || !booted) return;
    Module._sc_begin_files();
    for (var i = 0; i < files.length; i++) {
      var f = files[i];
      var ptr = Module._malloc(Math.max(1, f.size));
      if (!ptr) {
        glue.fatal(f.name + ' (' + (f.size / 1e6).toFixed(0) + ' MB) does not fit in this tab\'s memory. ' +
                   'Load a smaller export (for example one year) or use the starcart command-line tool.');
        return;
      }
      for (var off = 0; off < f.size; off += SLICE) {
        var bytes = new Uint8Array(await f.slice(off, Math.min(f.size, off + SLICE)).arrayBuffer());
        HEAPU8.set(bytes, ptr + off);
      }
      var name = allocateUTF8(f.name);
      Module._sc_add_file(name, ptr, f.size);  // the engine owns ptr now
      Module._free(name);
    }
    Module._sc_end_files();
  }
  glue.loadFiles = loadFiles;

  glue.openFileDialog = function () { input.value = ''; input.click(); };
  input.addEventListener('change', function () { loadFiles(input.files); });

  function hasFiles(e) {
    return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0;
  }
  var depth = 0;
  function showOverlay(on) {
    overlay.hidden = !on;
    if (booted) Module._sc_set_dragging(on ? 1 : 0);
  }
  window.addEventListener('dragenter', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (depth++ === 0) showOverlay(true);
  });
  window.addEventListener('dragover', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', function (e) {
    if (!hasFiles(e)) return;
    if (--depth <= 0) { depth = 0; showOverlay(false); }
  });
  window.addEventListener('drop', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    showOverlay(false);
    loadFiles(e.dataTransfer.files);
  });

  // --- 3. window.starcart ----------------------------------------------------
  Object.defineProperty(window, 'starcart', {
    get: function () {
      if (!booted) return { screen: 'booting' };
      return JSON.parse(UTF8ToString(Module._sc_snapshot()));
    }
  });
  // Scripted control for tests and for links that open the demo.
  window.starcartControl = {
    openDemo: function (lines, seed) { Module._sc_open_demo(lines, seed); },
    lastCopied: function () { return Module.starcartGlue.copied || ''; },
    loadFiles: loadFiles,
    wake: function () { Module._sc_wake(); },
    showGallery: function (on) { Module._sc_show_gallery(on === false ? 0 : 1); },
    setDark: function (dark) { Module._sc_set_dark(dark ? 1 : 0); },
    // Sets the view's filter as the filter controls do (no coordinates):
    // {from: 'YYYY-MM-DD', to, countries: [], categories: [], segments: []}.
    // The next frame shows it. Returns '' when applied, else the reason.
    setFilter: function (filter) {
      var f = filter || {};
      function day(iso) {
        if (!iso) return -2147483648;  // INT_MIN: no bound
        var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        if (!m) throw new Error('setFilter: dates are YYYY-MM-DD (got ' + iso + ')');
        return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000;
      }
      var strs = [];
      function list(v) { var p = allocateUTF8((v || []).join('\n')); strs.push(p); return p; }
      var err = UTF8ToString(Module._sc_test_set_filter(day(f.from), day(f.to), list(f.countries),
                                                        list(f.categories), list(f.segments)));
      strs.forEach(function (p) { Module._free(p); });
      return err;
    }
  };

  // --- 4. downloads and clipboard --------------------------------------------
  glue.download = function (name, bytes, mime) {
    var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  };
  glue.copyText = function (text) {
    glue.copied = text;  // what the last copy put on the clipboard (tests)
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {});
  };
  // The page cannot read the clipboard when ImGui asks (Ctrl+V), so the
  // browser's paste event (Ctrl+V, the context menu) brings the text in.
  document.addEventListener('paste', function (e) {
    if (!booted || !e.clipboardData) return;
    var text = e.clipboardData.getData('text/plain');
    if (!text) return;
    var ptr = allocateUTF8(text);
    Module._sc_paste(ptr);
    Module._free(ptr);
    e.preventDefault();
  });

  // --- 5. share links --------------------------------------------------------
  var lastHash = null, lastPush = 0, linked = false;
  function openLink() {
    lastHash = location.hash;
    var p = allocateUTF8(location.hash);
    Module._sc_open_link(p);
    Module._free(p);
  }
  // The engine's link for the view on screen: a new history entry, unless it
  // only adds to the address the page was opened with, changes the theme, or
  // follows another change within a second (typing a date): then replaced.
  glue.setLink = function (hash) {
    if (hash === location.hash) { lastHash = hash; return; }
    var strip = function (h) { return (h || '').replace(/&dark\b/, ''); };
    var now = Date.now();
    var replace = !linked || lastHash !== location.hash || strip(hash) === strip(location.hash) || now - lastPush < 1000;
    history[replace ? 'replaceState' : 'pushState'](null, '', hash);
    if (!replace) lastPush = now;
    lastHash = hash;
    linked = true;
  };
  function onNavigate() { if (booted && location.hash !== lastHash) openLink(); }
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
  glue.copyLink = function (hash) {
    glue.copyText(location.href.split('#')[0] + hash);
  };
  // A rectangle of the canvas (CSS pixels) as a PNG at the screen's pixel
  // ratio, once the frame being drawn is on the canvas.
  glue.screenPng = function (name, x, y, w, h) {
    setTimeout(function () {
      var src = Module['canvas'], k = src.width / src.clientWidth;
      var c = document.createElement('canvas');
      c.width = Math.round(w * k);
      c.height = Math.round(h * k);
      c.getContext('2d').drawImage(src, Math.round(x * k), Math.round(y * k), c.width, c.height, 0, 0, c.width, c.height);
      c.toBlob(function (b) { glue.download(name, b, 'image/png'); }, 'image/png');
    }, 0);
  };

  return glue;
})();
