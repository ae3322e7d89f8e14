# The page and the wasm test runner (Emscripten only).
#   build/web/index.html + index.js + index.wasm: the app, from shell.html
#   build/wasm/starcart_tests.js: the doctest suite, run with node

set(WEB_OUT "${CMAKE_SOURCE_DIR}/build/web")
# The UI draws a few thousand shapes per frame: size matters more than speed
# there (the download budget is 1 MB gzipped), so it is built for size.
target_compile_options(starcart_ui PRIVATE -Oz)
# Dear ImGui and its GL backend: a frame's UI work is a few hundred
# microseconds; their size is not.
target_compile_options(sc_imgui PRIVATE -Oz)
target_compile_options(sc_imgui_gl PRIVATE -Oz)
# The engine's cold parts are built for size too; the hot paths stay -O3:
# reading and typing (ingest), assembling the facts, and every analysis (a
# filter change must redraw within 50 ms). Measured at 300k lines: -Os on
# the whole engine shrank the page by 145 kB gzipped but made read + type
# 2.6x slower, so it is per file. SQLite-side warehouse steps run in the
# background after the dashboard; the demo generator, report writers and
# the country tables run once; the model fits (CLV, churn, basket, forecast)
# run once per filter when their tab asks; role detection reads a sample;
# the issue-11 and operations analyses (insights, A/B readout, suppliers,
# state map, period comparison, funnel, inventory, delivery) run once per
# filter for their own tab or panel, off the filter-change frame. The file
# inspection (profile, dialect sniffer, type guesses, value shapes) reads a
# sample of the first MB; analyzer.cpp only calls the analyses (no loop of
# its own): 16 kB gzipped of the page together.
file(GLOB SC_COLD_SOURCES CONFIGURE_DEPENDS
  src/warehouse/*.cpp src/ingest/demo_*.cpp src/ingest/json_profile.cpp
  src/core/country_codes*.cpp src/core/json_writer.cpp src/analytics/report_*.cpp
  src/analytics/clv/*.cpp src/analytics/churn/*.cpp src/analytics/basket/*.cpp src/analytics/forecast/*.cpp
  src/ingest/role_detection.cpp src/ingest/header_synonyms.cpp src/ingest/layouts.cpp src/ingest/file_kinds.cpp
  src/ingest/roles.cpp src/ingest/file_profile.cpp src/ingest/csv_sniffer.cpp src/ingest/type_inference.cpp
  src/ingest/value_shapes.cpp src/analytics/analyzer.cpp
  src/analytics/insights/*.cpp src/analytics/ab/*.cpp src/analytics/ab_test.cpp src/analytics/suppliers.cpp
  src/analytics/state_map.cpp src/analytics/period_compare.cpp src/analytics/funnel.cpp src/analytics/inventory.cpp
  src/analytics/delivery.cpp src/analytics/operations.cpp src/core/state_codes*.cpp)
list(FILTER SC_COLD_SOURCES EXCLUDE REGEX "/(fact_store|fact_assembly|dataset_load_job|dataset_lookups)\\.cpp$")
set_source_files_properties(${SC_COLD_SOURCES} TARGET_DIRECTORY starcart_engine PROPERTIES COMPILE_OPTIONS -Oz)
file(GLOB WEB_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
add_executable(starcart_web ${WEB_SOURCES})
target_link_libraries(starcart_web PRIVATE starcart_ui sc_imgui_gl)
target_compile_options(starcart_web PRIVATE ${SC_WARNINGS} -Oz)
set_target_properties(starcart_web PROPERTIES
  OUTPUT_NAME index SUFFIX ".html" RUNTIME_OUTPUT_DIRECTORY "${WEB_OUT}")
set(WEB_LINK_FLAGS
  -sENVIRONMENT=web
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sMAXIMUM_MEMORY=4GB
  # Wasm memory never shrinks, so a growth's overshoot is kept for good: grow
  # by 1 % of the memory at the least (default 20 %: ~60 MB unused at the
  # 1M-line peak; 5 %: ~12 MB). Growing is cheap: the browser reserves the
  # maximum up front, and 64 MB -> 260 MB is at most ~140 grows.
  -sMEMORY_GROWTH_GEOMETRIC_STEP=0.01
  -sFILESYSTEM=0                      # fonts are compiled in; no virtual FS code
  -sDYNAMIC_EXECUTION=0               # no eval: the page's CSP forbids it
  -sABORTING_MALLOC=0                 # malloc returns 0 when memory runs out (we report it)
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_sc_begin_files,_sc_add_file,_sc_end_files,_sc_open_demo,_sc_set_dragging,_sc_wake,_sc_snapshot,_sc_show_gallery,_sc_set_dark,_sc_paste,_sc_test_set_filter
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,allocateUTF8
  -sMINIFY_HTML=0
  # ImGui's built-in font is never used (src/platform/web/no_default_font.cpp)
  -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig
  --shell-file "${CMAKE_SOURCE_DIR}/shell.html"
  --pre-js "${CMAKE_SOURCE_DIR}/web/glue.js")
# -Os at link: binaryen optimises the whole module for size (~15 kB gzipped
# less than -O3); the hot loops keep the -O3 code clang gave them.
target_link_options(starcart_web PRIVATE ${WEB_LINK_FLAGS} -Oz)
set_property(TARGET starcart_web APPEND PROPERTY LINK_DEPENDS
  "${CMAKE_SOURCE_DIR}/shell.html" "${CMAKE_SOURCE_DIR}/web/glue.js")

# The doctest suite as wasm under node: catches 32-bit size_t and toolchain
# differences (no float from_chars in this libc++).
target_compile_options(starcart_tests PRIVATE -fexceptions)
target_link_options(starcart_tests PRIVATE
  -fexceptions -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
  -sEXIT_RUNTIME=1 -sTOTAL_STACK=4MB)

# The analytics benchmark as wasm under node (issue 6): the browser's figures
# without a browser. Run: (cd build/wasm && node --no-experimental-fetch analytics_bench.js)
add_executable(analytics_bench bench/analytics_bench.cpp)
target_link_libraries(analytics_bench PRIVATE starcart_engine)
target_link_options(analytics_bench PRIVATE
  -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sEXIT_RUNTIME=1)

# The insights benchmark under node (issue 11): what the Insights panel and the
# Compare tab cost in wasm (node --no-experimental-fetch build/wasm/insights_bench.js).
add_executable(insights_bench bench/insights_bench.cpp)
target_link_libraries(insights_bench PRIVATE starcart_engine)
target_link_options(insights_bench PRIVATE
  -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sEXIT_RUNTIME=1)

# The ingest benchmark as a node program: build/wasm/ingest_bench.js, run with
# node --no-experimental-fetch ingest_bench.js (prints MB/s in wasm).
add_executable(ingest_bench "${CMAKE_SOURCE_DIR}/bench/ingest_bench.cpp")
target_link_libraries(ingest_bench PRIVATE starcart_engine)
target_link_options(ingest_bench PRIVATE
  -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sEXIT_RUNTIME=1)

# The warehouse benchmark under node: fact rows per second into SQLite in wasm
# (node --no-experimental-fetch build/wasm/warehouse_bench.js).
add_executable(warehouse_bench bench/warehouse_bench.cpp)
target_link_libraries(warehouse_bench PRIVATE starcart_engine)
target_link_options(warehouse_bench PRIVATE
  -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sEXIT_RUNTIME=1)

# --- share & offline (issue 8) ------------------------------------------------
# After linking: the version stamp (index.js, sw.js, version.txt) and the
# single-file build build/web/starcart.html (scripts/package-web.mjs).
find_program(NODE_EXECUTABLE node REQUIRED)
add_custom_command(TARGET starcart_web POST_BUILD
  COMMAND "${NODE_EXECUTABLE}" "${CMAKE_SOURCE_DIR}/scripts/package-web.mjs" "${WEB_OUT}" "${PROJECT_VERSION}"
  COMMENT "Version stamp, service worker and single-file build (build/web/starcart.html)")
set_property(TARGET starcart_web APPEND PROPERTY LINK_DEPENDS
  "${CMAKE_SOURCE_DIR}/web/sw.js" "${CMAKE_SOURCE_DIR}/scripts/package-web.mjs")
# The state maps are copied beside the page by package-web.mjs (issue 11).
set_property(TARGET starcart_web APPEND PROPERTY LINK_DEPENDS
  "${CMAKE_SOURCE_DIR}/assets/states-us.bin" "${CMAKE_SOURCE_DIR}/assets/states-br.bin")
