#include "warehouse/fact_spend_load.h"

#include "warehouse/dim_load.h"
#include "warehouse/member_keys.h"

namespace starcart {

const std::vector<std::string>& spend_columns() {
  static const std::vector<std::string> kColumns = {"spend_key", "file_key", "source_line", "date_key",
                                                    "channel",   "campaign", "channel_key", "spend_e4"};
  return kColumns;
}

Result<RowBuffer> build_spend(LoadContext& c) {
  RowBuffer rows(static_cast<int>(spend_columns().size()));
  if (c.spend_rows.empty()) return rows;
  auto next = c.db.query_int("SELECT coalesce(max(spend_key), 0) + 1 FROM fact_spend");
  if (!next) return next.take_error();
  MemberKeys channels;
  if (auto st = channels.load(c.db, "SELECT channel_key, channel, campaign FROM dim_channel WHERE channel_key > 0");
      !st)
    return st.take_error();
  int64_t key = *next;
  const FactStore& s = c.store;
  for (uint32_t i : c.spend_rows) {
    const SpendFact& f = s.spend[i];
    const std::string_view channel = s.spend_channels.at(f.channel), campaign = s.spend_campaigns.at(f.campaign);
    rows.integer(key++).integer(c.file_key[f.file]).integer(f.line).integer(date_key(f.day));
    rows.text_or_null(channel).text_or_null(campaign);
    const int64_t member = channel.empty() ? -1 : channels.find({channel, campaign});
    if (member > 0) rows.integer(member);
    else rows.null();
    rows.integer(f.amount);
  }
  c.summary.spend_appended = rows.row_count();
  return rows;
}

}  // namespace starcart
