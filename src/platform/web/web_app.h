// Shared between the page's entry point and its exported functions.
#pragma once

#include "ui/app.h"

namespace starcart::web {

App& app();
// Asks for frames: called on input, new files, or anything that changes the view.
void wake();

}  // namespace starcart::web
