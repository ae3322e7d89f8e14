// The browser side of starcart, bundled into the page's JS (--pre-js).
// Contents:
//   1. boot: loading state, readable errors when WebAssembly cannot run
//   2. file intake: the picker and drops anywhere on the page, with an
//      overlay; files are copied into the wasm heap in slices, so a big file
//      never needs two whole copies in JS memory
//   3. window.starcart: a JSON snapshot of what is on screen (tests, scripts)
//   4. downloads and the clipboard (copy, and paste into text fields)
//   5. share links: the address's hash follows the view; back/forward and
//      edited addresses reopen a view (the engine parses, ui/view_link.h);
//      PNG of a screen rectangle
//   6. offline: the service worker (hosted build only)
//   7. saved workspace (opt-in): the files and the last view in IndexedDB
'use strict';

Module['canvas'] = document.getElementById('canvas');

Module.starcartGlue = (function () {
  var glue = {};
  var booted = false;
  var VERSION = '__STARCART_VERSION__';  // stamped after linking (scripts/package-web.mjs)
  var status = document.getElementById('boot');

  // --- 1. boot -----------------------------------------------------------------
  glue.fatal = function (message) {
    if (!status) return;
    status.hidden = false;
    status.classList.add('error');
    status.querySelector('.message').textContent = message;
    var reload = status.querySelector('.reload');
    reload.hidden = false;
    reload.onclick = function () { location.reload(); };
    reload.focus();
  };
  glue.ready = function () {
    booted = true;
    watchHeapGrowth();
    if (status) status.hidden = true;
    document.documentElement.dataset.ready = '1';
    document.documentElement.dataset.version = VERSION;
    callWithText(Module._sc_set_version, VERSION);
    registerWorker();
    if (location.hash.length <= 1) reopenWorkspace();
    else workspaceState();
    // #demo&lines=..&seed=.. opens the demo shop, #data=FINGERPRINT waits
    // for those files, #gallery shows the chart kit; &dark the dark theme.
    if (location.hash.length > 1) openLink();
    else lastHash = location.hash;
  };
  // Out of memory. The heap may grow to 4 GB, but a browser can refuse long
  // before (phones, a busy machine), which no estimate made before a load can
  // know; the engine then stops (allocation failure aborts the module). The
  // refusal is recorded where the heap grows, so the stop is explained as
  // what it is, with the files being worked on, and the page offers a reload.
  var refusedAt = 0;
  function watchHeapGrowth() {
    if (typeof wasmMemory !== 'object' || !wasmMemory) return;
    var memory = wasmMemory, grow = memory.grow;
    memory.grow = function (pages) {
      try { return grow.call(memory, pages); } catch (e) { refusedAt = memory.buffer.byteLength; throw e; }
    };
  }
  function megabytes(n) { return (n / 1e6).toFixed(0) + ' MB'; }
  Module['onAbort'] = function (what) {
    var heap = typeof HEAPU8 === 'object' ? HEAPU8.length : 0;
    var full = refusedAt > 0 || heap >= 4294967296 - (64 << 20);
    if (!full) {
      glue.fatal('starcart stopped: ' + what + '. Reload the page to start again.');
      return;
    }
    var files = (lastFiles || []).map(function (f) { return f.name + ' (' + megabytes(f.size) + ')'; }).join(', ');
    glue.fatal('starcart ran out of memory: this browser would not give the page more than ' +
               megabytes(refusedAt || heap) + (files ? ' while working on ' + files : '') + '. ' +
               'Nothing was uploaded and your files are unchanged. Reload the page, then load a shorter period ' +
               '(for example one year of orders), or use the starcart command-line tool, which reads files of any size.');
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

  function callWithText(fn, text) {
    var p = allocateUTF8(text);
    var r = fn(p);
    Module._free(p);
    return r;
  }
  glue.notice = function (text) { callWithText(Module._sc_notice, text); };

  async function loadFiles(list) {
    var files = Array.prototype.slice.call(list || []);
    if (!files.length || !booted) return;
    // Refuse what cannot fit before copying anything (ui/memory_budget.h).
    var total = files.reduce(function (a, f) { return a + f.size; }, 0);
    var refusal = UTF8ToString(Module._sc_check_load(total));
    if (refusal) { glue.notice(refusal); return; }
    Module._sc_begin_files();
    lastFiles = files;
    for (var i = 0; i < files.length; i++) {
      var f = files[i];
      var ptr = Module._malloc(Math.max(1, f.size));
      if (!ptr) {
        Module._sc_begin_files();  // lets go of the files copied so far
        glue.notice(f.name + ' (' + (f.size / 1e6).toFixed(0) + ' MB) does not fit in this tab\'s memory. ' +
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
    return true;
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

  // Static files beside the page that the engine asks for when it needs them
  // (a state map's shapes: states-us.bin). The single-file build carries
  // them inline (Module.starcartAssets, base64); the hosted one fetches them
  // (the service worker keeps them for offline visits).
  glue.fetchAsset = function (name) {
    var inline = Module.starcartAssets && Module.starcartAssets[name];
    var got = inline
      ? Promise.resolve(Uint8Array.from(atob(inline), function (c) { return c.charCodeAt(0); }))
      : fetch(name).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (b) { return new Uint8Array(b); });
    got.then(function (bytes) { deliverAsset(name, bytes, ''); },
             function (e) { deliverAsset(name, new Uint8Array(0), String((e && e.message) || e)); });
  };
  function deliverAsset(name, bytes, error) {
    var ptr = Module._malloc(Math.max(1, bytes.length));
    if (!ptr) { bytes = new Uint8Array(0); error = 'out of memory'; }
    else HEAPU8.set(bytes, ptr);
    var n = allocateUTF8(name), e = allocateUTF8(error);
    Module._sc_asset(n, ptr, bytes.length, e);
    Module._free(n);
    Module._free(e);
    if (ptr) Module._free(ptr);
  }

  // --- 5. share links --------------------------------------------------------
  var lastHash = null, lastPush = 0, linked = false;
  function openLink() {
    lastHash = location.hash;
    callWithText(Module._sc_open_link, location.hash);
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
    keepView(hash);
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

  // --- 6. offline: the service worker of the hosted build (web/sw.js) ------------
  // Not from file:// nor in the single-file build, which need no server.
  function registerWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol) || Module.starcartSingleFile) return;
    var had = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (had) glue.notice('A new version of starcart was installed. Reload the page to use it.');
      had = true;
    });
    navigator.serviceWorker.register('sw.js').catch(function (e) {
      console.warn('starcart: no offline copy (' + e.message + ')');
    });
  }

  // --- 7. saved workspace --------------------------------------------------------
  // Opt-in ("Remember this dataset"): the files, as the browser's File
  // objects (IndexedDB keeps their bytes), the import choices they were
  // built with (roles the user corrected, the date order), and the view's
  // link, which is updated as the view changes. The next visit without a
  // link reopens them.
  // The demo keeps only its link. "Forget" deletes both.
  var lastFiles = [], saved = null;  // saved: {link, files} as stored
  function dataset(link) { return (link || '').split('&tab=')[0]; }
  function idb(mode, fn) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('starcart', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('workspace'); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var db = open.result, tx = db.transaction('workspace', mode), req = fn(tx.objectStore('workspace'));
        tx.oncomplete = function () { db.close(); resolve(req.result); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error || req.error); };
      };
    });
  }
  function workspaceState() {
    var here = dataset(location.hash);
    Module._sc_set_workspace(typeof indexedDB === 'object' ? 1 : 0, saved && here && dataset(saved.link) === here ? 1 : 0);
  }
  function keepView(hash) {
    if (saved && dataset(saved.link) === dataset(hash) && saved.link !== hash) {
      saved.link = hash;
      idb('readwrite', function (s) { return s.put(hash, 'link'); }).catch(function () {});
    }
    if (typeof indexedDB === 'object') workspaceState();
  }
  glue.remember = function (on) {
    if (!on) {
      return idb('readwrite', function (s) { return s.clear(); }).then(function () {
        saved = null;
        workspaceState();
        glue.notice('The saved dataset was deleted from this browser.');
      });
    }
    var demo = /^#demo/.test(location.hash);
    var entry = { link: location.hash, files: demo ? [] : lastFiles,
                  choices: demo ? '' : UTF8ToString(Module._sc_import_choices()) };
    var size = entry.files.reduce(function (a, f) { return a + f.size; }, 0);
    return idb('readwrite', function (s) {
      s.put(entry.files, 'files');
      s.put(entry.choices, 'choices');
      return s.put(entry.link, 'link');
    })
      .then(function () { saved = entry; workspaceState(); glue.notice('This dataset will reopen on your next visit. "Forget" in the Share menu deletes it.'); },
        function (e) {
          glue.notice(e && e.name === 'QuotaExceededError'
            ? 'This browser has no room to keep these files (' + (size / 1e6).toFixed(1) + ' MB), so nothing was stored. Free some space, or open the files again next time.'
            : 'The dataset could not be stored in this browser: ' + (e && e.message));
        });
  };
  function reopenWorkspace() {
    if (typeof indexedDB !== 'object') return;
    Promise.all([idb('readonly', function (s) { return s.get('link'); }), idb('readonly', function (s) { return s.get('files'); }),
                 idb('readonly', function (s) { return s.get('choices'); })])
      .then(function (v) {
        if (!v[0]) { workspaceState(); return; }
        saved = { link: v[0], files: v[1] || [], choices: v[2] || '' };
        history.replaceState(null, '', saved.link);
        openLink();
        workspaceState();
        if (saved.files.length) {
          loadFiles(saved.files).then(function (ok) { if (ok) callWithText(Module._sc_build_imported, saved.choices); });
        }
      }, function () { workspaceState(); });
  }
  glue.forgetAll = function () { return glue.remember(false); };

  return glue;
})();
