#pragma once

// The writer lives in models (the local store writes its outbox with it too);
// the protocol code knows it by its old name.
#include "kernel/domain/JsonWriter.h"

namespace k12::protocol {
using k12::JsonWriter;
} // namespace k12::protocol
