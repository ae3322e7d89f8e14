// Payments: the payment type mix as a donut (revenue) and a table (orders,
// revenue and their shares; a row click filters every panel to the type),
// and the installment mix where the data has a payments file that gives
// installments (Olist).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/analyzer.h"
#include "analytics/installments.h"
#include "analytics/payments.h"

namespace starcart {

class PaymentsTab {
 public:
  // Returns the payment type the user clicked (to filter by).
  std::optional<std::string> draw(const Payments& p, const std::vector<InstallmentRow>& installments, const Filter& filter,
                                  const std::string& currency);
  // The analyzer's payments for its current filter (installments computed once per filter).
  std::optional<std::string> draw(Analyzer& analyzer, uint64_t generation, const std::string& currency);

 private:
  std::vector<InstallmentRow> installments_;
  Filter installments_filter_;
  uint64_t installments_generation_ = 0;
  bool installments_valid_ = false;
};

}  // namespace starcart
