// Measurement only: remembers every WebAssembly.Memory a page or worker
// creates or imports, so the benchmark can read the wasm memory of any engine
// (starcart's page, DuckDB's worker, sql.js) the same way. Loaded before the
// engine (an init script for pages, importScripts in the DuckDB worker);
// it wraps WebAssembly.Memory and instantiate(Streaming) without changing
// what they do.
(function () {
  'use strict';
  if (self.__benchWasmMemoryBytes) return;
  var memories = new Set();
  // Memories made in JS (imported by the module: Emscripten's dynamic
  // linking does this). The import objects themselves are not inspected:
  // some are proxies that create symbols when read.
  var NativeMemory = WebAssembly.Memory;
  function Memory(descriptor) {
    var m = new NativeMemory(descriptor);
    memories.add(m);
    return m;
  }
  Memory.prototype = NativeMemory.prototype;  // instanceof keeps working
  WebAssembly.Memory = Memory;
  // Memories a module makes and exports.
  function scanResult(result) {
    var instance = result && result.instance ? result.instance : result;
    if (instance && instance.exports) {
      Object.keys(instance.exports).forEach(function (name) {
        if (instance.exports[name] instanceof WebAssembly.Memory) memories.add(instance.exports[name]);
      });
    }
    return result;
  }
  var instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function () {
    return instantiate.apply(this, arguments).then(scanResult);
  };
  var streaming = WebAssembly.instantiateStreaming;
  if (streaming) {
    WebAssembly.instantiateStreaming = function () {
      return streaming.apply(this, arguments).then(scanResult);
    };
  }
  // Current size of all wasm memories (a wasm memory never shrinks, so this
  // is also its peak).
  self.__benchWasmMemoryBytes = function () {
    var total = 0;
    memories.forEach(function (m) { total += m.buffer.byteLength; });
    return total;
  };
})();
