#include "DuplicateUnitDialog.h"

#include "PlanWidgets.h"
#include "models/plans/PlanDates.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/ClassRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

DuplicateUnitDialog::DuplicateUnitDialog(Store &store, const UnitPlan &unit, int lessonCount, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
    , m_lessonCount(lessonCount)
    , m_class(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_start(PlanWidgets::dateEdit(this))
    , m_preview(new QLabel(this))
    , m_problem(PlanWidgets::problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"duplicateUnitDialog"_s);
    setWindowTitle(tr("Duplicate Unit"));
    m_class->setObjectName(u"duplicateClass"_s);
    m_title->setObjectName(u"duplicateTitle"_s);
    m_start->setObjectName(u"duplicateStart"_s);
    m_preview->setObjectName(u"duplicatePreview"_s);
    m_preview->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Duplicate"));

    for (const SchoolClass &c : ClassRepository(store).list())
        m_class->addItem(c.id == unit.classId ? tr("%1 (this class)").arg(c.name) : c.name, c.id);
    m_class->setCurrentIndex(std::max(0, m_class->findData(unit.classId)));

    // The dates move relative to the unit's first day (or its first dated lesson).
    m_anchor = unit.startDate;
    if (!m_anchor.isValid()) {
        for (const Lesson &l : PlanQueries(store).lessons(unit.id)) {
            if (l.date.isValid() && (!m_anchor.isValid() || l.date < m_anchor))
                m_anchor = l.date;
        }
    }
    m_start->setDate(m_anchor.isValid() ? m_anchor : m_start->minimumDate());
    m_start->setEnabled(m_anchor.isValid());

    auto *form = new QFormLayout;
    form->addRow(tr("Copy &into:"), m_class);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts on:"), m_start);
    auto *hint = new QLabel(tr("Choose a later start date to reuse the unit in another term: every date moves "
                               "by the same number of days."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: palette(mid);"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_class, &QComboBox::currentIndexChanged, this, &DuplicateUnitDialog::onClassChanged);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(m_title, &QLineEdit::textChanged, this, &DuplicateUnitDialog::updatePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &DuplicateUnitDialog::updatePreview);
    onClassChanged();
    resize(480, sizeHint().height());
}

QString DuplicateUnitDialog::targetClassId() const
{
    return m_class->currentData().toString();
}

QString DuplicateUnitDialog::title() const
{
    return m_title->text().trimmed();
}

QDate DuplicateUnitDialog::newStart() const
{
    return m_anchor.isValid() && m_start->date() != m_anchor ? m_start->date() : QDate();
}

void DuplicateUnitDialog::onClassChanged()
{
    if (!m_titleEdited)
        m_title->setText(targetClassId() == m_unit.classId ? tr("%1 (copy)").arg(m_unit.title) : m_unit.title);
    updatePreview();
}

void DuplicateUnitDialog::updatePreview()
{
    const QLocale locale;
    const QString into = m_class->currentText();
    QString text = tr("Copies the unit and its %n lesson(s) into %1.", nullptr, m_lessonCount).arg(into);
    const qint64 shift = m_anchor.isValid() ? m_anchor.daysTo(m_start->date()) : 0;
    if (shift != 0) {
        text += u' ' + (shift > 0 ? tr("Every date moves %n day(s) later", nullptr, int(shift))
                                  : tr("Every date moves %n day(s) earlier", nullptr, int(-shift)));
        if (m_unit.endDate.isValid())
            text += tr(": the copy runs %1 to %2.")
                        .arg(locale.toString(m_start->date(), QLocale::ShortFormat),
                             locale.toString(m_unit.endDate.addDays(shift), QLocale::ShortFormat));
        else
            text += u'.';
        if (m_start->date().dayOfWeek() > 5)
            text += u' ' + tr("Note: that day is a weekend.");
    } else {
        text += u' ' + tr("The dates stay the same.");
    }
    m_preview->setText(text);
    const bool titled = !title().isEmpty();
    m_problem->setText(titled ? QString() : tr("The copy needs a title."));
    m_problem->setVisible(!titled);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(titled && m_class->count() > 0);
}

} // namespace k12
