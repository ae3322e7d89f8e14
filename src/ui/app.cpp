#include "ui/app.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "analytics/report_html.h"
#include "analytics/report_tables.h"
#include "core/format.h"
#include "core/hash.h"
#include "warehouse/csv_export.h"
#include "warehouse/masked_export.h"
#include "warehouse/schema_info.h"
#include "ui/charts/canvas.h"
#include "ui/charts/value_format.h"
#include "ui/fonts.h"
#include "ui/import_choices.h"
#include "ui/pii_mask.h"
#include "ui/panels/card.h"
#include "ui/panels/supplier_table.h"
#include "ui/rejected_rows.h"
#include "ui/select_only.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

// Contents: 1. screens and files  2. figures  3. keyboard  4. drawing  5. the frame

const char* screen_name(Screen s) {
  switch (s) {
    case Screen::kStart: return "start";
    case Screen::kImport: return "import";
    case Screen::kLoading: return "loading";
    case Screen::kDashboard: return "dashboard";
    case Screen::kError: return "error";
    case Screen::kGallery: return "gallery";
  }
  return "start";
}

App::App(PlatformServices& platform)
    : platform_(platform),
      mask_key_(hash_combine(static_cast<uint64_t>(now_ms() * 1000), reinterpret_cast<uintptr_t>(this))) {}

// --- 1. screens and files ----------------------------------------------------------

Screen App::screen() const {
  if (view_.gallery) return Screen::kGallery;
  if (session_.state() == Session::State::kLoading) return Screen::kLoading;
  if (import_ && import_visible_) return Screen::kImport;
  switch (session_.state()) {
    case Session::State::kReady: return Screen::kDashboard;
    case Session::State::kFailed: return Screen::kError;
    default: return Screen::kStart;
  }
}

void App::open_files(std::vector<OwnedFile> files) {
  if (files.empty()) return;
  import_ = plan_import(std::move(files));
  import_visible_ = true;
  view_.gallery = false;
}

void App::build_from_import() {
  if (!import_ || !import_->ready()) return;
  std::vector<OwnedFile> files;
  std::vector<std::optional<FileProfile>> profiles;
  for (ImportFile& f : import_->files) {
    if (!f.profile) continue;
    // The bytes move to the session, which frees each file once it is read:
    // the page never holds a file, its table and the facts at once. Cancel
    // before that gives them back to the plan.
    files.push_back(OwnedFile{f.file.name, std::exchange(f.file.bytes, FileBytes{})});
    profiles.push_back(f.profile);
  }
  import_choices_ = starcart::import_choices(*import_);
  CsvLoadOptions options;
  options.date_order = import_->date_order;
  std::string title = files.size() == 1 ? files[0].name : std::to_string(files.size()) + " files";
  const bool dark = view_.dark, mask = view_.mask_pii;
  view_ = ViewState{};
  view_.dark = dark;
  view_.mask_pii = mask;
  analyzer_.reset();  // it points into the store the session is about to drop
  session_.load(std::move(files), std::move(title), std::move(profiles), std::move(options));
  import_visible_ = false;
  report_valid_ = false;
  first_drawn_ = false;
}

void App::build_imported(const std::string& choices) {
  if (import_ && !choices.empty()) apply_import_choices(*import_, choices);
  build_from_import();
}

void App::open_demo(int64_t lines, uint64_t seed) {
  DemoOptions o;
  o.lines = lines;
  o.seed = seed;
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{demo_file_name(o), FileBytes::from_string(generate_demo_csv(o))});
  import_.reset();
  import_visible_ = false;
  import_choices_.clear();
  const bool dark = view_.dark, mask = view_.mask_pii;
  view_ = ViewState{};
  view_.dark = dark;
  view_.mask_pii = mask;
  std::string title = files[0].name;
  analyzer_.reset();
  session_.load(std::move(files), std::move(title));
  report_valid_ = false;
  first_drawn_ = false;
  view_.demo = true;
  view_.demo_lines = lines;
  view_.demo_seed = seed;
}

void App::reclaim_import_files() {
  if (!import_) return;
  std::vector<OwnedFile> back = session_.take_unread_files();
  size_t k = 0;
  for (ImportFile& f : import_->files)
    if (f.profile && k < back.size()) f.file.bytes = std::move(back[k++].bytes);
  if (back.empty()) import_.reset();
}

void App::cancel_load() {
  // The job is dropped with the session. The import plan takes its files back
  // while none was freed yet; later the start screen is the way back.
  analyzer_.reset();
  reclaim_import_files();
  session_.reset();
  report_valid_ = false;
  import_visible_ = import_.has_value();
  view_.demo = false;
}

const charts::geo::WorldGeometry* App::world() {
  if (!world_ && world_error_.empty()) {
    auto w = charts::geo::build_world_geometry(charts::geo::world_atlas_asset());
    if (w) world_ = std::make_unique<charts::geo::WorldGeometry>(std::move(*w));
    else world_error_ = w.error().message;
  }
  return world_.get();
}

// --- 2. figures -------------------------------------------------------------------

void App::set_filter(Filter filter) {
  // refresh_report() sees the change on the next frame and recomputes.
  view_.filter = std::move(filter);
}

void App::refresh_report() {
  if (!session_.has_store()) return;
  const FactStore& store = session_.store();
  const bool new_data = !report_valid_ || report_generation_ != session_.generation();
  if (new_data) {
    facets_ = compute_facets(store);
    analyzer_ = std::make_unique<Analyzer>(store);
    fingerprint_ = dataset_fingerprint(store);
    warehouse_tables_.clear();
    settle_link();
  }
  if (!new_data && filters_equal(report_filter_, view_.filter)) return;
  const double t0 = now_ms();
  analyzer_->set_filter(view_.filter);
  computed_tabs_ = loading_shown_ = 0;
  clv_fitted_ = false;
  snapshot_report_valid_ = false;
  ++figures_version_;
  if (new_data) context_valid_ = false;
  compute_tab(view_.tab);  // only what the visible tab shows
  report_ms_ = now_ms() - t0;
  report_filter_ = view_.filter;
  report_valid_ = true;
  report_generation_ = session_.generation();
  recomputed_ = true;
}

// The Overview trend's context: the monthly series of the filter without its
// date range, for the customers the filter keeps when it has segments or a
// cohort (a segment's trend, not the shop's: ranked in the date range, so
// the range's months are the overview's own). With no date range it is the
// overview's own series.
void App::refresh_context() {
  // With customer filters the customers depend on the dates too.
  const Filter dateless = without_dates(view_.filter);
  const Filter context = view_.filter.has_customer_filter() ? view_.filter : dateless;
  if (context_valid_ && filters_equal(context, context_filter_)) return;
  if (filters_equal(dateless, analyzer_->filter()))
    context_ = analyzer_->overview().monthly;
  else
    context_ = monthly_series(analyzer_->index(),
                              lines_of_kept_customers(analyzer_->index(), analyzer_->slice(), line_filters(dateless)));
  context_filter_ = context;
  context_valid_ = true;
}

void App::compute_tab(Tab tab) {
  const uint32_t bit = 1u << static_cast<unsigned>(tab);
  if (!analyzer_ || (computed_tabs_ & bit)) return;
  computed_tabs_ |= bit;
  const double t0 = now_ms();
  switch (tab) {
    case Tab::kOverview:
      analyzer_->overview();
      refresh_context();
      break;
    case Tab::kCustomers: analyzer_->customers(); break;
    case Tab::kCohorts: analyzer_->cohorts(); break;
    case Tab::kProducts:
      analyzer_->products();
      analyzer_->suppliers();
      // "Bought together" (issue 10) comes in a frame of its own on big data (products_basket).
      analyzer_->set_basket_options(basket_options_of(view_.options));
      break;
    case Tab::kGeography: analyzer_->geography(); break;
    case Tab::kTrends:
      analyzer_->trends();
      analyzer_->forecast();  // its anomaly flags mark the series
      break;
    case Tab::kReturns: analyzer_->returns(); break;
    case Tab::kPayments: analyzer_->payments(); break;
    case Tab::kCompare:
      analyzer_->set_compare_request(compare_request_of(view_.options));
      analyzer_->comparison();
      break;
    case Tab::kExperiments: analyzer_->experiment(); break;
    case Tab::kOperations: analyzer_->operations(); break;
    case Tab::kMarketing: analyzer_->marketing(); break;
    case Tab::kPredict:  // the model fits (issue 10): only when the Predict tab is on screen
      // (the CLV fit runs in steps over the next frames: draw_model_tabs)
      analyzer_->customers();  // RFM segments for the segment x CLV table
      if (!defer_slow_parts()) {  // on big data, one model per frame (predict_model_step)
        analyzer_->churn();
        analyzer_->forecast();
      }
      break;
    default: break;
  }
  // The figures' time in this frame: the selection (refresh_report) plus the tab's sections.
  report_ms_ = (recomputed_ ? report_ms_ : 0) + (now_ms() - t0);
  recomputed_ = true;
}

// The dashboard's fourteen tabs need about 80 em at the theme's frame
// padding: at 1,024 px every label was cut ("Overvie…", "Compar…"). The tab
// bar and its tabs take a narrower padding (ImGui reads it in BeginTabBar
// for drawing the labels and in BeginTabItem for their widths), so they fit.
static ImVec2 tab_padding() { return ImVec2(0.4f * em(), ImGui::GetStyle().FramePadding.y); }

static bool begin_tab_item(const char* label, ImGuiTabItemFlags flags) {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tab_padding());
  const bool open = ImGui::BeginTabItem(label, nullptr, flags);
  ImGui::PopStyleVar();
  return open;
}

// A tab with its scrolling child; true while it is the selected one.
bool App::draw_tab(const char* label, const char* id, Tab tab, float height, bool& loading) {
  // From this many lines a tab's sections take long enough to show a loading state first.
  constexpr size_t kLoadingStateLines = 200000;
  const ImGuiTabItemFlags flags = tab_request_ && *tab_request_ == tab ? ImGuiTabItemFlags_SetSelected : 0;
  const bool open = begin_tab_item(label, flags);
  probe_item(std::string("tab.") + tab_key(tab));
  loading = false;
  if (open) {
    view_.tab = tab;
    const uint32_t bit = 1u << static_cast<unsigned>(tab);
    if (tab != Tab::kData && !(computed_tabs_ & bit) && !(loading_shown_ & bit) &&
        session_.store().lines() >= kLoadingStateLines) {
      loading_shown_ |= bit;
      loading = tab_pending_ = true;
    } else {
      compute_tab(tab);
    }
    ImGui::BeginChild(id, ImVec2(0, height - ImGui::GetFrameHeightWithSpacing()), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground);
  }
  return open;
}

// --- insights and the Compare tab (issue 11) ---------------------------------------

bool App::defer_slow_parts() const {
  // From this many lines, a panel's slow part waits for a frame of its own.
  constexpr size_t kDeferLines = 200000;
  return session_.store().lines() >= kDeferLines;
}

const Insights* App::overview_insights() {
  // Big data: the frame that recomputed the figures shows the panel loading;
  // the insights come in the next frame (then cached for the filter).
  if (!analyzer_) return nullptr;
  if (!analyzer_->insights_ready() && recomputed_ && defer_slow_parts()) {
    tab_pending_ = true;  // one more frame
    return nullptr;
  }
  const bool fresh = !analyzer_->insights_ready();
  const Insights& in = analyzer_->insights();
  if (fresh) insights_ms_ = in.compute_ms;
  return &in;
}

const basket::Basket* App::products_basket() {
  // Big data: the counting (~50 ms native, more in wasm at 1M lines) comes in
  // the frame after the one that recomputed the tab's figures, so a filter
  // change redraws the products at once; then cached for the filter.
  if (!analyzer_->basket_ready() && recomputed_ && defer_slow_parts()) {
    tab_pending_ = true;  // one more frame
    return nullptr;
  }
  analyzer_->set_basket_options(basket_options_of(view_.options));
  return &analyzer_->basket();
}

void App::apply_insight(const Insight& chosen) {
  const Insight in = chosen;  // the analyzer's results go with the filter change
  if (auto tab = tab_from_key(in.link.tab)) {
    view_.tab = *tab;
    tab_request_ = *tab;
  }
  view_.filter = in.link.filter;
  view_.date_preset = in.link.filter.from || in.link.filter.to ? DatePreset::kCustom : DatePreset::kAll;
  for (const auto& [k, v] : in.link.options) view_.options[k] = v;
  filter_changed_ = true;
}

void App::draw_compare_tab(float content_h) {
  bool loading = false;
  if (!draw_tab("Compare", "compare", Tab::kCompare, content_h, loading)) return;
  if (loading) {
    charts::chart_placeholder("compare.loading", ImGui::GetContentRegionAvail(), charts::ChartStatus::kLoading, "");
  } else {
    analyzer_->set_compare_request(compare_request_of(view_.options));
    const CompareAction a = compare_.draw(analyzer_->comparison(), view_.options, view_.filter, session_.store().currency_symbol);
    if (a.options_changed) {
      analyzer_->set_compare_request(compare_request_of(view_.options));
      snapshot_report_valid_ = false;
    }
    if (a.filter_changed) filter_changed_ = true;
    if (!a.product.empty()) {  // no product filter: the product on the Products tab, found by its SKU
      products_.set_search(a.product);
      tab_request_ = Tab::kProducts;
    }
  }
  ImGui::EndChild();
  ImGui::EndTabItem();
}

// --- share links (issue 8) ------------------------------------------------------------

void App::open_link(const std::string& hash) {
  auto parsed = parse_link(hash);
  if (!parsed) {
    link_notice_ = parsed.error().message + ". " + parsed.error().hint;
    return;
  }
  const ViewLink& l = *parsed;
  link_notice_.clear();
  switch (l.source) {
    case ViewLink::Source::kNone: return;
    case ViewLink::Source::kGallery:
      view_.gallery = true;
      pending_dark_ = l.dark;
      return;
    case ViewLink::Source::kDemo:
      view_.gallery = false;
      if (view_.demo && view_.demo_lines == l.demo_lines && view_.demo_seed == l.demo_seed &&
          session_.state() != Session::State::kFailed) {
        if (session_.state() == Session::State::kReady) apply_link(l);
        else pending_link_ = l;  // still loading the same demo
        return;
      }
      open_demo(l.demo_lines, l.demo_seed);
      pending_link_ = l;
      pending_dark_ = l.dark;
      return;
    case ViewLink::Source::kData:
      view_.gallery = false;
      pending_dark_ = l.dark;
      if (session_.state() == Session::State::kReady && report_valid_ && l.fingerprint == fingerprint_) {
        apply_link(l);
        return;
      }
      pending_link_ = l;
      link_notice_ = "This link shows a view of data kept on its author's computer (files with fingerprint " +
                     l.fingerprint + "). Open the same files to see that view.";
      return;
  }
}

void App::apply_link(const ViewLink& l) {
  view_.tab = l.tab;
  tab_request_ = l.tab;
  view_.filter = l.filter;
  view_.date_preset = l.preset;
  view_.options = l.options;
  pending_dark_ = l.dark;
  pending_link_.reset();
  link_notice_.clear();
}

void App::settle_link() {
  if (!pending_link_) return;
  const ViewLink l = *pending_link_;
  if (l.source == ViewLink::Source::kDemo && !view_.demo) {
    pending_link_.reset();  // other data was opened instead of the linked demo
  } else if (l.source == ViewLink::Source::kData && l.fingerprint != fingerprint_) {
    pending_link_.reset();
    link_notice_ = "These files are not the ones the link was made from (fingerprint " + fingerprint_ +
                   ", the link's " + l.fingerprint + "), so its view was not applied.";
  } else {
    apply_link(l);
  }
}

std::string App::link() const {
  if (view_.gallery) return link_hash(view_, "");
  if (session_.state() != Session::State::kReady || !report_valid_) return "";
  return link_hash(view_, view_.demo ? "" : fingerprint_);
}

// --- share and export (issue 8) ----------------------------------------------------

std::string App::download_base() const {
  std::string t = view_.demo ? "starcart-demo-" + std::to_string(view_.demo_lines) + "-" + std::to_string(view_.demo_seed)
                             : session_.title().substr(0, session_.title().rfind('.'));
  for (char& c : t)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '-';
  return t.empty() ? "starcart" : t;
}

ShareContext App::share_context() {
  ShareContext c;
  c.has_link = !link().empty();
  c.sqlite_ready = session_.sql_state() == Session::SqlState::kReady;
  c.mask = view_.mask_pii;
  c.flash = flash_;
  c.version = version_;
  c.can_remember = workspace_;
  c.remembered = remembered_;
  if (c.sqlite_ready && warehouse_tables_.empty()) {
    if (auto schema = describe_schema(*session_.database()))
      for (const SchemaTable& t : *schema) warehouse_tables_.push_back(t.name);
  }
  c.warehouse_tables = warehouse_tables_;
  if (!ImGui::IsPopupOpen("share_menu")) return c;  // the lists are only read inside the menu
  const auto tables = report_tables(full_report(), session_.store().currency_symbol);
  for (const ReportTable& t : tables) c.report_tables.emplace_back(t.key, t.title);
  for (const UiProbe::Card& card : last_cards_)
    if (!card.title.empty() && card.rect.w > 0 && card.rect.h > 0)
      c.charts.push_back({card.id, card.title, find_table(tables, card.id) != nullptr});
  return c;
}

void App::handle_share(const ShareRequest& r) {
  const std::string base = download_base();
  auto flash = [&](std::string text) {
    flash_ = std::move(text);
    flash_until_ = now_ms() + 2500;
  };
  // Warehouse downloads come from a masked copy while masking is on.
  auto warehouse = [&](auto&& use) {
    Database* db = session_.database();
    if (!db) return;
    if (!view_.mask_pii) return use(*db);
    auto copy = masked_copy(*db, mask_key_);
    if (!copy) return flash("Export failed: " + copy.error().message);
    use(*copy);
  };
  switch (r.action) {
    case ShareAction::kNone: return;
    case ShareAction::kCopyLink:
      platform_.copy_link(link());
      flash("Link copied");
      return;
    case ShareAction::kReportHtml: {
      ReportHtmlOptions o;
      o.title = view_.demo ? "Demo shop" : session_.title();
      o.currency = session_.store().currency_symbol;
      o.masked = view_.mask_pii;
      o.filter_chips.clear();
      for (const FilterChip& chip : filter_chips(view_.filter, view_.date_preset)) o.filter_chips.push_back(chip.label);
      platform_.download(base + "-report.html", report_html(full_report(), o), "text/html");
      return;
    }
    case ShareAction::kWarehouseSqlite:
      warehouse([&](Database& db) {
        auto bytes = db.serialize();
        if (!bytes) return flash("Export failed: " + bytes.error().message);
        platform_.download(base + (view_.mask_pii ? "-masked" : "") + ".sqlite", *bytes, "application/vnd.sqlite3");
      });
      return;
    case ShareAction::kWarehouseTableCsv:
      warehouse([&](Database& db) {
        auto csv = table_to_csv(db, r.what);
        if (!csv) return flash("Export failed: " + csv.error().message);
        platform_.download(base + "-" + r.what + ".csv", *csv, "text/csv");
      });
      return;
    case ShareAction::kReportTableCsv:
    case ShareAction::kChartCsv: {
      const auto tables = report_tables(full_report(), session_.store().currency_symbol);
      if (const ReportTable* t = find_table(tables, r.what))
        platform_.download(base + "-" + t->key + ".csv", report_table_csv(*t), "text/csv");
      return;
    }
    case ShareAction::kChartPng:
      pending_png_ = r.what;  // the menu still covers the screen: captured on a later frame
      png_frames_ = 2;
      return;
    case ShareAction::kToggleMask:
      view_.mask_pii = !view_.mask_pii;
      if (!view_.mask_pii) masked_db_.reset();
      return;
    case ShareAction::kRemember: platform_.remember_dataset(true); return;
    case ShareAction::kForget: platform_.remember_dataset(false); return;
  }
}

void App::download_rejected_rows() {
  const std::string base = session_.title().substr(0, session_.title().rfind('.'));
  platform_.download(base + (view_.mask_pii ? "-rejected-rows-masked.csv" : "-rejected-rows.csv"),
                     rejected_rows_csv(session_.store().rejected, view_.mask_pii), "text/csv");
}

// The warehouse the Data tab shows and queries: while masking is on, a masked
// copy (made once per dataset, dropped when masking goes off), so no query
// of the console can reach a customer id (issue 8: masking on screen).
Database* App::console_database() {
  Database* db = session_.database();
  if (!view_.mask_pii || !db || session_.sql_state() != Session::SqlState::kReady) {
    masked_db_.reset();
    return view_.mask_pii ? nullptr : db;
  }
  if (!masked_db_ || masked_generation_ != session_.generation()) {
    masked_db_.reset();
    auto copy = masked_copy(*db, mask_key_);
    if (!copy) {
      flash_ = "Masking failed: " + copy.error().message;
      flash_until_ = now_ms() + 2500;
      return nullptr;
    }
    masked_db_ = std::move(*copy);
    masked_generation_ = session_.generation();
  }
  return &*masked_db_;
}

// --- 3. keyboard ---------------------------------------------------------------------

void App::handle_shortcuts() {
  ImGuiIO& io = ImGui::GetIO();
  focus_search_ = false;
  const bool typing = io.WantTextInput || ImGui::IsAnyItemActive();
  if (!typing && ImGui::IsKeyPressed(ImGuiKey_Slash, false)) {
    focus_search_ = true;
    // The '/' must not land in the field it focuses.
    for (int i = io.InputQueueCharacters.Size - 1; i >= 0; --i)
      if (io.InputQueueCharacters[i] == '/') io.InputQueueCharacters.erase(io.InputQueueCharacters.Data + i);
  }
  // Escape: closes an open popup first (ImGui does that), then clears the filters.
  if (!typing && !popup_open_ && ImGui::IsKeyPressed(ImGuiKey_Escape, false) && screen() == Screen::kDashboard &&
      !view_.filter.empty()) {
    view_.filter = Filter{};
    view_.date_preset = DatePreset::kAll;
    filter_changed_ = true;
  }
}

// --- 4. drawing -----------------------------------------------------------------------

void App::draw_header() {
  const Theme& t = theme();
  const float e = em();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  // The mark: three bars of a rising chart.
  const float s = 1.1f * e;
  for (int i = 0; i < 3; ++i) {
    float h = s * (0.45f + 0.275f * static_cast<float>(i));
    dl->AddRectFilled(ImVec2(p.x + static_cast<float>(i) * s * 0.38f, p.y + s - h + 0.15f * e),
                      ImVec2(p.x + static_cast<float>(i) * s * 0.38f + s * 0.28f, p.y + s + 0.15f * e), t.accent,
                      0.08f * e);
  }
  ImGui::Dummy(ImVec2(s * 1.2f, s));
  ImGui::SameLine();
  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("starcart");
  if (fonts().title) ImGui::PopFont();
  const Screen sc = screen();
  if (session_.state() != Session::State::kEmpty && sc != Screen::kGallery) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    muted_text(session_.title());
  } else if (sc == Screen::kGallery) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    muted_text("chart kit gallery (sample values, for developers)");
  }
  // Right side: the theme switch, and other files once past the start screen.
  const char* label = "Open other files...";
  const bool files_button = sc != Screen::kStart && sc != Screen::kLoading;
  float right = ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight();
  if (files_button) right -= button_width(label) + ImGui::GetStyle().ItemSpacing.x;
  // Share & export (issue 8): on the dashboard, left of the other buttons.
  if (sc == Screen::kDashboard) {
    if (!flash_.empty() && now_ms() > flash_until_) flash_.clear();
    right -= ShareMenu::button_width() + ImGui::GetStyle().ItemSpacing.x +
             (flash_.empty() ? 0 : ImGui::CalcTextSize(flash_.c_str()).x + ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine(right);
    handle_share(share_menu_.draw(share_context()));
    ImGui::SameLine();
  } else {
    ImGui::SameLine(right);
  }
  if (theme_toggle_button("##theme", view_.dark)) pending_dark_ = !view_.dark;
  probe_item("header.theme");
  if (files_button) {
    ImGui::SameLine();
    if (secondary_button(label)) platform_.open_file_dialog();
    probe_item("header.open_files");
  }
  ImGui::Dummy(ImVec2(0, 0.1f * e));
}

void App::draw_status_bar() {
  const Theme& t = theme();
  const float e = em();
  const FactStore& s = session_.store();
  LoadCounts c = s.totals();
  std::string text = format_count(c.rows_read) + " rows read  \xC2\xB7  " + format_count(c.rows_loaded) + " loaded  \xC2\xB7  " +
                     format_count(c.rows_rejected) + " rejected  \xC2\xB7  " + format_count(c.duplicates) +
                     " duplicates  \xC2\xB7  " + format_count(s.excluded_lines) + " excluded  \xC2\xB7  loaded in " +
                     format_duration(session_.load_ms() / 1000.0);
  switch (session_.sql_state()) {
    case Session::SqlState::kBuilding:
      text += "  \xC2\xB7  SQLite tables: " + format_percent(session_.sql_progress().fraction(), 0);
      break;
    case Session::SqlState::kReady: text += "  \xC2\xB7  SQLite ready"; break;
    case Session::SqlState::kFailed: text += "  \xC2\xB7  SQLite failed: " + session_.error().message; break;
    case Session::SqlState::kIdle: break;
  }
  ImGui::SetCursorPosY(ImGui::GetWindowHeight() - 1.9f * e);
  if (fonts().small) ImGui::PushFont(fonts().small);
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  if (c.rows_rejected > 0) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, t.accent);
    ImGui::TextUnformatted("Show what was rejected");
    ImGui::PopStyleColor();
    probe_item("status.rejected");
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) tab_request_ = Tab::kImport;
  }
  if (fonts().small) ImGui::PopFont();
}

void App::draw_dashboard() {
  refresh_report();
  const float e = em();
  if (filter_bar_.draw(view_, facets_, focus_search_)) filter_changed_ = true;
  if (filter_changed_) refresh_report();
  ImGui::Dummy(ImVec2(0, 0.1f * e));
  const float content_h = ImGui::GetContentRegionAvail().y - 2.2f * e;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tab_padding());
  const bool tabs = ImGui::BeginTabBar("tabs");
  ImGui::PopStyleVar();
  if (tabs) {
    auto flags = [&](Tab tab) { return tab_request_ && *tab_request_ == tab ? ImGuiTabItemFlags_SetSelected : 0; };
    const bool overview_open = begin_tab_item("Overview", flags(Tab::kOverview));
    probe_item("tab.overview");  // the tab itself (below, the last item is its content)
    if (overview_open) {
      view_.tab = Tab::kOverview;
      compute_tab(Tab::kOverview);
      ImGui::BeginChild("overview", ImVec2(0, content_h - ImGui::GetFrameHeightWithSpacing()), ImGuiChildFlags_None,
                        ImGuiWindowFlags_NoBackground);
      const OverviewData data{analyzer_->overview(), analyzer_->filter(), overview_insights()};
      if (auto month = overview_.draw(data, context_, session_.store().currency_symbol, view_.filter, filter_changed_)) {
        // Cross-filter: a month bar filters every panel; the same month again clears it.
        if (is_month(view_.filter, *month)) {
          view_.filter.from.reset();
          view_.filter.to.reset();
          view_.date_preset = DatePreset::kAll;
        } else {
          const DateRange r = month_range(*month);
          view_.filter.from = r.from;
          view_.filter.to = r.to;
          view_.date_preset = DatePreset::kMonth;
        }
        filter_changed_ = true;
      }
      if (auto i = overview_.clicked_insight(); i && data.insights && *i < data.insights->items.size())
        apply_insight(data.insights->items[*i]);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    draw_compare_tab(content_h);
    // Customers, Cohorts, Products (issue 7): cross-filter clicks edit the view's filter.
    const std::string& currency = session_.store().currency_symbol;
    static const CustomerAnalysis kNoCustomers;
    static const Cohorts kNoCohorts;
    static const ProductAnalysis kNoProducts;
    bool loading = false;
    if (draw_tab("Customers", "customers", Tab::kCustomers, content_h, loading)) {
      if (customers_.draw(loading ? kNoCustomers : analyzer_->customers(), loading ? 0 : figures_version_, currency,
                          view_.filter, loading))
        filter_changed_ = true;
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (draw_tab("Cohorts", "cohorts", Tab::kCohorts, content_h, loading)) {
      if (cohorts_.draw(loading ? kNoCohorts : analyzer_->cohorts(), currency, view_.filter, loading))
        filter_changed_ = true;
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (draw_tab("Products", "products", Tab::kProducts, content_h, loading)) {
      // The product cards take the top 60 %; below them the suppliers (issue
      // 11, when the data names them) and "Bought together" (issue 10) side by side.
      const Suppliers* suppliers = loading ? nullptr : &analyzer_->suppliers();
      const bool with_suppliers = suppliers != nullptr && suppliers->has_suppliers;
      ImGui::BeginChild("products_top", ImVec2(0, std::floor(ImGui::GetContentRegionAvail().y * 0.6f)), false,
                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
      if (products_.draw(loading ? kNoProducts : analyzer_->products(), loading ? 0 : figures_version_, currency,
                         view_.filter, focus_search_, loading))
        filter_changed_ = true;
      ImGui::EndChild();
      if (with_suppliers) {
        ImGui::BeginChild("products_suppliers", ImVec2(std::floor(column_width(2)), ImGui::GetContentRegionAvail().y),
                          false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        if (draw_supplier_table(*suppliers, currency, view_.filter)) filter_changed_ = true;
        ImGui::EndChild();
        ImGui::SameLine();
      }
      begin_card("products.basket", "Bought together", ImVec2(0, ImGui::GetContentRegionAvail().y));
      if (loading) {
        charts::chart_placeholder("basket.loading", ImGui::GetContentRegionAvail(), charts::ChartStatus::kLoading, "");
      } else if (const basket::Basket* basket = products_basket()) {
        if (draw_basket(*basket, view_.options)) {
          analyzer_->set_basket_options(basket_options_of(view_.options));
          snapshot_report_valid_ = false;
        }
      } else {
        charts::chart_placeholder("basket.loading", ImGui::GetContentRegionAvail(), charts::ChartStatus::kLoading,
                                  "Counting the products of every order");
      }
      end_card();
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    draw_data_tabs(content_h);
    draw_model_tabs(content_h);
    if (begin_tab_item("Import", flags(Tab::kImport))) {
      view_.tab = Tab::kImport;
      ImGui::BeginChild("import_report", ImVec2(0, content_h - ImGui::GetFrameHeightWithSpacing()), ImGuiChildFlags_None,
                        ImGuiWindowFlags_NoBackground);
      if (load_report_.draw(session_.store(), focus_search_)) download_rejected_rows();
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    probe_item("tab.import");
    tab_request_.reset();
    ImGui::EndTabBar();
  }
  draw_status_bar();
  if (!first_drawn_) {
    first_drawn_ = true;
    first_draw_ms_ = session_.elapsed_ms() > 0 ? session_.load_ms() : 0;
  }
}

void App::draw_error() {
  const float e = em();
  ImGui::Dummy(ImVec2(0, 2 * e));
  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("The data could not be loaded");
  if (fonts().title) ImGui::PopFont();
  text_wrapped(session_.error().to_string(), 46 * e);
  if (import_) {
    if (primary_button("Back to the import")) {
      analyzer_.reset();
      reclaim_import_files();
      session_.reset();
      import_visible_ = import_.has_value();
    }
    probe_item("error.back_to_import");
    ImGui::SameLine();
  }
  if (secondary_button("Back to start")) {
    analyzer_.reset();
    session_.reset();
    import_.reset();
  }
  probe_item("error.back_to_start");
}

// --- 5. the frame -----------------------------------------------------------------------

bool App::frame() {
  ++frames_;
  const double start = now_ms();
  ImGuiIO& io = ImGui::GetIO();
  io.UserData = &probe_;
  set_pii_mask({view_.mask_pii, mask_key_});
  probe_.begin_frame();
  if (pending_dark_) {
    view_.dark = *pending_dark_;
    apply_theme(view_.dark ? dark_theme() : light_theme());
    pending_dark_.reset();
  }
  bool busy = false;
  filter_changed_ = false;
  recomputed_ = false;
  // Background work first, within a budget, so the frame stays responsive.
  if (session_.state() == Session::State::kLoading) {
    busy = session_.step(load_budget_ms_);
    if (session_.state() == Session::State::kReady) import_.reset();  // the facts hold everything now
  } else if (session_.sql_state() == Session::SqlState::kBuilding && first_drawn_) {
    busy = session_.step(background_budget_ms_);
  } else if (session_.sql_state() == Session::SqlState::kBuilding) {
    busy = true;  // first frame, then SQLite
  }
  handle_shortcuts();

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("starcart", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoSavedSettings);
  draw_header();
  if (!link_notice_.empty() && draw_notice(link_notice_)) link_notice_.clear();
  switch (screen()) {
    case Screen::kStart:
      if (!version_.empty()) {  // the build's version, bottom right (issue 8)
        const ImVec2 size = ImGui::CalcTextSize(version_.c_str());
        ImGui::GetWindowDrawList()->AddText(
            ImVec2(io.DisplaySize.x - size.x - em(), io.DisplaySize.y - size.y - 0.6f * em()), theme().text_muted,
            version_.c_str());
      }
      switch (start_.draw(dragging_)) {
        case StartAction::kOpenFiles: platform_.open_file_dialog(); break;
        case StartAction::kDemoSmall: open_demo(kDemoSmallLines, 42); busy = true; break;
        case StartAction::kDemoLarge: open_demo(kDemoLargeLines, 42); busy = true; break;
        case StartAction::kNone: break;
      }
      break;
    case Screen::kImport:
      switch (import_screen_.draw(*import_, session_.state() == Session::State::kReady)) {
        case ImportAction::kBuild: build_from_import(); busy = true; break;
        case ImportAction::kBack:
          import_.reset();
          import_visible_ = false;
          break;
        case ImportAction::kNone: break;
      }
      break;
    case Screen::kLoading:
      if (loading_.draw(session_.title(), session_.progress(), session_.elapsed_ms())) cancel_load();
      busy = true;
      break;
    case Screen::kDashboard: draw_dashboard(); break;
    case Screen::kError: draw_error(); break;
    case Screen::kGallery: gallery_.draw(world(), view_.dark); break;
  }
  ImGui::End();
  popup_open_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  probe_.set_text_input(ImGui::IsAnyItemActive() && io.WantTextInput);
  if (!pending_png_.empty() && !popup_open_ && --png_frames_ <= 0) {
    for (const UiProbe::Card& card : probe_.cards())
      if (card.id == pending_png_)
        platform_.download_screen_png(download_base() + "-" + card.id + ".png", card.rect.x, card.rect.y, card.rect.w,
                                      card.rect.h);
    pending_png_.clear();
  }
  if (!pending_png_.empty()) busy = true;
  last_cards_ = probe_.cards();
  // A filter changed by a click: draw once more so every panel shows the new figures.
  if (filter_changed_) busy = true;
  if (tab_pending_) busy = true;  // a tab drew its loading state: its figures come next frame
  if (probe_.frame_requested()) busy = true;  // a delayed tooltip is counting down
  tab_pending_ = false;
  frame_ms_ = now_ms() - start;
  if (recomputed_) filter_frame_ms_ = frame_ms_;
  return busy;
}

}  // namespace starcart
