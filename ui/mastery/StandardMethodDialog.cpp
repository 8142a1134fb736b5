#include "StandardMethodDialog.h"
#include "ui/common/ProblemText.h"

#include "MasteryPanel.h"
#include "models/actions/StandardActions.h"
#include "models/mastery/MasteryReport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const Mastery::Method kMethods[] = {
    Mastery::Method::MostRecent, Mastery::Method::Highest,         Mastery::Method::Mean,
    Mastery::Method::Mode,       Mastery::Method::WeightedAverage, Mastery::Method::DecayingAverage,
    Mastery::Method::NMastery,   Mastery::Method::PowerLaw};

} // namespace

StandardMethodDialog::StandardMethodDialog(const SchoolClass &schoolClass, const Standard &standard, QWidget *parent)
    : QDialog(parent)
    , m_class(schoolClass)
    , m_method(new QComboBox(this))
    , m_paramLabel(new QLabel(this))
    , m_param(new QDoubleSpinBox(this))
    , m_explanation(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"standardMethodDialog"_s);
    setWindowTitle(tr("Method for %1").arg(standard.code.trimmed()));
    m_method->setObjectName(u"standardMethod"_s);
    m_param->setObjectName(u"standardMethodParam"_s);
    m_problem->setObjectName(u"standardMethodProblem"_s);
    m_method->addItem(
        tr("The class's method: %1")
            .arg(MasteryReport::describe(MasteryReport::methodOf(schoolClass), MasteryReport::paramsOf(schoolClass))),
        QString());
    for (Mastery::Method m : kMethods)
        m_method->addItem(MasteryReport::methodName(m), Mastery::methodKey(m));
    m_method->setCurrentIndex(std::max(0, m_method->findData(standard.masteryMethod)));
    m_param->setDecimals(0);
    if (standard.masteryParam)
        m_param->setValue(*standard.masteryParam);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    markAsProblemText(m_problem);
    m_problem->hide();

    auto *intro = new QLabel(tr("%1 can be computed with its own method instead of the class's, e.g. the highest "
                                "level for a skill shown once, a decaying average for one that builds up.")
                                 .arg(standard.code.trimmed()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(m_paramLabel, m_param);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StandardMethodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_method, &QComboBox::currentIndexChanged, this, &StandardMethodDialog::updateParam);
    updateParam();
    if (!standard.masteryParam) { // start from the class's value for the method shown
        const std::optional<Mastery::Method> m = Mastery::methodFromKey(methodKey());
        const Mastery::Params p = MasteryReport::paramsOf(schoolClass);
        if (m)
            m_param->setValue(*m == Mastery::Method::NMastery ? p.n : p.param);
    }
    resize(460, sizeHint().height());
}

QString StandardMethodDialog::methodKey() const
{
    return m_method->currentData().toString();
}

std::optional<double> StandardMethodDialog::param() const
{
    const std::optional<Mastery::Method> m = Mastery::methodFromKey(methodKey());
    if (!m || !MasteryReport::takesParam(*m))
        return std::nullopt;
    return m_param->value();
}

void StandardMethodDialog::updateParam()
{
    const std::optional<Mastery::Method> m = Mastery::methodFromKey(methodKey());
    const bool takes = m && MasteryReport::takesParam(*m);
    m_paramLabel->setVisible(takes);
    m_param->setVisible(takes);
    if (m == Mastery::Method::NMastery) {
        m_paramLabel->setText(tr("Scores &needed (at or above %1):").arg(m_class.masteryThreshold));
        m_param->setRange(1, 20);
        m_param->setSuffix(QString());
    } else if (m == Mastery::Method::WeightedAverage) {
        m_paramLabel->setText(tr("&Weight of the newest score:"));
        m_param->setRange(1, 99);
        m_param->setSuffix(tr(" %"));
    } else if (m == Mastery::Method::DecayingAverage) {
        m_paramLabel->setText(tr("Decay &rate:"));
        m_param->setRange(50, 99);
        m_param->setSuffix(tr(" %"));
    }
    m_explanation->setText(m ? MasteryPanel::explain(methodKey())
                             : tr("The standard follows the class's method (Class Settings, Standards Mastery)."));
    m_problem->hide();
}

void StandardMethodDialog::accept()
{
    if (const std::optional<double> p = param()) {
        if (const QString problem = StandardActions::methodParamProblem(methodKey(), *p); !problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace k12
