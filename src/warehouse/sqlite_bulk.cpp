#include "warehouse/sqlite_bulk.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "sqlite3.h"

namespace starcart {

// --- the virtual table ---------------------------------------------------------
// Eponymous-only (no CREATE VIRTUAL TABLE): the module's name is the table's
// name. Columns c0..cN-1 are the source's, then two hidden ones, lo and hi,
// that every query must constrain with '=': the row range to read.

struct BulkInsert::Registration {
  std::string module_name;
  int columns = 0;
  const RowSource* source = nullptr;
  sqlite3* db = nullptr;
};

namespace {

struct SourceTable {
  sqlite3_vtab base;
  const RowSource* source;
  int columns;
};

struct SourceCursor {
  sqlite3_vtab_cursor base;
  const RowSource* source;
  int64_t row, end;
  int64_t filled;                 // the row `values` holds; -1 = none
  RowWriter::Value values[64];    // the current row (BulkInsert::create checks the column count)
};

int source_connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char**) {
  const auto* reg = static_cast<const BulkInsert::Registration*>(aux);
  std::string ddl = "CREATE TABLE x(";
  for (int c = 0; c < reg->columns; ++c) ddl += "c" + std::to_string(c) + ",";
  ddl += "lo HIDDEN, hi HIDDEN)";
  int rc = sqlite3_declare_vtab(db, ddl.c_str());
  if (rc != SQLITE_OK) return rc;
  auto* t = static_cast<SourceTable*>(sqlite3_malloc(sizeof(SourceTable)));
  if (!t) return SQLITE_NOMEM;
  std::memset(t, 0, sizeof *t);
  t->source = reg->source;
  t->columns = reg->columns;
  *out = &t->base;
  return SQLITE_OK;
}

int source_disconnect(sqlite3_vtab* t) {
  sqlite3_free(t);
  return SQLITE_OK;
}

int source_best_index(sqlite3_vtab* t, sqlite3_index_info* info) {
  // lo and hi are the two hidden columns after the source's columns.
  const int lo_column = reinterpret_cast<SourceTable*>(t)->columns;
  int lo = -1, hi = -1;
  for (int k = 0; k < info->nConstraint; ++k) {
    const auto& c = info->aConstraint[k];
    if (!c.usable || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (c.iColumn == lo_column) lo = k;
    if (c.iColumn == lo_column + 1) hi = k;
  }
  if (lo < 0 || hi < 0) return SQLITE_CONSTRAINT;  // this plan cannot run: SQLite picks another
  info->aConstraintUsage[lo].argvIndex = 1;
  info->aConstraintUsage[lo].omit = 1;
  info->aConstraintUsage[hi].argvIndex = 2;
  info->aConstraintUsage[hi].omit = 1;
  info->estimatedCost = 1.0;
  return SQLITE_OK;
}

int source_open(sqlite3_vtab* t, sqlite3_vtab_cursor** out) {
  void* memory = sqlite3_malloc(sizeof(SourceCursor));
  if (!memory) return SQLITE_NOMEM;
  auto* c = new (memory) SourceCursor();
  c->source = reinterpret_cast<SourceTable*>(t)->source;
  *out = &c->base;
  return SQLITE_OK;
}

int source_close(sqlite3_vtab_cursor* cur) {
  auto* c = reinterpret_cast<SourceCursor*>(cur);
  c->~SourceCursor();
  sqlite3_free(c);
  return SQLITE_OK;
}

int source_filter(sqlite3_vtab_cursor* cur, int, const char*, int argc, sqlite3_value** argv) {
  auto* c = reinterpret_cast<SourceCursor*>(cur);
  if (argc < 2) return SQLITE_ERROR;
  const int64_t rows = c->source->row_count();
  c->row = std::max<int64_t>(0, sqlite3_value_int64(argv[0]));
  c->end = std::min<int64_t>(rows, sqlite3_value_int64(argv[1]));
  c->filled = -1;
  return SQLITE_OK;
}

int source_next(sqlite3_vtab_cursor* cur) {
  ++reinterpret_cast<SourceCursor*>(cur)->row;
  return SQLITE_OK;
}

int source_eof(sqlite3_vtab_cursor* cur) {
  auto* c = reinterpret_cast<SourceCursor*>(cur);
  return c->row >= c->end;
}

int source_column(sqlite3_vtab_cursor* cur, sqlite3_context* ctx, int column) {
  auto* c = reinterpret_cast<SourceCursor*>(cur);
  if (c->filled != c->row) {
    RowWriter out(c->values);
    c->source->row(c->row, out);
    c->filled = c->row;
  }
  const RowWriter::Value& v = c->values[column];
  switch (v.kind) {
    case RowWriter::Value::Kind::kInteger: sqlite3_result_int64(ctx, v.integer); break;
    case RowWriter::Value::Kind::kText: sqlite3_result_text(ctx, v.text, v.length, SQLITE_STATIC); break;
    case RowWriter::Value::Kind::kNull: break;  // the result is NULL unless set
  }
  return SQLITE_OK;
}

int source_rowid(sqlite3_vtab_cursor* cur, sqlite3_int64* rowid) {
  *rowid = reinterpret_cast<SourceCursor*>(cur)->row;
  return SQLITE_OK;
}

sqlite3_module make_source_module() {
  sqlite3_module m{};
  m.iVersion = 0;
  m.xCreate = nullptr;  // eponymous-only: no CREATE VIRTUAL TABLE
  m.xConnect = source_connect;
  m.xBestIndex = source_best_index;
  m.xDisconnect = source_disconnect;
  m.xOpen = source_open;
  m.xClose = source_close;
  m.xFilter = source_filter;
  m.xNext = source_next;
  m.xEof = source_eof;
  m.xColumn = source_column;
  m.xRowid = source_rowid;
  return m;
}

const sqlite3_module kSourceModule = make_source_module();

}  // namespace

// --- BulkInsert ----------------------------------------------------------------

BulkInsert::BulkInsert() = default;

BulkInsert::BulkInsert(BulkInsert&& o) noexcept
    : db_(o.db_), source_(o.source_), reg_(std::move(o.reg_)), insert_(std::move(o.insert_)), next_(o.next_) {
  o.db_ = nullptr;
}

BulkInsert& BulkInsert::operator=(BulkInsert&& o) noexcept {
  if (this != &o) {
    release();
    db_ = o.db_;
    source_ = o.source_;
    reg_ = std::move(o.reg_);
    insert_ = std::move(o.insert_);
    next_ = o.next_;
    o.db_ = nullptr;
  }
  return *this;
}

BulkInsert::~BulkInsert() { release(); }

void BulkInsert::release() {
  insert_ = Statement();  // the statement refers to the module: finalize it first
  if (reg_ && reg_->db) sqlite3_create_module_v2(reg_->db, reg_->module_name.c_str(), nullptr, nullptr, nullptr);
  reg_.reset();
}

int64_t BulkInsert::total() const { return source_ ? source_->row_count() : 0; }

Result<BulkInsert> BulkInsert::create(Database& db, std::string_view table, const std::vector<std::string>& columns,
                                      const RowSource& source) {
  if (columns.empty() || columns.size() > 64)
    return make_error(ErrorCode::kUsage, "a bulk insert takes 1 to 64 columns");
  BulkInsert b;
  b.db_ = &db;
  b.source_ = &source;
  b.reg_ = std::make_unique<Registration>();
  b.reg_->module_name = "sc_bulk_" + std::string(table);
  b.reg_->columns = static_cast<int>(columns.size());
  b.reg_->source = &source;
  int rc = sqlite3_create_module_v2(db.handle(), b.reg_->module_name.c_str(), &kSourceModule, b.reg_.get(), nullptr);
  if (rc != SQLITE_OK) return db.last_error();
  b.reg_->db = db.handle();
  std::string sql = "INSERT INTO " + quote_identifier(table) + " (";
  std::string select = "SELECT ";
  for (size_t c = 0; c < columns.size(); ++c) {
    sql += (c ? ", " : "") + quote_identifier(columns[c]);
    select += (c ? ", c" : "c") + std::to_string(c);
  }
  sql += ") " + select + " FROM " + quote_identifier(b.reg_->module_name) + " WHERE lo = ?1 AND hi = ?2";
  auto st = db.prepare(sql);
  if (!st) return st.take_error();
  b.insert_ = std::move(*st);
  return b;
}

Status BulkInsert::insert(int64_t from, int64_t to) {
  insert_.bind_int64(1, from);
  insert_.bind_int64(2, to);
  auto r = insert_.step();
  insert_.reset();
  if (!r) return r.take_error();
  return ok_status();
}

Result<bool> BulkInsert::insert_some(const StepClock& clock, int64_t chunk) {
  const int64_t rows = total();
  while (next_ < rows) {
    const int64_t to = std::min(rows, next_ + chunk);
    if (auto s = insert(next_, to); !s) return s.take_error();
    next_ = to;
    if (clock.expired()) break;
  }
  return next_ >= rows;
}

Status BulkInsert::insert_rest() {
  const int64_t rows = total();
  if (next_ < rows) {
    if (auto s = insert(next_, rows); !s) return s;
    next_ = rows;
  }
  return ok_status();
}

}  // namespace starcart
