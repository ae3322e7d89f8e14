#include "ingest/header_synonyms.h"

#include "ingest/role_detection.h"

namespace starcart {

namespace {

struct Synonym {
  std::string_view normalized;  // as normalize_header() writes it
  Role role;
};

// Whole names. "name", "type" and "id" alone are too ambiguous to list; known
// layouts (layouts.cpp) map them where the file's shape says what they are.
constexpr Synonym kSynonyms[] = {
    // order id
    {"invoiceno", Role::kOrderId}, {"invoice", Role::kOrderId}, {"invoicenumber", Role::kOrderId},
    {"orderid", Role::kOrderId}, {"ordernumber", Role::kOrderId}, {"orderno", Role::kOrderId},
    {"order", Role::kOrderId}, {"ordernr", Role::kOrderId}, {"orderreference", Role::kOrderId},
    {"transactionid", Role::kOrderId}, {"receiptno", Role::kOrderId},
    {"bestellnummer", Role::kOrderId}, {"bestellung", Role::kOrderId}, {"auftragsnummer", Role::kOrderId},
    {"rechnungsnummer", Role::kOrderId}, {"pedido", Role::kOrderId}, {"numeropedido", Role::kOrderId},
    {"numerodopedido", Role::kOrderId}, {"idpedido", Role::kOrderId}, {"numerocommande", Role::kOrderId},
    {"commande", Role::kOrderId}, {"ordine", Role::kOrderId}, {"numeroordine", Role::kOrderId},
    {"bestelnummer", Role::kOrderId}, {"ordernummer", Role::kOrderId},
    // order date
    {"invoicedate", Role::kOrderDate}, {"orderdate", Role::kOrderDate}, {"date", Role::kOrderDate},
    {"createdat", Role::kOrderDate}, {"orderpurchasetimestamp", Role::kOrderDate},
    {"purchasedate", Role::kOrderDate}, {"transactiondate", Role::kOrderDate}, {"datecreated", Role::kOrderDate},
    {"orderedat", Role::kOrderDate}, {"datum", Role::kOrderDate}, {"bestelldatum", Role::kOrderDate},
    {"rechnungsdatum", Role::kOrderDate}, {"data", Role::kOrderDate}, {"datapedido", Role::kOrderDate},
    {"datadacompra", Role::kOrderDate}, {"fecha", Role::kOrderDate}, {"fechapedido", Role::kOrderDate},
    {"fechadecompra", Role::kOrderDate}, {"datecommande", Role::kOrderDate}, {"datedecommande", Role::kOrderDate},
    {"dataordine", Role::kOrderDate}, {"besteldatum", Role::kOrderDate}, {"orderdatum", Role::kOrderDate},
    // customer
    {"customerid", Role::kCustomerId}, {"customer", Role::kCustomerId}, {"clientid", Role::kCustomerId},
    {"customernumber", Role::kCustomerId}, {"customerno", Role::kCustomerId}, {"userid", Role::kCustomerId},
    {"buyerid", Role::kCustomerId}, {"kundennummer", Role::kCustomerId}, {"kunde", Role::kCustomerId},
    {"kundenid", Role::kCustomerId}, {"cliente", Role::kCustomerId}, {"idcliente", Role::kCustomerId},
    {"codigocliente", Role::kCustomerId}, {"client", Role::kCustomerId}, {"numeroclient", Role::kCustomerId},
    {"klant", Role::kCustomerId}, {"klantnummer", Role::kCustomerId},
    {"customeruniqueid", Role::kCustomerUniqueId},
    // product
    {"stockcode", Role::kSku}, {"sku", Role::kSku}, {"productid", Role::kSku}, {"lineitemsku", Role::kSku},
    {"artikelnummer", Role::kSku}, {"productcode", Role::kSku}, {"itemcode", Role::kSku},
    {"itemid", Role::kSku}, {"articlenumber", Role::kSku}, {"productsku", Role::kSku}, {"variantsku", Role::kSku},
    {"referencia", Role::kSku}, {"codigoproduto", Role::kSku}, {"codproduto", Role::kSku},
    {"reference", Role::kSku}, {"codiceprodotto", Role::kSku}, {"artikelcode", Role::kSku},
    {"description", Role::kProductName}, {"productname", Role::kProductName},
    {"lineitemname", Role::kProductName}, {"product", Role::kProductName}, {"products", Role::kProductName},
    {"title", Role::kProductName}, {"itemname", Role::kProductName}, {"productdescription", Role::kProductName},
    {"artikel", Role::kProductName}, {"artikelname", Role::kProductName}, {"bezeichnung", Role::kProductName},
    {"produto", Role::kProductName}, {"nomeproduto", Role::kProductName}, {"producto", Role::kProductName},
    {"nombreproducto", Role::kProductName}, {"produit", Role::kProductName}, {"designation", Role::kProductName},
    {"libelle", Role::kProductName}, {"prodotto", Role::kProductName}, {"omschrijving", Role::kProductName},
    {"category", Role::kCategory}, {"productcategory", Role::kCategory}, {"productcategoryname", Role::kCategory},
    {"producttype", Role::kCategory}, {"department", Role::kCategory}, {"kategorie", Role::kCategory},
    {"warengruppe", Role::kCategory}, {"categoria", Role::kCategory}, {"categorie", Role::kCategory},
    {"categorieproduit", Role::kCategory},
    // quantities and money
    {"quantity", Role::kQuantity}, {"qty", Role::kQuantity}, {"lineitemquantity", Role::kQuantity},
    {"units", Role::kQuantity}, {"itemssold", Role::kQuantity}, {"pieces", Role::kQuantity},
    {"anzahl", Role::kQuantity}, {"menge", Role::kQuantity}, {"stuck", Role::kQuantity},
    {"quantidade", Role::kQuantity}, {"qtd", Role::kQuantity}, {"cantidad", Role::kQuantity},
    {"quantite", Role::kQuantity}, {"quantita", Role::kQuantity}, {"aantal", Role::kQuantity},
    {"unitprice", Role::kUnitPrice}, {"price", Role::kUnitPrice}, {"lineitemprice", Role::kUnitPrice},
    {"itemprice", Role::kUnitPrice}, {"salesprice", Role::kUnitPrice}, {"preis", Role::kUnitPrice},
    {"einzelpreis", Role::kUnitPrice}, {"stuckpreis", Role::kUnitPrice}, {"preco", Role::kUnitPrice},
    {"precounitario", Role::kUnitPrice}, {"valorunitario", Role::kUnitPrice}, {"precio", Role::kUnitPrice},
    {"preciounitario", Role::kUnitPrice}, {"prix", Role::kUnitPrice}, {"prixunitaire", Role::kUnitPrice},
    {"prezzo", Role::kUnitPrice}, {"prijs", Role::kUnitPrice},
    {"linetotal", Role::kLineTotal}, {"total", Role::kLineTotal}, {"amount", Role::kLineTotal},
    {"lineamount", Role::kLineTotal}, {"totalprice", Role::kLineTotal}, {"itemtotal", Role::kLineTotal},
    {"netsales", Role::kLineTotal}, {"revenue", Role::kLineTotal}, {"sales", Role::kLineTotal},
    {"gesamtpreis", Role::kLineTotal}, {"betrag", Role::kLineTotal}, {"summe", Role::kLineTotal},
    {"valortotal", Role::kLineTotal}, {"importe", Role::kLineTotal}, {"montant", Role::kLineTotal},
    {"totale", Role::kLineTotal}, {"bedrag", Role::kLineTotal},
    {"discount", Role::kDiscount}, {"discountamount", Role::kDiscount}, {"lineitemdiscount", Role::kDiscount},
    {"rabatt", Role::kDiscount}, {"desconto", Role::kDiscount}, {"descuento", Role::kDiscount},
    {"remise", Role::kDiscount}, {"sconto", Role::kDiscount}, {"korting", Role::kDiscount},
    {"shipping", Role::kShipping}, {"freightvalue", Role::kShipping}, {"shippingcost", Role::kShipping},
    {"postage", Role::kShipping}, {"deliveryfee", Role::kShipping}, {"versand", Role::kShipping},
    {"versandkosten", Role::kShipping}, {"frete", Role::kShipping}, {"envio", Role::kShipping},
    {"gastosdeenvio", Role::kShipping}, {"fraisdeport", Role::kShipping}, {"livraison", Role::kShipping},
    {"spedizione", Role::kShipping}, {"verzendkosten", Role::kShipping},
    {"tax", Role::kTax}, {"taxes", Role::kTax}, {"vat", Role::kTax}, {"salestax", Role::kTax},
    {"taxamount", Role::kTax}, {"mwst", Role::kTax}, {"ust", Role::kTax}, {"steuer", Role::kTax},
    {"imposto", Role::kTax}, {"iva", Role::kTax}, {"impuesto", Role::kTax}, {"tva", Role::kTax}, {"btw", Role::kTax},
    {"currency", Role::kCurrency}, {"currencycode", Role::kCurrency}, {"wahrung", Role::kCurrency},
    {"moeda", Role::kCurrency}, {"moneda", Role::kCurrency}, {"devise", Role::kCurrency},
    {"valuta", Role::kCurrency},
    {"cost", Role::kCost}, {"unitcost", Role::kCost}, {"costprice", Role::kCost}, {"cogs", Role::kCost},
    {"purchaseprice", Role::kCost}, {"einkaufspreis", Role::kCost}, {"custo", Role::kCost},
    {"coste", Role::kCost}, {"cout", Role::kCost},
    // places
    {"country", Role::kCountry}, {"billingcountry", Role::kCountry}, {"shippingcountry", Role::kCountry},
    {"countrycode", Role::kCountry}, {"customercountry", Role::kCountry}, {"land", Role::kCountry},
    {"lieferland", Role::kCountry}, {"pais", Role::kCountry}, {"pays", Role::kCountry}, {"paese", Role::kCountry},
    {"state", Role::kState}, {"customerstate", Role::kState}, {"billingprovince", Role::kState},
    {"shippingprovince", Role::kState}, {"province", Role::kState}, {"provincecode", Role::kState},
    {"billingstate", Role::kState}, {"region", Role::kState}, {"county", Role::kState},
    {"bundesland", Role::kState}, {"estado", Role::kState}, {"uf", Role::kState}, {"provincia", Role::kState},
    {"departement", Role::kState}, {"regione", Role::kState},
    {"city", Role::kCity}, {"customercity", Role::kCity}, {"billingcity", Role::kCity},
    {"shippingcity", Role::kCity}, {"town", Role::kCity}, {"stadt", Role::kCity}, {"ort", Role::kCity},
    {"cidade", Role::kCity}, {"ciudad", Role::kCity}, {"ville", Role::kCity}, {"citta", Role::kCity},
    {"stad", Role::kCity}, {"municipio", Role::kCity},
    {"zip", Role::kPostalCode}, {"zipcode", Role::kPostalCode}, {"postalcode", Role::kPostalCode},
    {"postcode", Role::kPostalCode}, {"billingzip", Role::kPostalCode}, {"shippingzip", Role::kPostalCode},
    {"customerzipcodeprefix", Role::kPostalCode}, {"plz", Role::kPostalCode},
    {"postleitzahl", Role::kPostalCode}, {"cep", Role::kPostalCode}, {"codigopostal", Role::kPostalCode},
    {"codepostal", Role::kPostalCode}, {"cap", Role::kPostalCode},
    // payments
    {"paymenttype", Role::kPaymentType}, {"paymentmethod", Role::kPaymentType},
    {"paymentgateway", Role::kPaymentType}, {"zahlungsart", Role::kPaymentType},
    {"zahlungsmethode", Role::kPaymentType}, {"formadepagamento", Role::kPaymentType},
    {"metododepago", Role::kPaymentType}, {"modedepaiement", Role::kPaymentType},
    {"metodopagamento", Role::kPaymentType}, {"betaalmethode", Role::kPaymentType},
    {"paymentvalue", Role::kPaymentValue}, {"paymentamount", Role::kPaymentValue},
    {"amountpaid", Role::kPaymentValue}, {"valorpago", Role::kPaymentValue},
    {"paymentinstallments", Role::kInstallments}, {"installments", Role::kInstallments},
    {"parcelas", Role::kInstallments}, {"cuotas", Role::kInstallments}, {"raten", Role::kInstallments},
    {"paymentsequential", Role::kPaymentSequential},
    // marketing
    {"channel", Role::kChannel}, {"source", Role::kChannel}, {"utmsource", Role::kChannel},
    {"saleschannel", Role::kChannel}, {"sourcename", Role::kChannel}, {"trafficsource", Role::kChannel},
    {"kanal", Role::kChannel}, {"canal", Role::kChannel},
    {"campaign", Role::kCampaign}, {"utmcampaign", Role::kCampaign}, {"coupon", Role::kCampaign},
    {"coupons", Role::kCampaign}, {"couponcode", Role::kCampaign}, {"discountcode", Role::kCampaign},
    {"kampagne", Role::kCampaign}, {"campanha", Role::kCampaign}, {"campana", Role::kCampaign},
    {"campagne", Role::kCampaign},
    // status, returns
    {"orderstatus", Role::kOrderStatus}, {"status", Role::kOrderStatus}, {"financialstatus", Role::kOrderStatus},
    {"bestellstatus", Role::kOrderStatus}, {"statuspedido", Role::kOrderStatus},
    {"estadopedido", Role::kOrderStatus}, {"statut", Role::kOrderStatus}, {"stato", Role::kOrderStatus},
    {"returnreason", Role::kReturnReason}, {"reason", Role::kReturnReason},
    {"ruckgabegrund", Role::kReturnReason}, {"motivodevolucao", Role::kReturnReason},
    {"returned", Role::kReturnFlag}, {"isreturn", Role::kReturnFlag}, {"returnflag", Role::kReturnFlag},
    {"refundedamount", Role::kRefundAmount}, {"refundamount", Role::kRefundAmount},
    {"cancelledat", Role::kCancelledAt}, {"canceledat", Role::kCancelledAt},
    {"cancellationdate", Role::kCancelledAt},
    // people (PII)
    {"email", Role::kEmail}, {"customeremail", Role::kEmail}, {"emailaddress", Role::kEmail},
    {"billingemail", Role::kEmail}, {"mail", Role::kEmail}, {"correo", Role::kEmail}, {"courriel", Role::kEmail},
    {"billingname", Role::kPersonName}, {"customername", Role::kPersonName}, {"shippingname", Role::kPersonName},
    {"fullname", Role::kPersonName}, {"kundenname", Role::kPersonName}, {"nomecliente", Role::kPersonName},
    {"nombrecliente", Role::kPersonName}, {"nomclient", Role::kPersonName},
    {"phone", Role::kPhone}, {"billingphone", Role::kPhone}, {"shippingphone", Role::kPhone},
    {"telephone", Role::kPhone}, {"phonenumber", Role::kPhone}, {"mobile", Role::kPhone},
    {"telefon", Role::kPhone}, {"telefone", Role::kPhone}, {"telefono", Role::kPhone}, {"tel", Role::kPhone},
    // other files of a dataset
    {"reviewscore", Role::kReviewScore}, {"rating", Role::kReviewScore}, {"stars", Role::kReviewScore},
    {"bewertung", Role::kReviewScore}, {"avaliacao", Role::kReviewScore},
    {"stock", Role::kStockLevel}, {"stocklevel", Role::kStockLevel}, {"onhand", Role::kStockLevel},
    {"quantityonhand", Role::kStockLevel}, {"inventory", Role::kStockLevel}, {"instock", Role::kStockLevel},
    {"inventoryquantity", Role::kStockLevel}, {"lagerbestand", Role::kStockLevel}, {"estoque", Role::kStockLevel},
    {"eventtype", Role::kEventType}, {"event", Role::kEventType}, {"eventname", Role::kEventType},
    // experiments (A/B tests): the arm a customer was assigned to
    {"variant", Role::kVariant}, {"abvariant", Role::kVariant}, {"experimentvariant", Role::kVariant},
    {"experimentgroup", Role::kVariant}, {"abgroup", Role::kVariant}, {"testgroup", Role::kVariant},
    {"abtestgroup", Role::kVariant}, {"abbucket", Role::kVariant}, {"testbucket", Role::kVariant},
    {"experimentbucket", Role::kVariant}, {"arm", Role::kVariant},  // a bare "bucket" is too vague (a size band)
    {"treatment", Role::kVariant}, {"experimentarm", Role::kVariant}, {"variante", Role::kVariant},
    // suppliers
    {"supplier", Role::kSupplier}, {"vendor", Role::kSupplier}, {"brand", Role::kSupplier},
    {"suppliername", Role::kSupplier}, {"vendorname", Role::kSupplier}, {"brandname", Role::kSupplier},
    {"manufacturer", Role::kSupplier}, {"lieferant", Role::kSupplier}, {"hersteller", Role::kSupplier},
    {"marke", Role::kSupplier}, {"fornecedor", Role::kSupplier}, {"marca", Role::kSupplier},
    {"proveedor", Role::kSupplier}, {"fournisseur", Role::kSupplier}, {"marque", Role::kSupplier},
    {"eventtime", Role::kOrderDate}, {"eventdate", Role::kOrderDate}, {"eventtimestamp", Role::kOrderDate},
    {"snapshotdate", Role::kOrderDate}, {"stockdate", Role::kOrderDate}, {"inventorydate", Role::kOrderDate},
    {"usersession", Role::kSessionId}, {"sessionid", Role::kSessionId}, {"session", Role::kSessionId},
    {"visitorid", Role::kSessionId}, {"visitid", Role::kSessionId}, {"clientid", Role::kSessionId},
    {"anonymousid", Role::kSessionId}, {"gasessionid", Role::kSessionId},
    {"warehouse", Role::kLocation}, {"location", Role::kLocation}, {"warehouseid", Role::kLocation},
    {"storelocation", Role::kLocation}, {"lager", Role::kLocation}, {"deposito", Role::kLocation},
    {"orderdeliveredcustomerdate", Role::kDeliveredAt}, {"deliveredat", Role::kDeliveredAt},
    {"deliverydate", Role::kDeliveredAt}, {"delivereddate", Role::kDeliveredAt}, {"datedelivered", Role::kDeliveredAt},
    {"orderestimateddeliverydate", Role::kPromisedDelivery}, {"estimateddeliverydate", Role::kPromisedDelivery},
    {"promiseddeliverydate", Role::kPromisedDelivery}, {"promiseddate", Role::kPromisedDelivery},
    {"expecteddeliverydate", Role::kPromisedDelivery},
    // marketing spend files ("cost" stays the unit cost of a line; a spend
    // file's cost or amount column is read as spend by the file's kind)
    {"spend", Role::kSpend}, {"adspend", Role::kSpend}, {"spendamount", Role::kSpend},
    {"mediaspend", Role::kSpend}, {"amountspent", Role::kSpend}, {"adcost", Role::kSpend},
    {"marketingspend", Role::kSpend}, {"totalspend", Role::kSpend}, {"spent", Role::kSpend},
    {"ausgaben", Role::kSpend}, {"gasto", Role::kSpend}, {"investimento", Role::kSpend},
};

// Keywords contained in a longer name ("Ship Country Code").
constexpr Synonym kKeywords[] = {
    {"email", Role::kEmail},      {"phone", Role::kPhone},          {"country", Role::kCountry},
    {"city", Role::kCity},        {"zip", Role::kPostalCode},       {"postal", Role::kPostalCode},
    {"quantity", Role::kQuantity}, {"qty", Role::kQuantity},        {"price", Role::kUnitPrice},
    {"category", Role::kCategory}, {"sku", Role::kSku},             {"currency", Role::kCurrency},
    {"status", Role::kOrderStatus}, {"discount", Role::kDiscount},  {"campaign", Role::kCampaign},
    {"installment", Role::kInstallments}, {"invoice", Role::kOrderId}, {"review", Role::kReviewScore},
    {"rating", Role::kReviewScore}, {"province", Role::kState},     {"purchase", Role::kOrderDate},
    {"variant", Role::kVariant},  {"supplier", Role::kSupplier},    {"vendor", Role::kSupplier},
};

const Synonym* find_synonym(std::string_view norm) {
  for (const Synonym& s : kSynonyms)
    if (s.normalized == norm) return &s;
  return nullptr;
}

}  // namespace

bool header_contains_any(std::string_view normalized, const std::vector<std::string_view>& words) {
  for (std::string_view w : words)
    if (normalized.find(w) != std::string_view::npos) return true;
  return false;
}

std::vector<RoleCandidate> header_role_candidates(std::string_view header) {
  std::vector<RoleCandidate> out;
  const std::string norm = normalize_header(header);
  if (norm.empty()) return out;
  auto label = [](Role r) { return std::string(role_info(r).label); };
  if (const Synonym* s = find_synonym(norm)) {
    out.push_back({s->role, 0.95, "header '" + std::string(header) + "' is a name for " + label(s->role)});
    return out;
  }
  // Nested JSON names: "customer.email", "billing_address.country_code".
  const size_t dot = header.find_last_of('.');
  if (dot != std::string_view::npos && dot + 1 < header.size()) {
    std::string_view last = header.substr(dot + 1);
    const std::string last_norm = normalize_header(last);
    if (const Synonym* s = find_synonym(last_norm)) {
      out.push_back({s->role, 0.85, "'" + std::string(last) + "' in '" + std::string(header) + "' is a name for " +
                                        label(s->role)});
      return out;
    }
    if (last_norm == "id" || last_norm == "number" || last_norm == "name") {
      // An item's id or name inside an expanded line-items array.
      std::string parent = normalize_header(header.substr(0, dot));
      bool item = header_contains_any(parent, {"lineitems", "items", "lines", "products"});
      if (item && last_norm == "name") out.push_back({Role::kProductName, 0.8, "the name of a line item"});
      if (item && last_norm == "id") out.push_back({Role::kSku, 0.5, "the id of a line item"});
      if (!item && parent == "customer" && last_norm == "id")
        out.push_back({Role::kCustomerId, 0.85, "the id of the order's customer"});
      if (!out.empty()) return out;
    }
  } else if (norm == "id" || norm == "number") {
    out.push_back({Role::kOrderId, 0.5, "a record's '" + std::string(header) + "' identifies the order"});
    return out;
  }
  for (const Synonym& k : kKeywords) {
    if (norm.find(k.normalized) != std::string::npos) {
      out.push_back({k.role, 0.6, "header '" + std::string(header) + "' mentions '" +
                                      std::string(k.normalized) + "'"});
      break;
    }
  }
  return out;
}

}  // namespace starcart
