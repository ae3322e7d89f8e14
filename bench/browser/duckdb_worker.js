// DuckDB-WASM's own eh worker, loaded unchanged after the wasm-memory probe
// (measurement only) so the benchmark can read the worker's wasm memory.
importScripts('/bench/wasm_memory.js');
importScripts('/deps/duckdb-wasm/dist/duckdb-browser-eh.worker.js');
