// Demo shop generator. Contents:
//   1. Rng: xoshiro256** seeded by splitmix64 (integer-only, portable)
//   2. Catalogue: products with names, SKUs, categories and prices
//   3. Month plan: line budgets per month (growth x seasonality)
//   4. Month generation: returning customers, guests, new customers, returns
//   5. Writing: orders sorted by time, invoice numbers, CSV text
#include "ingest/demo_shop.h"

#include <algorithm>
#include <vector>

#include "core/date.h"
#include "ingest/demo_catalogue.h"
#include "ingest/demo_effects.h"
#include "ingest/demo_experiment.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

using namespace demo;

// --- 1. Rng ------------------------------------------------------------------
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (uint64_t& w : s_) {
      seed += 0x9E3779B97F4A7C15ULL;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      w = z ^ (z >> 31);
    }
  }
  uint64_t next() {
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n). The modulo bias is below 2^-32: irrelevant here.
  uint32_t below(uint32_t n) { return static_cast<uint32_t>((next() >> 16) % n); }
  int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint32_t>(hi - lo + 1))); }
  bool chance(int per_10000) { return static_cast<int>(below(10000)) < per_10000; }
  template <class T>
  int weighted(const T* items, int count) {
    int total = 0;
    for (int i = 0; i < count; ++i) total += items[i].weight;
    int r = static_cast<int>(below(static_cast<uint32_t>(total)));
    for (int i = 0; i < count; ++i) {
      if (r < items[i].weight) return i;
      r -= items[i].weight;
    }
    return count - 1;
  }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// --- 2. Catalogue --------------------------------------------------------------
struct Product {
  std::string sku;
  std::string name;
  int category;
  int64_t price_e4;  // unit price, 1/10,000
};

std::vector<Product> make_catalogue(Rng& rng, int count) {
  std::vector<Product> out;
  std::vector<std::string> used;
  int code = 20611;
  while (static_cast<int>(out.size()) < count) {
    int c = static_cast<int>(out.size()) % kCategoryCount;
    const CategoryDef& cat = kCategories[c];
    std::string name;
    static const char* const kSizes[] = {" SMALL", " LARGE", " JUMBO", " SET OF 3", " SET OF 6", " PACK OF 12", " MINI"};
    if (rng.chance(6500)) name = std::string(kColours[rng.below(kColourCount)]) + " ";
    // One draw per statement: the order of evaluation inside an expression
    // differs between compilers, and the output must not.
    const char* adjective = kAdjectives[rng.below(kAdjectiveCount)];
    const char* noun = cat.nouns[rng.below(static_cast<uint32_t>(cat.noun_count))];
    name += std::string(adjective) + " " + noun;
    if (rng.chance(5500)) name += kSizes[rng.below(7)];
    if (std::find(used.begin(), used.end(), name) != used.end()) continue;
    used.push_back(name);
    code += 1 + static_cast<int>(rng.below(97));
    std::string sku = std::to_string(code);
    if (rng.chance(2500)) sku += static_cast<char>('A' + rng.below(4));
    // Prices end in 5 or 9 cents mostly; a few carry a third decimal as in UCI.
    int64_t cents = cat.min_price_cents + rng.below(static_cast<uint32_t>(cat.max_price_cents - cat.min_price_cents));
    cents = cents / 10 * 10 + (rng.chance(6000) ? 5 : 9);
    int64_t e4 = cents * 100;
    if (rng.chance(300)) e4 += 50;  // e.g. 0.835
    out.push_back({sku, name, c, e4});
  }
  return out;
}

// --- 3. Month plan -------------------------------------------------------------
constexpr int kFirstYear = 2023;
constexpr int kMonths = 24;

std::vector<int64_t> month_budgets(int64_t lines) {
  std::vector<int64_t> w(kMonths);
  int64_t total = 0;
  for (int m = 0; m < kMonths; ++m) {
    w[static_cast<size_t>(m)] = (100 + 5 * m) * kSeasonality[m % 12];  // growth x season
    total += w[static_cast<size_t>(m)];
  }
  std::vector<int64_t> b(kMonths);
  int64_t given = 0;
  for (int m = 0; m < kMonths; ++m) {
    b[static_cast<size_t>(m)] = lines * w[static_cast<size_t>(m)] / total;
    given += b[static_cast<size_t>(m)];
  }
  b[kMonths - 1] += lines - given;  // remainder to the last month
  return b;
}

// --- 4. Month generation -------------------------------------------------------
struct Customer {
  int id;
  int country;
  int channel;
  int payment;
  int propensity;  // per 10,000: chance to order in a month, decays
  int decay;       // per 10,000 per month
  // Per 10,000: chance to leave for good right after a repeat order, as the
  // BG/NBD model assumes (clv/bgnbd.h): customers who stop buying are gone,
  // so recency tells the churn model and P(alive) something.
  int dropout = 0;
  bool alive = true;
  int64_t last_order = -1;  // index into orders
};

struct Line {
  int product;
  int quantity;
  int64_t price_e4;
  bool duplicate_of_previous = false;
};

struct Order {
  Day day;
  int minute;      // minutes since midnight
  int seq;         // generation order: the sort's tie-breaker
  int customer;    // -1 = guest
  int country;
  int channel;
  int payment;
  bool cancellation = false;
  bool adjustment = false;  // stock adjustment: price 0, no customer
  std::vector<Line> lines;
};

class Generator {
 public:
  explicit Generator(const DemoOptions& o) : opt_(o), rng_(o.seed) {
    int products = static_cast<int>(std::clamp<int64_t>(o.lines / 400, 120, 800));
    catalogue_ = make_catalogue(rng_, products);
    // Zipf-like popularity: weight ~ 1 / (rank + 8), as a cumulative table.
    int64_t total = 0;
    for (int i = 0; i < products; ++i) {
      total += 1000000 / (i + 8);
      popularity_.push_back(total);
    }
  }

  std::string run() {
    std::string out;
    out.reserve(static_cast<size_t>(opt_.lines) * (opt_.format == DemoFormat::kFull ? 120 : 88));
    out += "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
    if (opt_.format == DemoFormat::kFull) out += ",Category,Channel,Campaign,PaymentType";
    if (opt_.format == DemoFormat::kFull) out += ",Variant,Supplier,State";  // demo_experiment.h
    out += "\r\n";
    std::vector<int64_t> budgets = month_budgets(opt_.lines);
    for (int m = 0; m < kMonths; ++m) {
      std::vector<Order> orders = generate_month(m, budgets[static_cast<size_t>(m)]);
      write_month(m, orders, out);
    }
    return out;
  }

 private:
  Day month_start(int m) const { return days_from_civil(kFirstYear + m / 12, m % 12 + 1, 1); }

  void place_time(int m, Order& o) {
    Day first = month_start(m);
    int days = days_in_month(kFirstYear + m / 12, m % 12 + 1);
    // Fewer orders at weekends, as in the UCI shop.
    for (;;) {
      o.day = first + static_cast<Day>(rng_.below(static_cast<uint32_t>(days)));
      if (iso_weekday(o.day) < 5 || rng_.chance(4500)) break;
    }
    o.minute = 7 * 60 + 30 + static_cast<int>(rng_.below(12 * 60));
  }

  int pick_quantity() {
    static const Weighted kQty[] = {{"1", 2200}, {"2", 1600}, {"3", 700}, {"4", 900},
                                    {"6", 1500}, {"8", 400},  {"10", 500}, {"12", 1300},
                                    {"24", 600}, {"48", 200}, {"96", 100}};
    static const int kValues[] = {1, 2, 3, 4, 6, 8, 10, 12, 24, 48, 96};
    return kValues[rng_.weighted(kQty, 11)];
  }

  int lines_in_order() {
    static const Weighted kLines[] = {{"1", 1800}, {"2", 1400}, {"3", 1100}, {"4", 900}, {"5", 800},
                                      {"6", 700},  {"7", 600},  {"8", 500},  {"10", 700}, {"14", 600},
                                      {"20", 500}, {"30", 300}};
    static const int kValues[] = {1, 2, 3, 4, 5, 6, 7, 8, 10, 14, 20, 30};
    return kValues[rng_.weighted(kLines, 12)];
  }

  // Fills an order with up to `max_lines` lines; returns the lines used.
  int64_t fill(Order& o, int64_t max_lines, int month) {
    int n = static_cast<int>(std::min<int64_t>(lines_in_order(), max_lines));
    for (int k = 0; k < n; ++k) {
      // Seasonal products sell in Q4.
      // An order lists each product once (duplicates are planted below).
      int p;
      for (int tries = 0;; ++tries) {
        int64_t r = static_cast<int64_t>(rng_.below(static_cast<uint32_t>(popularity_.back())));
        p = static_cast<int>(std::upper_bound(popularity_.begin(), popularity_.end(), r) - popularity_.begin());
        bool seasonal = catalogue_[static_cast<size_t>(p)].category == kCategoryCount - 1;
        bool repeated = std::any_of(o.lines.begin(), o.lines.end(), [&](const Line& l) { return l.product == p; });
        if (tries > 50 || (!repeated && (!seasonal || month % 12 >= 9 || rng_.chance(1500)))) break;
      }
      int q = pick_quantity();
      int64_t price = catalogue_[static_cast<size_t>(p)].price_e4;
      if (q >= 24) price = price * 85 / 100 / 100 * 100;  // wholesale tier, whole cents
      o.lines.push_back({p, q, price});
      // A few exact duplicate lines, as the real UCI file has.
      if (k + 1 < n && rng_.chance(40)) {
        o.lines.push_back({p, q, price, true});
        ++k;
      }
    }
    return static_cast<int64_t>(o.lines.size());
  }

  Order new_order(int m, int customer) {
    Order o;
    o.seq = seq_++;
    o.customer = customer;
    place_time(m, o);
    if (customer >= 0) {
      const Customer& c = customers_[static_cast<size_t>(customer)];
      o.country = c.country;
      o.channel = rng_.chance(7000) ? c.channel : rng_.weighted(kChannels, kChannelCount);
      o.payment = rng_.chance(8000) ? c.payment : rng_.weighted(kPayments, kPaymentCount);
    } else {
      o.country = rng_.weighted(kCountries, kCountryCount);
      o.channel = rng_.weighted(kChannels, kChannelCount);
      o.payment = rng_.weighted(kPayments, kPaymentCount);
    }
    return o;
  }

  std::vector<Order> generate_month(int m, int64_t budget) {
    std::vector<Order> orders;
    int64_t used = 0;
    // (a) Returning customers, with decaying propensity; some return goods.
    const int64_t returning_cap = budget * 58 / 100;
    // Customers in a new random order each month: when the month's budget
    // runs out first, those who miss out are a random few, not the newest
    // ones or whole cohorts (the list is in order of acquisition).
    visit_.resize(customers_.size());
    for (size_t k = 0; k < visit_.size(); ++k) visit_[k] = static_cast<uint32_t>(k);
    for (size_t k = visit_.size(); k > 1; --k) std::swap(visit_[k - 1], visit_[rng_.below(static_cast<uint32_t>(k))]);
    for (size_t turn = 0; turn < visit_.size() && used < returning_cap; ++turn) {
      const size_t ci = visit_[turn];
      Customer& c = customers_[ci];
      if (!c.alive) continue;
      c.propensity = c.propensity * c.decay / 10000;
      // The A/B test's effect (demo_experiment.h) in the full format only:
      // the UCI-format demo stays as it was.
      const int chance = opt_.format == DemoFormat::kFull ? repeat_chance(c.propensity, c.id, m) : c.propensity;
      if (!rng_.chance(chance)) continue;
      // A cancellation of part of the last order (C invoice, negative quantity).
      if (c.last_order >= 0 && rng_.chance(2200) && used + 2 <= budget) {
        const Order& last = history_[static_cast<size_t>(c.last_order)];
        Order r = new_order(m, static_cast<int>(ci));
        r.cancellation = true;
        int n = std::min<int>(static_cast<int>(last.lines.size()), 1 + static_cast<int>(rng_.below(2)));
        for (int k = 0; k < n; ++k) {
          const Line& l = last.lines[static_cast<size_t>(k)];
          r.lines.push_back({l.product, -std::max(1, l.quantity / (1 + static_cast<int>(rng_.below(2)))), l.price_e4});
        }
        used += static_cast<int64_t>(r.lines.size());
        orders.push_back(std::move(r));
      }
      Order o = new_order(m, static_cast<int>(ci));
      used += fill(o, budget - used, m);
      remember(o, ci);
      orders.push_back(std::move(o));
      if (rng_.chance(c.dropout)) c.alive = false;
    }
    // (b) Stock adjustments: zero price, negative quantity, no customer.
    int64_t adjustments = budget / 600;
    for (int64_t k = 0; k < adjustments && used < budget; ++k) {
      Order o = new_order(m, -1);
      o.adjustment = true;
      const int product = static_cast<int>(rng_.below(static_cast<uint32_t>(catalogue_.size())));
      const int quantity = -(1 + static_cast<int>(rng_.below(30)));
      o.lines.push_back({product, quantity, 0});
      used += 1;
      orders.push_back(std::move(o));
    }
    // (c) Guests: about 20 % of lines.
    const int64_t guest_target = used + budget * 20 / 100;
    while (used < std::min(guest_target, budget)) {
      Order o = new_order(m, -1);
      used += fill(o, budget - used, m);
      orders.push_back(std::move(o));
    }
    plant_effects(m, budget, used, orders);  // demo_effects.h
    // (d) New customers fill the rest: this month is their cohort.
    while (used < budget) {
      Customer c;
      c.id = 12346 + static_cast<int>(customers_.size()) * 3 + static_cast<int>(rng_.below(3));
      c.country = rng_.weighted(kCountries, kCountryCount);
      c.channel = rng_.weighted(kChannels, kChannelCount);
      c.payment = rng_.weighted(kPayments, kPaymentCount);
      c.propensity = 1800 + static_cast<int>(rng_.below(4200));
      c.decay = 9600 + static_cast<int>(rng_.below(400));
      c.dropout = 500 + static_cast<int>(rng_.below(3500));
      if (m == kLoyalCohortMonth) {
        const Loyalty l = cohort_loyalty(m, c.propensity, c.decay, rng_.below(kLoyaltyDraws));
        c.propensity = l.propensity;
        c.decay = l.decay;
        c.dropout /= 10;  // the loyal cohort stays
      }
      customers_.push_back(c);
      size_t ci = customers_.size() - 1;
      Order o = new_order(m, static_cast<int>(ci));
      used += fill(o, budget - used, m);
      remember(o, ci);
      orders.push_back(std::move(o));
    }
    return orders;
  }

  // The planted effects of demo_effects.h that add orders to month m.
  void plant_effects(int m, int64_t budget, int64_t& used, std::vector<Order>& orders) {
    // (1) Returns of one product jump in the last months.
    if (m >= kReturnJumpFirstMonth) {
      const size_t n = orders.size();
      for (size_t i = 0; i < n && used < budget; ++i) {
        if (orders[i].cancellation || orders[i].adjustment) continue;
        for (const Line& l : orders[i].lines) {
          if (l.product != kReturnJumpProduct || l.duplicate_of_previous || !rng_.chance(kReturnJumpChance)) continue;
          Order r = new_order(m, orders[i].customer);
          r.cancellation = true;
          r.day = std::max(r.day, orders[i].day);
          r.lines.push_back({l.product, -l.quantity, l.price_e4});
          used += 1;
          orders.push_back(std::move(r));
          break;
        }
      }
    }
    // (2) One category's extra orders, (4) one day's extra orders (guests).
    for (int64_t extra = std::min(growth_lines(m, budget), budget - used); extra > 0;) {
      Order o = new_order(m, -1);
      const int count = 1 + static_cast<int>(rng_.below(4));
      for (int k = 0; k < count && extra > 0; ++k, --extra, ++used) {
        int p = 0;
        for (int tries = 0; tries < 400; ++tries) {
          const int64_t r = static_cast<int64_t>(rng_.below(static_cast<uint32_t>(popularity_.back())));
          p = static_cast<int>(std::upper_bound(popularity_.begin(), popularity_.end(), r) - popularity_.begin());
          if (catalogue_[static_cast<size_t>(p)].category == kGrowthCategory) break;
        }
        const int q = pick_quantity();
        o.lines.push_back({p, q, catalogue_[static_cast<size_t>(p)].price_e4});
      }
      orders.push_back(std::move(o));
    }
    const Day spike = month_start(m) + kSpikeDayOfMonth - 1;
    for (int64_t extra = std::min(spike_lines(m, budget), budget - used); extra > 0;) {
      Order o = new_order(m, -1);
      o.day = spike;
      const int64_t got = fill(o, extra, m);
      extra -= got;
      used += got;
      orders.push_back(std::move(o));
    }
  }

  void remember(const Order& o, size_t ci) {
    history_.push_back(o);
    customers_[ci].last_order = static_cast<int64_t>(history_.size()) - 1;
  }

  // --- 5. Writing ----------------------------------------------------------------
  static void append_int(std::string& out, int64_t v) {
    char buf[24];
    int n = 0;
    bool neg = v < 0;
    uint64_t a = neg ? static_cast<uint64_t>(-v) : static_cast<uint64_t>(v);
    do {
      buf[n++] = static_cast<char>('0' + a % 10);
      a /= 10;
    } while (a);
    if (neg) out += '-';
    while (n) out += buf[--n];
  }

  static void append_price(std::string& out, int64_t e4) {
    append_int(out, e4 / 10000);
    int64_t frac = e4 % 10000;
    out += '.';
    out += static_cast<char>('0' + frac / 1000);
    out += static_cast<char>('0' + frac / 100 % 10);
    if (frac % 100 != 0) out += static_cast<char>('0' + frac / 10 % 10);
  }

  static void append_csv_text(std::string& out, const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
      out += s;
      return;
    }
    out += '"';
    for (char c : s) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }

  std::string campaign(int channel, int m) const {
    const std::string ch = kChannels[channel].name;
    const std::string year = std::to_string(kFirstYear + m / 12);
    const int month = m % 12 + 1;
    if (ch == "Email") {
      if (month == 11) return "black-friday-" + year;
      if (month == 12) return "christmas-" + year;
      if (month >= 3 && month <= 5) return "spring-sale-" + year;
      return "newsletter";
    }
    if (ch == "Paid search") return month >= 10 ? "gifts-" + year : "brand-search";
    if (ch == "Social") return "social-ads-" + year;
    if (ch == "Affiliate") return "partners";
    return "";
  }

  void write_month(int m, std::vector<Order>& orders, std::string& out) {
    sort_rows(orders, [](const Order& a, const Order& b) {
      if (a.day != b.day) return a.day < b.day;
      if (a.minute != b.minute) return a.minute < b.minute;
      return a.seq < b.seq;
    });
    for (const Order& o : orders) {
      std::string invoice = (o.cancellation ? "C" : "") + std::to_string(invoice_++);
      CivilDate d = civil_from_days(o.day);
      std::string when = std::to_string(d.month) + "/" + std::to_string(d.day) + "/" +
                         std::to_string(d.year) + " " + std::to_string(o.minute / 60) + ":" +
                         (o.minute % 60 < 10 ? "0" : "") + std::to_string(o.minute % 60);
      std::string customer = o.customer >= 0 && !o.adjustment
                                 ? std::to_string(customers_[static_cast<size_t>(o.customer)].id)
                                 : std::string();
      std::string extra;
      if (opt_.format == DemoFormat::kFull) {
        extra += ',';
        extra += o.adjustment ? "" : kChannels[o.channel].name;
        extra += ',';
        extra += o.adjustment ? "" : campaign(o.channel, m);
        extra += ',';
        extra += o.adjustment ? "" : kPayments[o.payment].name;
      }
      // Issue 11 columns: the arm during the test, the customer's (or the
      // guest order's) state in the US and Brazil.
      const int64_t who = o.customer >= 0 ? customers_[static_cast<size_t>(o.customer)].id : invoice_;
      const std::string_view test_variant =
          test_running(m) && !o.adjustment ? arm_name(arm_of(who)) : std::string_view();
      const std::string_view state = o.adjustment ? std::string_view() : state_for(kCountries[o.country].name, who);
      for (const Line& l : o.lines) {
        const Product& p = catalogue_[static_cast<size_t>(l.product)];
        out += invoice;
        out += ',';
        out += p.sku;
        out += ',';
        if (o.adjustment) out += rng_.chance(5000) ? "damaged" : "";
        else append_csv_text(out, p.name);
        out += ',';
        append_int(out, l.quantity);
        out += ',';
        out += when;
        out += ',';
        append_price(out, l.price_e4);
        out += ',';
        out += customer;
        out += ',';
        out += kCountries[o.country].name;
        if (opt_.format == DemoFormat::kFull) {
          out += ',';
          out += kCategories[p.category].name;
          out += extra;
          out += ',';
          out += test_variant;
          out += ',';
          out += supplier_of(l.product, p.category);
          out += ',';
          out += state;
        }
        out += "\r\n";
      }
    }
  }

  DemoOptions opt_;
  Rng rng_;
  std::vector<Product> catalogue_;
  std::vector<int64_t> popularity_;  // cumulative weights per product
  std::vector<Customer> customers_;
  std::vector<uint32_t> visit_;  // this month's order of the returning customers
  std::vector<Order> history_;
  int seq_ = 0;
  int64_t invoice_ = 536365;
};

}  // namespace

std::string generate_demo_csv(const DemoOptions& options) {
  Generator g(options);
  return g.run();
}

std::string demo_file_name(const DemoOptions& o) {
  std::string size = o.lines % 1000000 == 0 ? std::to_string(o.lines / 1000000) + "M"
                     : o.lines % 1000 == 0  ? std::to_string(o.lines / 1000) + "k"
                                            : std::to_string(o.lines);
  return "demo-shop-" + size + "-seed" + std::to_string(o.seed) +
         (o.format == DemoFormat::kOnlineRetail ? "-online-retail" : "") + ".csv";
}

}  // namespace starcart
