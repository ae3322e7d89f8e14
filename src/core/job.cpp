#include "core/job.h"

#include <chrono>

namespace starcart {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

Status run_to_end(Job& job) {
  for (;;) {
    switch (job.step(1e9)) {
      case StepState::kRunning: break;
      case StepState::kDone: return ok_status();
      case StepState::kFailed: return job.error();
    }
  }
}

}  // namespace starcart
