#include "ingest/value_shapes.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "core/country_codes.h"
#include "ingest/role_detection.h"

namespace starcart {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_email(std::string_view v) {
  const size_t at = v.find('@');
  if (at == 0 || at == std::string_view::npos || v.find(' ') != std::string_view::npos) return false;
  const size_t dot = v.find('.', at);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < v.size();
}

// 536365, C536379, A563185, INV-00042, SO12345, #1001.
bool is_invoice_like(std::string_view v, bool& hash) {
  size_t i = 0;
  hash = !v.empty() && v[0] == '#';
  if (hash) ++i;
  size_t letters = 0;
  while (i < v.size() && ((v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= 'a' && v[i] <= 'z')) && letters < 4) ++i, ++letters;
  if (i < v.size() && v[i] == '-') ++i;
  size_t digits = 0;
  while (i < v.size() && is_digit(v[i])) ++i, ++digits;
  return i == v.size() && digits >= (hash ? 3 : 4) && digits <= 10;
}

bool is_phone(std::string_view v, bool& formatted) {
  int digits = 0;
  formatted = false;
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (is_digit(c)) ++digits;
    else if (c == '+' && i == 0) formatted = true;
    else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.') formatted = true;
    else return false;
  }
  return digits >= 7 && digits <= 15;
}

bool in_vocabulary(std::string_view v, const std::vector<std::string_view>& words) {
  const std::string l = lower(v);
  std::string squeezed;
  for (char c : l)
    if (c != ' ' && c != '-' && c != '_') squeezed += c;
  for (std::string_view w : words)
    if (squeezed == w) return true;
  return false;
}

const std::vector<std::string_view>& payment_words() {
  static const std::vector<std::string_view> kWords = {
      "creditcard", "debitcard", "boleto",   "voucher", "card",       "cash",     "paypal",  "banktransfer",
      "bacs",       "cheque",    "check",    "cod",     "cashondelivery", "klarna", "stripe", "applepay",
      "googlepay",  "giftcard",  "pix",      "ideal",   "sofort",     "sepa",     "invoice", "manual",
      "shopifypayments", "visa", "mastercard", "amex", "americanexpress", "notdefined", "afterpay"};
  return kWords;
}

const std::vector<std::string_view>& status_words() {
  static const std::vector<std::string_view> kWords = {
      "delivered", "shipped",  "canceled",  "cancelled", "processing", "completed", "complete", "pending",
      "refunded",  "paid",     "unavailable", "invoiced", "approved",  "created",   "onhold",   "failed",
      "partiallyrefunded", "authorized", "voided", "partiallypaid", "fulfilled", "unfulfilled",
      "pendingpayment", "returned", "open", "closed", "expired"};
  return kWords;
}

std::string percent(int64_t part, int64_t whole) {
  return std::to_string(whole ? (part * 100 + whole / 2) / whole : 0) + "%";
}

}  // namespace

bool status_means_cancelled(std::string_view status) {
  return in_vocabulary(status, {"canceled", "cancelled", "failed", "voided", "unavailable", "declined", "expired"});
}

bool status_means_refunded(std::string_view status) {
  return in_vocabulary(status, {"refunded", "returned"});
}

std::vector<RoleCandidate> shape_role_candidates(std::string_view header,
                                                 const std::vector<std::string_view>& values,
                                                 const TypeGuess& type) {
  std::vector<RoleCandidate> out;
  int64_t n = 0, email = 0, country = 0, currency = 0, payment = 0, status = 0, invoice = 0, hashed = 0,
          phone = 0, phone_formatted = 0, score = 0;
  std::unordered_set<std::string_view> distinct;
  for (std::string_view raw : values) {
    std::string_view v = trim(raw);
    if (v.empty()) continue;
    ++n;
    if (distinct.size() < 64) distinct.insert(v);
    email += is_email(v);
    const bool digits_only = std::all_of(v.begin(), v.end(), is_digit);
    if (!digits_only && find_country(v) != nullptr) ++country;
    currency += is_iso_currency_code(v);
    payment += in_vocabulary(v, payment_words());
    status += in_vocabulary(v, status_words());
    bool hash = false;
    if (is_invoice_like(v, hash)) {
      ++invoice;
      hashed += hash;
    }
    bool formatted = false;
    if (is_phone(v, formatted)) {
      ++phone;
      phone_formatted += formatted;
    }
    auto i = parse_integer(v);
    score += i && *i >= 1 && *i <= 5;
  }
  if (n == 0) return out;
  auto share = [&](int64_t k, int pct) { return k * 100 >= n * pct; };
  auto add = [&](Role r, double c, int64_t k, const std::string& what) {
    out.push_back({r, c, percent(k, n) + " of " + std::to_string(n) + " sampled values are " + what});
  };
  if (share(email, 90)) add(Role::kEmail, 0.9, email, "email addresses");
  if (share(country, 90)) add(Role::kCountry, 0.85, country, "country names or codes");
  if (share(currency, 95)) add(Role::kCurrency, 0.85, currency, "ISO currency codes");
  if (share(payment, 80)) add(Role::kPaymentType, 0.8, payment, "payment methods");
  if (share(status, 80)) add(Role::kOrderStatus, 0.8, status, "order statuses");
  // Order numbers repeat over an order's lines, and are not small counts.
  if (share(hashed, 90)) add(Role::kOrderId, 0.75, hashed, "order numbers like '#1001'");
  else if (share(invoice, 90) && type.type != ValueType::kDecimal && type.type != ValueType::kMoney &&
           !type.is_date() && static_cast<int64_t>(distinct.size()) < n)
    add(Role::kOrderId, 0.55, invoice, "invoice-like numbers that repeat over lines");
  if (share(phone, 90) && share(phone_formatted, 50) && !type.is_date())
    add(Role::kPhone, 0.6, phone, "phone numbers");
  const std::string norm = normalize_header(header);
  if (share(score, 100) && distinct.size() >= 2 &&
      header_contains_any(norm, {"review", "rating", "score", "stars", "nota", "bewertung", "avaliacao"}))
    add(Role::kReviewScore, 0.9, score, "whole numbers from 1 to 5 under a rating header");
  return out;
}

}  // namespace starcart
