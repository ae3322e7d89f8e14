#include "ui/pii_mask.h"

#include "core/pii.h"

namespace starcart {

namespace {
PiiMask g_mask;
}  // namespace

std::string PiiMask::id(std::string_view value) const {
  return on ? mask_identifier(value, key) : std::string(value);
}

std::string PiiMask::text(std::string_view value) const {
  if (!on || value.empty()) return std::string(value);
  return kMaskedText;
}

const PiiMask& pii_mask() { return g_mask; }
void set_pii_mask(const PiiMask& mask) { g_mask = mask; }

bool is_personal_role(Role role) {
  switch (role) {
    case Role::kCustomerId:
    case Role::kCustomerUniqueId:
    case Role::kEmail:
    case Role::kPersonName:
    case Role::kPhone:
      return true;
    default:
      return false;
  }
}

}  // namespace starcart
