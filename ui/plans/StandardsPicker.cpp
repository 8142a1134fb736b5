#include "StandardsPicker.h"
#include "ui/common/ProblemText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

StandardsPicker::StandardsPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_code(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_empty(new QLabel(tr("This class has no standards yet: add one below."), this))
    , m_problem(new QLabel(this))
{
    m_list->setObjectName(u"standardsList"_s);
    m_code->setObjectName(u"newStandardCode"_s);
    m_description->setObjectName(u"newStandardDescription"_s);
    m_add->setObjectName(u"addStandardButton"_s);
    m_problem->setObjectName(u"standardsProblem"_s);
    markAsProblemText(m_problem);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_empty->setStyleSheet(u"color: palette(mid);"_s);
    m_code->setPlaceholderText(tr("Code, e.g. CCSS.MATH.6.RP.A.1"));
    m_description->setPlaceholderText(tr("Description (optional)"));
    m_list->setMaximumHeight(110);
    m_list->setAlternatingRowColors(true);

    auto *newLine = new QHBoxLayout;
    newLine->addWidget(m_code, 2);
    newLine->addWidget(m_description, 3);
    newLine->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(newLine);
    layout->addWidget(m_problem);

    connect(m_list, &QListWidget::itemChanged, this, &StandardsPicker::onItemChanged);
    connect(m_add, &QPushButton::clicked, this, &StandardsPicker::onAdd);
    connect(m_code, &QLineEdit::returnPressed, this, &StandardsPicker::onAdd);
    connect(m_description, &QLineEdit::returnPressed, this, &StandardsPicker::onAdd);
    connect(m_code, &QLineEdit::textChanged, this, &StandardsPicker::updateAdd);
    updateAdd();
}

void StandardsPicker::setStandards(const QList<Standard> &standards, const QStringList &checked)
{
    m_loading = true;
    m_list->clear();
    for (const Standard &s : standards) {
        const QString text = s.description.trimmed().isEmpty() ? s.code : s.code + u" — "_s + s.description.trimmed();
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setVisible(!standards.isEmpty());
    m_empty->setVisible(standards.isEmpty());
    m_loading = false;
}

QStringList StandardsPicker::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void StandardsPicker::clearNewStandard()
{
    m_code->clear();
    m_description->clear();
    setProblem({});
}

void StandardsPicker::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void StandardsPicker::onItemChanged(QListWidgetItem *)
{
    if (!m_loading)
        Q_EMIT checkedChanged(checkedIds());
}

void StandardsPicker::onAdd()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        setProblem(m_description->text().trimmed().isEmpty() ? QString()
                                                             : tr("Give the new standard a code before adding it."));
        return;
    }
    Q_EMIT addRequested(code, m_description->text().trimmed());
}

void StandardsPicker::updateAdd()
{
    m_add->setEnabled(!m_code->text().trimmed().isEmpty());
    if (!m_code->text().trimmed().isEmpty())
        setProblem({});
}

} // namespace k12
