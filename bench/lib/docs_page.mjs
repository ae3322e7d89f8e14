// docs/benchmarks.md: how the benchmark works, then the latest full run's
// tables (written by `scripts/bench` after a full run; do not edit by hand).
import { markdown } from './summary.mjs';

export function docsPage(results) {
  return `# Benchmarks: starcart vs DuckDB-WASM and sql.js

starcart claims to be the fastest way from a shop export to a dashboard in a
browser. This page holds the latest full run of the harness that tests the
claim against the engines a user would pick instead, on the same files, in
one headless Chromium session. Rerun it with:

\`\`\`
scripts/bench            # full: 100k and 1M lines, 3 runs, rewrites this page
scripts/bench --smoke    # 10k lines, one run (part of scripts/test)
\`\`\`

Results of every run land in \`bench/results/\` (ignored by git) as JSON and
Markdown; this page is rewritten only by a full run whose figures agree.

## What is measured

- **Data**: \`starcart demo --lines N --seed ${results.seed} --format online-retail\`
  (the UCI Online Retail layout, with guests, cancellations, stock
  adjustments and exact duplicates), 100,000 and 1,000,000 lines.
- **Serving**: everything comes from a local static server on 127.0.0.1
  (\`build/bench/site\`, links to \`build/web\`, \`bench/browser\` and the pinned
  packages in \`.deps\`). Every request of every page and worker is
  recorded; one to any other host fails the run (and Chromium resolves no
  other host name).
- **Each run** uses a fresh browser context; the engine boots first (its boot
  time is reported separately), then the CSV is picked with the page's file
  input (\`page.setInputFiles\`), and the clock runs from the input's
  \`change\` event to the end of the first animation frame that shows the
  dashboard with its figures. Steps are the median of the runs.
- **starcart** (\`build/web\`, the real page) first shows its import screen
  (detected layout, the role of every column, a preview); the harness then
  presses Build with the mouse, as a user who accepts the mapping does. Time
  to dashboard = change event to the import screen drawn + Build press to
  the dashboard drawn: the time a person spends reading the mapping is not
  counted. read = the file's bytes copied into the wasm heap; inspect = the
  detection until the import screen is drawn; load = the page's own \`timings.load_ms\` (parse, typed
  columns, facts: one job); analyses = \`timings.report_ms\` (the whole
  report); first draw = the rest, until the frame that drew it. The SQLite
  star schema is then filled in the background; its time is reported apart.
  Figures are read from \`window.starcart\`; the cohort matrix and RFM
  segments are compared and required in the dashboard as soon as the report
  carries \`cohorts\` and \`rfm\` sections.
- **DuckDB-WASM** (eh bundle, in its worker): the \`File\` is registered
  (\`BROWSER_FILEREADER\`), \`read_csv\` with the column types given loads a
  table, then the same rules as starcart in SQL
  (\`bench/browser/analysis_sql.js\`): facts (exact duplicates once, excluded
  lines dropped, returns), KPIs, monthly revenue, cohort retention matrix,
  RFM with the tie-safe score 1 + ⌊5 × worse / N⌋ capped at 5, segments.
  The peers draw the same four things with Canvas 2D (\`bench/browser/draw.js\`).
- **sql.js**: \`File.text()\`, papaparse, one prepared \`INSERT\` in one
  transaction (values converted while binding: integer quantity, price in
  1/10,000, ISO date), then the same SQL.
- **Agreement first**: after the first run of each size, revenue, orders,
  customers, AOV, units and return value, the monthly series, the cohort
  matrix and the RFM segment counts and revenue must be identical between the
  engines that produce them (money compared in cents), and starcart's page
  must equal \`starcart report --json\` on the same file. Sections starcart
  does not produce yet are listed as not compared, never as agreeing.
- **Filter changes** (starcart, largest size, after SQLite is ready and the
  page is idle): \`window.starcartControl.setFilter\` sets the view's filter
  through \`App::set_filter\` (the path the filter controls use, no
  coordinates); the time runs to the end of the next frame.
- **Memory**: wasm memory (every \`WebAssembly.Memory\` of the page and its
  workers, \`bench/browser/wasm_memory.js\`), the page's JS heap after a forced
  GC, and the renderer process's peak resident set from \`/proc\` (its growth
  after boot is what the data cost). DuckDB's worker JS heap is not reachable
  from the page; the renderer figure includes it.
- **Download**: every file each engine's page fetched (harness files
  excluded), raw and gzip -9.
- **Native**: \`starcart report FILE --json --timings\` and \`starcart build\`,
  timed from outside.

## Latest full run

${markdown(results)}
`;
}
