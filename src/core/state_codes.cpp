#include "core/state_codes.h"

#include <string>

namespace starcart {

namespace {

const std::vector<StateInfo>& us_states() {
  static const std::vector<StateInfo> k = {
      {"US", "AK", "Alaska", 2, 2},          {"US", "AL", "Alabama", 1, 15},
      {"US", "AR", "Arkansas", 5, 9},        {"US", "AZ", "Arizona", 4, 22},
      {"US", "CA", "California", 6, 119},    {"US", "CO", "Colorado", 8, 17},
      {"US", "CT", "Connecticut", 9, 11},    {"US", "DC", "District of Columbia", 11, 2},
      {"US", "DE", "Delaware", 10, 3},       {"US", "FL", "Florida", 12, 65},
      {"US", "GA", "Georgia", 13, 32},       {"US", "HI", "Hawaii", 15, 4},
      {"US", "IA", "Iowa", 19, 10},          {"US", "ID", "Idaho", 16, 5},
      {"US", "IL", "Illinois", 17, 39},      {"US", "IN", "Indiana", 18, 20},
      {"US", "KS", "Kansas", 20, 9},         {"US", "KY", "Kentucky", 21, 14},
      {"US", "LA", "Louisiana", 22, 14},     {"US", "MA", "Massachusetts", 25, 21},
      {"US", "MD", "Maryland", 24, 19},      {"US", "ME", "Maine", 23, 4},
      {"US", "MI", "Michigan", 26, 30},      {"US", "MN", "Minnesota", 27, 17},
      {"US", "MO", "Missouri", 29, 19},      {"US", "MS", "Mississippi", 28, 9},
      {"US", "MT", "Montana", 30, 3},        {"US", "NC", "North Carolina", 37, 32},
      {"US", "ND", "North Dakota", 38, 2},   {"US", "NE", "Nebraska", 31, 6},
      {"US", "NH", "New Hampshire", 33, 4},  {"US", "NJ", "New Jersey", 34, 28},
      {"US", "NM", "New Mexico", 35, 6},     {"US", "NV", "Nevada", 32, 9},
      {"US", "NY", "New York", 36, 61},      {"US", "OH", "Ohio", 39, 36},
      {"US", "OK", "Oklahoma", 40, 12},      {"US", "OR", "Oregon", 41, 13},
      {"US", "PA", "Pennsylvania", 42, 39},  {"US", "PR", "Puerto Rico", 72, 10},
      {"US", "RI", "Rhode Island", 44, 3},   {"US", "SC", "South Carolina", 45, 15},
      {"US", "SD", "South Dakota", 46, 3},   {"US", "TN", "Tennessee", 47, 21},
      {"US", "TX", "Texas", 48, 88},         {"US", "UT", "Utah", 49, 10},
      {"US", "VA", "Virginia", 51, 26},      {"US", "VT", "Vermont", 50, 2},
      {"US", "WA", "Washington", 53, 23},    {"US", "WI", "Wisconsin", 55, 18},
      {"US", "WV", "West Virginia", 54, 5},  {"US", "WY", "Wyoming", 56, 2},
  };
  return k;
}

const std::vector<StateInfo>& br_states() {
  static const std::vector<StateInfo> k = {
      {"BR", "AC", "Acre", 12, 4},                 {"BR", "AL", "Alagoas", 27, 16},
      {"BR", "AM", "Amazonas", 13, 20},            {"BR", "AP", "Amapá", 16, 4},
      {"BR", "BA", "Bahia", 29, 70},               {"BR", "CE", "Ceará", 23, 43},
      {"BR", "DF", "Distrito Federal", 53, 14},    {"BR", "ES", "Espírito Santo", 32, 19},
      {"BR", "GO", "Goiás", 52, 33},               {"BR", "MA", "Maranhão", 21, 33},
      {"BR", "MG", "Minas Gerais", 31, 100},       {"BR", "MS", "Mato Grosso do Sul", 50, 13},
      {"BR", "MT", "Mato Grosso", 51, 16},         {"BR", "PA", "Pará", 15, 41},
      {"BR", "PB", "Paraíba", 25, 19},             {"BR", "PE", "Pernambuco", 26, 45},
      {"BR", "PI", "Piauí", 22, 15},               {"BR", "PR", "Paraná", 41, 54},
      {"BR", "RJ", "Rio de Janeiro", 33, 82},      {"BR", "RN", "Rio Grande do Norte", 24, 16},
      {"BR", "RO", "Rondônia", 11, 8},             {"BR", "RR", "Roraima", 14, 3},
      {"BR", "RS", "Rio Grande do Sul", 43, 54},   {"BR", "SC", "Santa Catarina", 42, 34},
      {"BR", "SE", "Sergipe", 28, 11},             {"BR", "SP", "São Paulo", 35, 216},
      {"BR", "TO", "Tocantins", 17, 7},
  };
  return k;
}

const std::vector<StateInfo>& no_states() {
  static const std::vector<StateInfo> k;
  return k;
}

// Lower-case ASCII with the Latin-1 accents of Portuguese and Spanish names
// folded ("São" -> "sao", "Ceará" -> "ceara"); spaces trimmed.
std::string fold(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[++i]) | 0x20;  // upper -> lower (À..Þ -> à..þ)
      char base = '?';
      if (d >= 0xA0 && d <= 0xA5) base = 'a';
      else if (d == 0xA7) base = 'c';
      else if (d >= 0xA8 && d <= 0xAB) base = 'e';
      else if (d >= 0xAC && d <= 0xAF) base = 'i';
      else if (d == 0xB1) base = 'n';
      else if (d >= 0xB2 && d <= 0xB6) base = 'o';
      else if (d >= 0xB9 && d <= 0xBC) base = 'u';
      out += base;
      continue;
    }
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return out;
}

}  // namespace

const std::vector<StateInfo>& states_of(std::string_view country) {
  if (country == "US") return us_states();
  if (country == "BR") return br_states();
  return no_states();
}

bool has_state_map(std::string_view country) { return country == "US" || country == "BR"; }

const StateInfo* find_state(std::string_view country, std::string_view text) {
  const std::string t = fold(text);
  if (t.empty()) return nullptr;
  for (const StateInfo& s : states_of(country))
    if (t == fold(s.code) || t == fold(s.name)) return &s;
  return nullptr;
}

}  // namespace starcart
