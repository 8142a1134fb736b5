#include "DeleteClassDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

DeleteClassDialog::DeleteClassDialog(const ClassDeleteActions::Summary &summary, const QString &className,
                                     QWidget *parent)
    : QDialog(parent)
    , m_className(className)
    , m_delete(new QPushButton(tr("&Delete Class"), this))
{
    setObjectName(u"deleteClassDialog"_s);
    setWindowTitle(tr("Delete Class"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<b>Delete %1 and everything in it?</b>").arg(summary.label.toHtmlEscaped()), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *counts = new QLabel(tr("%1, %2 and %3 are deleted on this computer and, at the next sync, on the server "
                                 "and your other computers. The students stay in your other classes.")
                                  .arg(tr("%n student(s)", nullptr, summary.students),
                                       tr("%n assignment(s)", nullptr, summary.assignments),
                                       tr("%n grade(s)", nullptr, summary.grades)),
                              this);
    counts->setObjectName(u"deleteClassCounts"_s);
    counts->setWordWrap(true);
    layout->addWidget(counts);
    auto *backup = new QLabel(tr("A backup of all your data is taken first and kept for 30 days (File > Backups..., "
                                 "\"Before a class was deleted\"). Edit > Undo brings the class back while the app "
                                 "is open."),
                              this);
    backup->setWordWrap(true);
    layout->addWidget(backup);
    if (summary.archived) {
        auto *archived = new QLabel(tr("The class is archived; it is deleted as it is."), this);
        archived->setWordWrap(true);
        layout->addWidget(archived);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete->setObjectName(u"confirmDeleteClass"_s);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (summary.hasGrades()) {
        // Grades are the part no one can type in again: the name, typed, says the teacher means it.
        auto *type = new QLabel(
            tr("This class has grades. Type its name, <b>%1</b>, to delete it:").arg(className.toHtmlEscaped()), this);
        type->setWordWrap(true);
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"deleteClassName"_s);
        m_name->setPlaceholderText(className);
        type->setBuddy(m_name);
        layout->addWidget(type);
        layout->addWidget(m_name);
        m_delete->setEnabled(false);
        connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_delete->setEnabled(text.trimmed().compare(m_className.trimmed(), Qt::CaseInsensitive) == 0);
        });
    }
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace k12
