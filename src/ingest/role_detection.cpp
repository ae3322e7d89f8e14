#include "ingest/role_detection.h"

#include <algorithm>

namespace starcart {

namespace {

struct Synonym {
  std::string_view normalized;  // as normalize_header() writes it
  Role role;
};

// Header names seen in real exports (UCI Online Retail I/II, Shopify, Olist,
// WooCommerce) and in hand-made spreadsheets in several languages.
constexpr Synonym kSynonyms[] = {
    {"invoiceno", Role::kOrderId}, {"invoice", Role::kOrderId}, {"orderid", Role::kOrderId},
    {"ordernumber", Role::kOrderId}, {"orderno", Role::kOrderId}, {"order", Role::kOrderId},
    {"bestellnummer", Role::kOrderId}, {"pedido", Role::kOrderId}, {"numerocommande", Role::kOrderId},
    {"invoicedate", Role::kOrderDate}, {"orderdate", Role::kOrderDate}, {"date", Role::kOrderDate},
    {"createdat", Role::kOrderDate}, {"orderpurchasetimestamp", Role::kOrderDate},
    {"datum", Role::kOrderDate}, {"bestelldatum", Role::kOrderDate}, {"data", Role::kOrderDate},
    {"fecha", Role::kOrderDate}, {"datecommande", Role::kOrderDate},
    {"customerid", Role::kCustomerId}, {"customer", Role::kCustomerId}, {"clientid", Role::kCustomerId},
    {"customeruniqueid", Role::kCustomerId}, {"kundennummer", Role::kCustomerId},
    {"cliente", Role::kCustomerId}, {"client", Role::kCustomerId},
    {"stockcode", Role::kSku}, {"sku", Role::kSku}, {"productid", Role::kSku}, {"lineitemsku", Role::kSku},
    {"artikelnummer", Role::kSku}, {"productcode", Role::kSku}, {"itemcode", Role::kSku},
    {"description", Role::kProductName}, {"productname", Role::kProductName},
    {"lineitemname", Role::kProductName}, {"product", Role::kProductName}, {"title", Role::kProductName},
    {"artikel", Role::kProductName}, {"produto", Role::kProductName}, {"producto", Role::kProductName},
    {"category", Role::kCategory}, {"productcategory", Role::kCategory},
    {"productcategoryname", Role::kCategory}, {"kategorie", Role::kCategory}, {"categoria", Role::kCategory},
    {"quantity", Role::kQuantity}, {"qty", Role::kQuantity}, {"lineitemquantity", Role::kQuantity},
    {"anzahl", Role::kQuantity}, {"menge", Role::kQuantity}, {"quantidade", Role::kQuantity},
    {"cantidad", Role::kQuantity}, {"quantite", Role::kQuantity}, {"units", Role::kQuantity},
    {"unitprice", Role::kUnitPrice}, {"price", Role::kUnitPrice}, {"lineitemprice", Role::kUnitPrice},
    {"preis", Role::kUnitPrice}, {"preco", Role::kUnitPrice}, {"precio", Role::kUnitPrice},
    {"prix", Role::kUnitPrice},
    {"linetotal", Role::kLineTotal}, {"total", Role::kLineTotal}, {"amount", Role::kLineTotal},
    {"discount", Role::kDiscount}, {"discountamount", Role::kDiscount}, {"lineitemdiscount", Role::kDiscount},
    {"shipping", Role::kShipping}, {"freightvalue", Role::kShipping}, {"tax", Role::kTax}, {"taxes", Role::kTax},
    {"currency", Role::kCurrency},
    {"country", Role::kCountry}, {"billingcountry", Role::kCountry}, {"land", Role::kCountry},
    {"pais", Role::kCountry}, {"pays", Role::kCountry},
    {"state", Role::kState}, {"customerstate", Role::kState}, {"billingprovince", Role::kState},
    {"region", Role::kState}, {"city", Role::kCity}, {"customercity", Role::kCity}, {"billingcity", Role::kCity},
    {"zip", Role::kPostalCode}, {"postalcode", Role::kPostalCode}, {"billingzip", Role::kPostalCode},
    {"customerzipcodeprefix", Role::kPostalCode},
    {"paymenttype", Role::kPaymentType}, {"paymentmethod", Role::kPaymentType},
    {"paymentvalue", Role::kPaymentValue}, {"paymentinstallments", Role::kInstallments},
    {"installments", Role::kInstallments},
    {"channel", Role::kChannel}, {"source", Role::kChannel}, {"utmsource", Role::kChannel},
    {"campaign", Role::kCampaign}, {"utmcampaign", Role::kCampaign},
    {"orderstatus", Role::kOrderStatus}, {"status", Role::kOrderStatus},
    {"financialstatus", Role::kOrderStatus},
    {"returnreason", Role::kReturnReason}, {"returned", Role::kReturnFlag},
    {"cost", Role::kCost}, {"unitcost", Role::kCost},
    {"email", Role::kEmail}, {"customeremail", Role::kEmail},
    {"billingname", Role::kPersonName}, {"customername", Role::kPersonName},
    {"phone", Role::kPhone}, {"billingphone", Role::kPhone},
};

}  // namespace

std::string normalize_header(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (static_cast<unsigned char>(c) == 0xC3) continue;  // é, ç...: keep the letter below
    else if (static_cast<unsigned char>(c) >= 0x80) {
      // Latin-1 letters in UTF-8 (ç -> c, é -> e, ã -> a): enough for header names.
      unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0xA0 && u <= 0xA5) out += 'a';
      else if (u == 0xA7) out += 'c';
      else if (u >= 0xA8 && u <= 0xAB) out += 'e';
      else if (u >= 0xAC && u <= 0xAF) out += 'i';
      else if (u >= 0xB2 && u <= 0xB6) out += 'o';
      else if (u >= 0xB9 && u <= 0xBC) out += 'u';
    }
  }
  return out;
}

std::vector<RoleGuess> detect_roles(const std::vector<std::string>& header,
                                    const std::vector<std::vector<std::string>>& sample) {
  (void)sample;  // value-shape evidence refines these guesses (ingest issue)
  std::vector<RoleGuess> guesses(header.size());
  for (size_t c = 0; c < header.size(); ++c) {
    std::string norm = normalize_header(header[c]);
    for (const Synonym& s : kSynonyms) {
      if (s.normalized == norm) {
        guesses[c].role = s.role;
        guesses[c].confidence = 0.95;
        guesses[c].reason = "header '" + header[c] + "' is a name for " + std::string(role_info(s.role).label);
        break;
      }
    }
  }
  // Each role goes to one column: the most confident, then the leftmost.
  for (size_t c = 0; c < guesses.size(); ++c) {
    if (guesses[c].role == Role::kNone) continue;
    for (size_t d = c + 1; d < guesses.size(); ++d) {
      if (guesses[d].role != guesses[c].role) continue;
      size_t loser = guesses[d].confidence > guesses[c].confidence ? c : d;
      guesses[loser] = RoleGuess{};
      if (loser == c) break;
    }
  }
  return guesses;
}

}  // namespace starcart
