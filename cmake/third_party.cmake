# Third-party libraries, compiled from the pinned sources that scripts/deps
# fetched into .deps/ (nothing third-party is committed). Their warnings are
# theirs: compile them with warnings off and include them as SYSTEM.

set(DEPS_DIR "${CMAKE_SOURCE_DIR}/.deps")
foreach(dep imgui/imgui.cpp simdjson/singleheader/simdjson.cpp sqlite/sqlite3.c)
  if(NOT EXISTS "${DEPS_DIR}/${dep}")
    message(FATAL_ERROR "${DEPS_DIR}/${dep} is missing: run scripts/deps first")
  endif()
endforeach()

# --- SQLite ------------------------------------------------------------------
add_library(sc_sqlite STATIC "${DEPS_DIR}/sqlite/sqlite3.c")
target_include_directories(sc_sqlite SYSTEM PUBLIC "${DEPS_DIR}/sqlite")
target_compile_definitions(sc_sqlite PRIVATE
  SQLITE_THREADSAFE=0            # single-threaded page and CLI
  SQLITE_DEFAULT_MEMSTATUS=0
  SQLITE_DQS=0                   # double quotes are identifiers, never strings
  SQLITE_OMIT_LOAD_EXTENSION
  SQLITE_OMIT_DEPRECATED
  SQLITE_OMIT_SHARED_CACHE
  SQLITE_LIKE_DOESNT_MATCH_BLOBS
  SQLITE_ENABLE_MATH_FUNCTIONS   # ln(), sqrt()... in the SQL console
  SQLITE_DEFAULT_FOREIGN_KEYS=0
  SQLITE_TEMP_STORE=3            # sorts and temp tables in memory: the page has no file system
  )
if(EMSCRIPTEN)
  # In the page SQLite only ever holds in-memory databases; size matters more
  # than speed for the parts we rarely run.
  target_compile_options(sc_sqlite PRIVATE -Oz)
  target_compile_definitions(sc_sqlite PRIVATE SQLITE_OMIT_WAL SQLITE_MAX_MMAP_SIZE=0
    # APIs the engine never calls and the console cannot reach (the download
    # budget is 1 MB gzipped); the wasm doctest suite runs with the same set.
    SQLITE_OMIT_UTF16 SQLITE_OMIT_COMPLETE SQLITE_OMIT_TRACE SQLITE_OMIT_GET_TABLE
    SQLITE_OMIT_TCL_VARIABLE SQLITE_OMIT_INCRBLOB SQLITE_UNTESTABLE
    # The JSON SQL functions (json_extract...): the engine never uses them and
    # the warehouse holds no JSON column; ~15 kB gzipped of the page.
    SQLITE_OMIT_JSON)
endif()
target_compile_options(sc_sqlite PRIVATE -w)

# --- simdjson ----------------------------------------------------------------
add_library(sc_simdjson STATIC "${DEPS_DIR}/simdjson/singleheader/simdjson.cpp")
target_include_directories(sc_simdjson SYSTEM PUBLIC "${DEPS_DIR}/simdjson/singleheader")
target_compile_definitions(sc_simdjson PUBLIC SIMDJSON_EXCEPTIONS=0 SIMDJSON_THREADS_ENABLED=0)
target_compile_options(sc_simdjson PRIVATE -w)
if(EMSCRIPTEN)
  # The page reads CSV far more than JSON; simdjson's compiled part is large
  # (the download budget is 1 MB gzipped), the hot parsing is inlined from
  # its header into our JSON readers, which keep -O3.
  target_compile_options(sc_simdjson PRIVATE -Oz)
endif()

# --- Dear ImGui ----------------------------------------------------------------
set(IMGUI_DIR "${DEPS_DIR}/imgui")
add_library(sc_imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp"
  "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/imgui_widgets.cpp")
target_include_directories(sc_imgui SYSTEM PUBLIC "${IMGUI_DIR}")
target_compile_definitions(sc_imgui PUBLIC
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS
  "ImDrawIdx=unsigned int")      # 32-bit indices: maps and big scatters exceed 64k vertices
target_compile_options(sc_imgui PRIVATE -w)

if(EMSCRIPTEN)
  add_library(sc_imgui_gl STATIC "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(sc_imgui_gl SYSTEM PUBLIC "${IMGUI_DIR}/backends")
  target_compile_definitions(sc_imgui_gl PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(sc_imgui_gl PUBLIC sc_imgui)
  target_compile_options(sc_imgui_gl PRIVATE -w)
endif()

# --- doctest (Debian's doctest-dev) ----------------------------------------
find_path(DOCTEST_INCLUDE_DIR doctest.h PATHS /usr/include/doctest NO_DEFAULT_PATH
          NO_CMAKE_FIND_ROOT_PATH)
if(NOT DOCTEST_INCLUDE_DIR)
  message(FATAL_ERROR "doctest.h not found in /usr/include/doctest: run scripts/deps")
endif()
add_library(sc_doctest INTERFACE)
# Only doctest's own folder: all of /usr/include must never reach em++.
target_include_directories(sc_doctest SYSTEM INTERFACE "${DOCTEST_INCLUDE_DIR}")
