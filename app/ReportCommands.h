#pragma once

#include "CliContext.h"

namespace k12 {

// report, comment-bank add/list, report-comment set (ReportCommands.cpp).
void addReportCommands(QList<CliCommand> &commands);
// `report` lays out PDF pages: main() then makes a GUI application (fonts).
bool reportNeedsFonts(const QStringList &args);

} // namespace k12
