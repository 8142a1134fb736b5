#pragma once

#include <QSettings>

namespace k12 {

class Store;

// The UI's settings live in the profile folder (k12-teacher.ini), next to the
// database, so a --profile keeps its window layout, walkthrough progress and
// checklist apart from every other profile.
QSettings profileSettings(const Store &store);

// Keys shared between parts of the UI.
namespace settingsKeys {
inline constexpr auto exported = "checklist/exported"; // a gradebook was exported at least once
} // namespace settingsKeys

} // namespace k12
