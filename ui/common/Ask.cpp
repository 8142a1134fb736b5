#include "Ask.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QList>

namespace k12 {

namespace {

QList<QVariant> &queued()
{
    static QList<QVariant> answers; // the UI thread's only
    return answers;
}

} // namespace

void Ask::setNextAnswer(const QVariant &answer)
{
    queued().append(answer);
}

void Ask::clearAnswers()
{
    queued().clear();
}

std::optional<QVariant> Ask::takeAnswer()
{
    if (queued().isEmpty())
        return std::nullopt;
    return queued().takeFirst();
}

QMessageBox::StandardButton Ask::question(QWidget *parent, const QString &title, const QString &text,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    if (const std::optional<QVariant> answer = takeAnswer())
        return answer->isValid() ? QMessageBox::StandardButton(answer->toInt()) : QMessageBox::Cancel;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QString Ask::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (const std::optional<QVariant> answer = takeAnswer())
        return answer->toString();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Ask::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (const std::optional<QVariant> answer = takeAnswer())
        return answer->toString();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

std::optional<QString> Ask::text(QWidget *parent, const QString &title, const QString &label)
{
    if (const std::optional<QVariant> answer = takeAnswer())
        return answer->isValid() ? std::optional<QString>(answer->toString()) : std::nullopt;
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

std::optional<QString> Ask::multiLineText(QWidget *parent, const QString &title, const QString &label)
{
    if (const std::optional<QVariant> answer = takeAnswer())
        return answer->isValid() ? std::optional<QString>(answer->toString()) : std::nullopt;
    bool ok = false;
    const QString value = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

std::optional<double> Ask::number(QWidget *parent, const QString &title, const QString &label, double value,
                                  double min, double max, int decimals)
{
    if (const std::optional<QVariant> answer = takeAnswer())
        return answer->isValid() ? std::optional<double>(answer->toDouble()) : std::nullopt;
    bool ok = false;
    const double chosen = QInputDialog::getDouble(parent, title, label, value, min, max, decimals, &ok);
    return ok ? std::optional<double>(chosen) : std::nullopt;
}

} // namespace k12
