// On-screen masking of personal data (issue 8): while the user has asked for
// masking (Share menu), every customer id the UI draws is its keyed token
// (core/pii.h, the same token as in the masked exports, so a screenshot and
// an export of one session agree), and free text that may hold any input
// column (rejected rows' raw text, data-quality examples) is hidden. The App
// sets it each frame; panels read it like theme(): a global because every
// panel that draws an id needs it and it changes only on the user's toggle.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/roles.h"

namespace starcart {

struct PiiMask {
  bool on = false;
  uint64_t key = 0;

  // A customer id (or email, name, phone) as the screen may show it.
  std::string id(std::string_view value) const;
  // Free text that may hold personal data: "(masked)" when masking is on.
  std::string text(std::string_view value) const;
};

inline constexpr const char* kMaskedText = "(masked)";

const PiiMask& pii_mask();
void set_pii_mask(const PiiMask& mask);

// Roles whose values identify a person: customer ids, emails, names, phones.
bool is_personal_role(Role role);

}  // namespace starcart
