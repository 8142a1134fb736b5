#include "CategoriesPage.h"

#include "CategoryTemplate.h"
#include "OnboardingWizard.h"
#include "models/repositories/CategoryRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr int kNameColumn = 0;
constexpr int kWeightColumn = 1;

} // namespace

CategoriesPage::CategoriesPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_template(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Category"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_summary(new QLabel(this))
    , m_problems(messageLabel(u"categoriesProblems"_s))
    , m_saveMessage(messageLabel(u"categoriesSaveMessage"_s))
{
    setObjectName(u"categoriesPage"_s);
    setTitle(tr("Grading categories"));
    setSubTitle(tr("Start from a template and change names or weights right in the table."));
    m_template->setObjectName(u"categoryTemplate"_s);
    m_table->setObjectName(u"categoryTable"_s);
    m_add->setObjectName(u"addCategoryRow"_s);
    m_remove->setObjectName(u"removeCategoryRow"_s);
    m_summary->setObjectName(u"categoriesSummary"_s);
    m_summary->setWordWrap(true);
    for (const CategoryTemplate &t : CategoryTemplate::all())
        m_template->addItem(t.name);
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Weight (%)")});
    m_table->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kWeightColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form

    auto *templateLine = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    templateLine->addWidget(templateLabel);
    templateLine->addWidget(m_template, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(templateLine);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_saveMessage);

    connect(m_template, &QComboBox::activated, this, &CategoriesPage::onTemplate);
    connect(m_add, &QPushButton::clicked, this, &CategoriesPage::onAddRow);
    connect(m_remove, &QPushButton::clicked, this, &CategoriesPage::onRemoveRow);
    connect(m_table, &QTableWidget::itemChanged, this, &CategoriesPage::validate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    onTemplate(0);
}

void CategoriesPage::initializePage()
{
    // Back on this step with categories already saved: edit those.
    const QList<Category> saved = CategoryRepository(store()).inClass(onboarding()->state().classId());
    const int customIndex = m_template->findData(u"saved"_s);
    if (saved.isEmpty()) {
        if (customIndex >= 0)
            m_template->removeItem(customIndex);
        return;
    }
    if (customIndex < 0)
        m_template->insertItem(0, tr("Your categories (as saved)"), u"saved"_s);
    m_template->setCurrentIndex(0);
    m_filling = true;
    m_table->setRowCount(0);
    for (const Category &c : saved)
        addRow(c.name, c.weight, c.id);
    m_filling = false;
    validate();
    setMessage(m_saveMessage, {});
}

void CategoriesPage::onTemplate(int index)
{
    if (m_template->itemData(index).toString() == u"saved"_s)
        return initializePage();
    const int offset = m_template->findData(u"saved"_s) >= 0 ? 1 : 0;
    const QList<CategoryTemplate> templates = CategoryTemplate::all();
    if (index - offset < 0 || index - offset >= templates.size())
        return;
    // Rows of saved categories keep their ids, so picking a template renames them rather than adding more.
    QStringList ids;
    for (int r = 0; r < m_table->rowCount(); ++r)
        ids.append(m_table->item(r, kNameColumn)->data(Qt::UserRole).toString());
    m_filling = true;
    m_table->setRowCount(0);
    const CategoryTemplate &t = templates.at(index - offset);
    for (int i = 0; i < t.categories.size(); ++i)
        addRow(t.categories.at(i).first, t.categories.at(i).second, i < ids.size() ? ids.at(i) : QString());
    m_filling = false;
    validate();
}

void CategoriesPage::addRow(const QString &name, double weight, const QString &id)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, id);
    m_table->setItem(row, kNameColumn, nameItem);
    auto *weightItem = new QTableWidgetItem(QLocale().toString(weight, 'g', 6));
    weightItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, kWeightColumn, weightItem);
}

void CategoriesPage::onAddRow()
{
    addRow(tr("New category"), 0);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, kNameColumn);
    m_table->editItem(m_table->item(row, kNameColumn));
    validate();
}

void CategoriesPage::onRemoveRow()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    validate();
}

bool CategoriesPage::readWeight(const QString &text, double *weight)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    bool ok = false;
    double w = QLocale().toDouble(t.trimmed(), &ok);
    if (!ok)
        w = t.trimmed().toDouble(&ok); // "12.5" in a locale that writes 12,5
    if (t.trimmed().isEmpty()) {
        w = 0;
        ok = true;
    }
    *weight = w;
    return ok && w >= 0 && w <= 100;
}

QStringList CategoriesPage::problems() const
{
    QStringList found;
    QSet<QString> names;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString name =
            m_table->item(r, kNameColumn) ? m_table->item(r, kNameColumn)->text().trimmed() : QString();
        const QString weightText =
            m_table->item(r, kWeightColumn) ? m_table->item(r, kWeightColumn)->text() : QString();
        if (name.isEmpty())
            found.append(tr("Row %1 needs a category name.").arg(r + 1));
        else if (names.contains(name.toCaseFolded()))
            found.append(tr("Two categories are called \"%1\": give each a different name.").arg(name));
        names.insert(name.toCaseFolded());
        double weight = 0;
        if (!readWeight(weightText, &weight))
            found.append(tr("The weight of \"%1\" must be a number from 0 to 100 (it is \"%2\").")
                             .arg(name.isEmpty() ? tr("row %1").arg(r + 1) : name, weightText.trimmed()));
    }
    return found;
}

void CategoriesPage::validate()
{
    if (m_filling)
        return;
    const QStringList found = problems();
    setMessage(m_problems, found.join(u'\n'));
    double sum = 0;
    int weighted = 0;
    int unweighted = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        double w = 0;
        if (m_table->item(r, kWeightColumn) && readWeight(m_table->item(r, kWeightColumn)->text(), &w)) {
            sum += w;
            (w > 0 ? weighted : unweighted) += 1;
        }
    }
    QString summary;
    if (m_table->rowCount() == 0)
        summary = tr("No categories: every assignment counts by its points.");
    else if (weighted == 0)
        summary = tr("Total points: every point counts the same, whatever its category.");
    else {
        summary = tr("Weights add up to %1%.").arg(QLocale().toString(sum, 'g', 6));
        if (std::abs(sum - 100) > 1e-9)
            summary += u' ' + tr("Grades use them in proportion, so they need not add up to 100.");
        if (unweighted > 0)
            summary += u' ' + tr("A category with weight 0 does not count towards the final grade.");
    }
    m_summary->setText(summary);
    Q_EMIT completeChanged();
}

bool CategoriesPage::isComplete() const
{
    return problems().isEmpty();
}

bool CategoriesPage::validatePage()
{
    if (resuming())
        return true;
    OnboardingWizard *w = onboarding();
    const QString classId = w->state().classId();
    QList<Category> categories;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Category c;
        c.id = m_table->item(r, kNameColumn)->data(Qt::UserRole).toString();
        c.name = m_table->item(r, kNameColumn)->text().trimmed();
        readWeight(m_table->item(r, kWeightColumn)->text(), &c.weight);
        categories.append(c);
    }
    // All categories in one transaction and one undo step.
    const Result<QStringList> saved = w->actions().categories().setUp(classId, categories);
    if (!saved) {
        setMessage(m_saveMessage, tr("The categories were not saved: %1").arg(saved.error()));
        return false;
    }
    const QStringList &ids = *saved;
    for (int row = 0; row < ids.size(); ++row)
        m_table->item(row, kNameColumn)->setData(Qt::UserRole, ids.at(row));
    w->state().setCategoriesSet(true);
    return true;
}

} // namespace k12
