#pragma once

#include <QMessageBox>
#include <QString>
#include <QVariant>

#include <optional>

class QWidget;

namespace k12 {

// Every question the window asks the teacher goes through here (yes or no,
// a file to open or save, a line of text, a number), so a test answers it
// with setNextAnswer() instead of clicking a modal dialog (after KeePassXC's
// MessageBox::setNextAnswer). With no answer queued, the real dialog shows.
class Ask
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Empty when the teacher cancels.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // nullopt when the teacher cancels.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label);
    static std::optional<QString> multiLineText(QWidget *parent, const QString &title, const QString &label);
    static std::optional<double> number(QWidget *parent, const QString &title, const QString &label, double value,
                                        double min, double max, int decimals);

    // Tests: the answer to the next question (a StandardButton, a QString, a
    // double; an invalid QVariant means "cancelled").
    static void setNextAnswer(const QVariant &answer);
    static void clearAnswers();

private:
    static std::optional<QVariant> takeAnswer();
};

} // namespace k12
