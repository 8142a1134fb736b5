#include "CurveDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QDoubleSpinBox *spin(QWidget *parent, double min, double max, double value, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(2);
    box->setValue(value);
    box->setObjectName(name);
    return box;
}

QString number(double v)
{
    return QLocale().toString(v, 'f', 2);
}

} // namespace

CurveDialog::CurveDialog(const GradebookData &data, int assignment, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_assignment(assignment)
    , m_add(new QRadioButton(tr("&Add points to every score:"), this))
    , m_scale(new QRadioButton(tr("&Scale so the mean becomes:"), this))
    , m_map(new QRadioButton(tr("&Map scores from the range:"), this))
    , m_summary(new QLabel(this))
    , m_changes(new QTableWidget(0, 3, this))
    , m_apply(nullptr)
{
    const Assignment &a = data.assignments.at(assignment);
    const double possible = a.pointsPossible > 0 ? a.pointsPossible : 100;
    setObjectName(u"curveDialog"_s);
    setWindowTitle(tr("Curve \"%1\"").arg(a.title));
    m_add->setObjectName(u"curveAdd"_s);
    m_scale->setObjectName(u"curveScale"_s);
    m_map->setObjectName(u"curveMap"_s);
    m_amount = spin(this, -possible, possible, 1, u"curveAmount"_s);
    m_mean = spin(this, 0, possible * 2, possible * 0.8, u"curveMean"_s);
    m_fromLow = spin(this, 0, possible * 2, 0, u"curveFromLow"_s);
    m_fromHigh = spin(this, 0, possible * 2, possible, u"curveFromHigh"_s);
    m_toLow = spin(this, 0, possible * 2, possible * 0.5, u"curveToLow"_s);
    m_toHigh = spin(this, 0, possible * 2, possible, u"curveToHigh"_s);
    // Each field named by its radio button's words (a radio button is no buddy for a screen reader).
    m_amount->setAccessibleName(tr("Points to add"));
    m_mean->setAccessibleName(tr("New mean"));
    m_fromLow->setAccessibleName(tr("From the lowest score"));
    m_fromHigh->setAccessibleName(tr("From the highest score"));
    m_toLow->setAccessibleName(tr("Onto the lowest score"));
    m_toHigh->setAccessibleName(tr("Onto the highest score"));
    m_changes->setAccessibleName(tr("Changes"));
    m_allowAbove = new QCheckBox(tr("Allow scores above %1 points (extra credit)").arg(number(a.pointsPossible)), this);
    m_allowAbove->setObjectName(u"curveAllowAbove"_s);
    m_add->setChecked(true);
    m_summary->setObjectName(u"curveSummary"_s);
    m_summary->setWordWrap(true);
    m_changes->setObjectName(u"curveChanges"_s);
    m_changes->setTabKeyNavigation(false); // Tab leaves the table (it went round its cells for ever)
    m_changes->setHorizontalHeaderLabels({tr("Student"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *grid = new QGridLayout;
    grid->addWidget(m_add, 0, 0);
    grid->addWidget(m_amount, 0, 1);
    grid->addWidget(m_scale, 1, 0);
    grid->addWidget(m_mean, 1, 1);
    grid->addWidget(m_map, 2, 0);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_fromLow);
    fromRow->addWidget(new QLabel(tr("–"), this));
    fromRow->addWidget(m_fromHigh);
    fromRow->addWidget(new QLabel(tr("onto"), this));
    fromRow->addWidget(m_toLow);
    fromRow->addWidget(new QLabel(tr("–"), this));
    fromRow->addWidget(m_toHigh);
    grid->addLayout(fromRow, 3, 0, 1, 2);
    grid->addWidget(m_allowAbove, 4, 0, 1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply Curve"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"curveApply"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);

    for (QRadioButton *r : {m_add, m_scale, m_map})
        connect(r, &QRadioButton::toggled, this, &CurveDialog::updatePreview);
    for (QDoubleSpinBox *b : {m_amount, m_mean, m_fromLow, m_fromHigh, m_toLow, m_toHigh})
        connect(b, &QDoubleSpinBox::valueChanged, this, &CurveDialog::updatePreview);
    connect(m_allowAbove, &QCheckBox::toggled, this, &CurveDialog::updatePreview);
    updatePreview();
    resize(520, 520);
}

Curve::Spec CurveDialog::spec() const
{
    Curve::Spec s;
    s.kind = m_scale->isChecked() ? Curve::Kind::ScaleToMean
                                  : (m_map->isChecked() ? Curve::Kind::LinearMap : Curve::Kind::AddPoints);
    s.amount = m_amount->value();
    s.targetMean = m_mean->value();
    s.fromLow = m_fromLow->value();
    s.fromHigh = m_fromHigh->value();
    s.toLow = m_toLow->value();
    s.toHigh = m_toHigh->value();
    s.allowAbovePossible = m_allowAbove->isChecked();
    return s;
}

void CurveDialog::updatePreview()
{
    m_amount->setEnabled(m_add->isChecked());
    m_mean->setEnabled(m_scale->isChecked());
    for (QDoubleSpinBox *b : {m_fromLow, m_fromHigh, m_toLow, m_toHigh})
        b->setEnabled(m_map->isChecked());
    Result<Curve::Preview> p = Curve::preview(m_data, m_assignment, spec());
    m_changes->setRowCount(0);
    if (!p) {
        m_preview = Curve::Preview();
        m_summary->setText(p.error());
        m_apply->setEnabled(false);
        return;
    }
    m_preview = *p;
    QString text =
        tr("%n graded score(s): mean %1 → %2.", nullptr, p->graded).arg(number(p->meanBefore), number(p->meanAfter));
    if (p->capped > 0)
        text += u' ' + tr("%n score(s) held at the points possible.", nullptr, p->capped);
    m_summary->setText(text);
    m_apply->setEnabled(!p->scores.isEmpty());
    m_changes->setRowCount(int(p->scores.size()));
    for (int i = 0; i < p->scores.size(); ++i) {
        const Score &after = p->scores.at(i);
        const int s = m_data.studentIndex(after.studentId);
        m_changes->setItem(i, 0, new QTableWidgetItem(m_data.students.at(s).displayName()));
        m_changes->setItem(i, 1, new QTableWidgetItem(number(m_data.cell(s, m_assignment).points)));
        m_changes->setItem(i, 2, new QTableWidgetItem(number(*after.points)));
    }
}

} // namespace k12
