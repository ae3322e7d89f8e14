#include "core/country_codes.h"

#include <string>
#include <unordered_map>

namespace starcart {

namespace {

const CountryInfo kCountries[] = {
#include "core/country_table.inc"
};

// Names exports use that ISO does not: UCI Online Retail's, older short
// names, and the names of the countries in their own languages.
const std::pair<const char*, const char*> kAliases[] = {
    {"EIRE", "IE"}, {"USA", "US"}, {"U.S.A.", "US"}, {"United States of America", "US"}, {"America", "US"},
    {"RSA", "ZA"}, {"UK", "GB"}, {"U.K.", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"},
    {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Northern Ireland", "GB"},
    {"Czech Republic", "CZ"}, {"South Korea", "KR"}, {"Korea", "KR"}, {"Republic of Korea", "KR"},
    {"North Korea", "KP"}, {"Russia", "RU"}, {"Vietnam", "VN"}, {"Iran", "IR"}, {"Syria", "SY"},
    {"Taiwan", "TW"}, {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"Bolivia", "BO"},
    {"Venezuela", "VE"}, {"Tanzania", "TZ"}, {"Laos", "LA"}, {"Moldova", "MD"}, {"Brunei", "BN"},
    {"Ivory Coast", "CI"}, {"Cote d'Ivoire", "CI"}, {"Holland", "NL"}, {"The Netherlands", "NL"},
    {"Deutschland", "DE"}, {"Espana", "ES"}, {"Brasil", "BR"}, {"Osterreich", "AT"}, {"Schweiz", "CH"},
    {"Suisse", "CH"}, {"Svizzera", "CH"}, {"Italia", "IT"}, {"Nederland", "NL"}, {"Belgique", "BE"},
    {"Belgie", "BE"}, {"Polska", "PL"}, {"Sverige", "SE"}, {"Norge", "NO"}, {"Danmark", "DK"},
    {"Suomi", "FI"}, {"Mexico", "MX"}, {"Turkey", "TR"}, {"Turkiye", "TR"}, {"Palestine", "PS"},
    {"Swaziland", "SZ"}, {"Eswatini", "SZ"}, {"Macedonia", "MK"}, {"North Macedonia", "MK"},
    {"Burma", "MM"}, {"Cape Verde", "CV"}, {"East Timor", "TL"}, {"Vatican", "VA"},
    {"Dem. Rep. Congo", "CD"}, {"DR Congo", "CD"}, {"Congo-Kinshasa", "CD"}, {"Congo-Brazzaville", "CG"},
    {"Central African Rep.", "CF"}, {"S. Sudan", "SS"}, {"Bosnia and Herz.", "BA"},
    {"Bosnia", "BA"}, {"Dominican Rep.", "DO"}, {"Eq. Guinea", "GQ"}, {"Solomon Is.", "SB"},
    {"Falkland Is.", "FK"}, {"W. Sahara", "EH"}, {"UAE", "AE"}, {"Emirates", "AE"},
    {"Kosovo", "XK"}, {"Micronesia", "FM"}, {"St. Lucia", "LC"}, {"St Lucia", "LC"},
};

// Lower-case letters and digits only; Latin-1 accents folded (é -> e).
std::string fold(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    else if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[++i]) | 0x20;  // fold case of the Latin-1 letter
      if (d >= 0xA0 && d <= 0xA5) out += 'a';
      else if (d == 0xA7) out += 'c';
      else if (d >= 0xA8 && d <= 0xAB) out += 'e';
      else if (d >= 0xAC && d <= 0xAF) out += 'i';
      else if (d == 0xB1) out += 'n';
      else if ((d >= 0xB2 && d <= 0xB6) || d == 0xB8) out += 'o';
      else if (d >= 0xB9 && d <= 0xBC) out += 'u';
      else if (d == 0xBD || d == 0xBF) out += 'y';
    }
  }
  return out;
}

struct Index {
  std::unordered_map<std::string, const CountryInfo*> by_key;
  std::unordered_map<int, const CountryInfo*> by_numeric;
  std::vector<CountryInfo> all;
  Index() {
    for (const CountryInfo& c : kCountries) {
      all.push_back(c);
      by_key.emplace(fold(c.alpha2), &c);
      by_key.emplace(fold(c.alpha3), &c);
      by_key.emplace(fold(c.name), &c);
      if (!c.official.empty()) by_key.emplace(fold(c.official), &c);
      if (c.numeric) by_numeric.emplace(c.numeric, &c);
    }
    for (const auto& [alias, code] : kAliases) {
      auto it = by_key.find(fold(code));
      if (it != by_key.end()) by_key.emplace(fold(alias), it->second);
    }
  }
};

const Index& index() {
  static const Index kIndex;  // built once, read-only afterwards
  return kIndex;
}

}  // namespace

const CountryInfo* find_country(std::string_view text) {
  const Index& ix = index();
  auto it = ix.by_key.find(fold(text));
  return it == ix.by_key.end() ? nullptr : it->second;
}

const CountryInfo* country_by_numeric(int numeric) {
  const Index& ix = index();
  auto it = ix.by_numeric.find(numeric);
  return it == ix.by_numeric.end() ? nullptr : it->second;
}

const std::vector<CountryInfo>& all_countries() { return index().all; }

}  // namespace starcart
