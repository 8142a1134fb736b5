#pragma once

#include "CliContext.h"

namespace k12 {

// The standards and mastery commands (standard, assignment tag/untag,
// mastery, export mastery), and the per-standard side of `grade set`, which
// ClassCommands hands over when --standard is given.
void addStandardCommands(QList<CliCommand> &commands);
// standard scale, standard method (StandardSettingCommands.cpp); addStandardCommands adds them.
void addStandardSettingCommands(QList<CliCommand> &commands);
void addStandardLevelOptions(CommandLine &cli);
bool isStandardLevel(const CommandLine &cli);
int gradeSetStandardLevel(CliContext &ctx, CommandLine &cli);

} // namespace k12
