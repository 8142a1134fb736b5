#pragma once

#include "kernel/domain/Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace k12 {

// Saving a unit or lesson as PDF from the window: asks where (the Documents
// folder, a name made from the title, ".pdf" added), writes it, and says what
// happened (a message box when it failed, the status bar when it worked).
class PlanPdfExport
{
    Q_DECLARE_TR_FUNCTIONS(k12::PlanPdfExport)

public:
    // `done` has %1 for the path. `write` writes the PDF to the path chosen.
    // Returns true when a file was written.
    static bool run(QWidget *parent, const QString &caption, const QString &title, const QString &done,
                    const std::function<Status(const QString &path)> &write);
};

} // namespace k12
