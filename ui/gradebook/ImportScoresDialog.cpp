#include "ImportScoresDialog.h"
#include "ui/common/Ask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {
constexpr int kPreviewRows = 1000; // a preview, not a second gradebook
}

ImportScoresDialog::ImportScoresDialog(const GradebookData &data, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_done(std::make_shared<std::atomic<qint64>>(0))
    , m_total(std::make_shared<std::atomic<qint64>>(0))
    , m_file(new QLabel(tr("No file chosen."), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel Reading"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_preview(new QTableWidget(0, 3, this))
    , m_create(new QCheckBox(tr("Create assignments the class does not have yet"), this))
    , m_skipBad(new QCheckBox(tr("Skip the rows with problems and import the rest"), this))
    , m_import(nullptr)
    , m_progressTimer(new QTimer(this))
{
    setObjectName(u"importScoresDialog"_s);
    setWindowTitle(tr("Import Scores — %1").arg(data.schoolClass.name));
    m_progress->setObjectName(u"importProgress"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    // A wrapped label must get the height its text needs, not what is left over.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setTabKeyNavigation(false); // Tab leaves the table (it went round its cells for ever)
    m_create->setObjectName(u"importCreateAssignments"_s);
    m_skipBad->setObjectName(u"importSkipBadRows"_s);
    m_preview->setHorizontalHeaderLabels({tr("Student"), tr("Assignment"), tr("New value")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->hide();
    m_cancelButton->hide();

    auto *choose = new QPushButton(tr("Choose File..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Problems, and columns that hold no scores:"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(new QLabel(tr("What will change:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_create);
    layout->addWidget(m_skipBad);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportScoresDialog::chooseFile);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel->store(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ScoreImport::Plan>::finished, this, &ImportScoresDialog::onAnalyzed);
    connect(m_create, &QCheckBox::toggled, this, [this] {
        if (!m_path.isEmpty())
            analyzeFile(m_path);
    });
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportScoresDialog::showPlan);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        m_progress->setMaximum(int(std::max<qint64>(1, m_total->load())));
        m_progress->setValue(int(m_done->load()));
    });
    updateButtons();
    resize(720, 640);
}

ImportScoresDialog::~ImportScoresDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportScoresDialog::chooseFile()
{
    const QString path =
        Ask::openFileName(this, tr("Import Scores"), QString(), tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        analyzeFile(path);
}

bool ImportScoresDialog::isAnalyzing() const
{
    return m_analyzing; // until the plan is shown, not only while the worker runs
}

void ImportScoresDialog::analyzeFile(const QString &path)
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_plan = ScoreImport::Plan();
        m_plan.problems.append({0, {}, tr("cannot open the file (%1).").arg(file.errorString())});
        showPlan();
        return;
    }
    m_bytes = file.readAll();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done->store(0);
    m_total->store(1);
    m_progress->show();
    m_cancelButton->show();
    m_summary->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_progressTimer->start(50);
    m_analyzing = true;
    ScoreImport::Options options;
    options.createAssignments = m_create->isChecked();
    // The worker gets copies and shared counters only: nothing of the dialog.
    const QByteArray bytes = m_bytes;
    const GradebookData data = m_data;
    const QString name = QFileInfo(path).fileName();
    auto cancel = m_cancel;
    auto done = m_done;
    auto total = m_total;
    m_watcher.setFuture(QtConcurrent::run([bytes, data, name, options, cancel, done, total] {
        return ScoreImport::analyze(
            bytes, name, data, options,
            [done, total](qint64 d, qint64 t) {
                done->store(d);
                total->store(t);
            },
            cancel.get());
    }));
    updateButtons();
}

void ImportScoresDialog::onAnalyzed()
{
    m_analyzing = false;
    m_progressTimer->stop();
    m_progress->hide();
    m_cancelButton->hide();
    m_plan = m_watcher.result();
    showPlan();
}

void ImportScoresDialog::showPlan()
{
    const QString name = m_plan.fileName.isEmpty() ? QFileInfo(m_path).fileName() : m_plan.fileName;
    if (m_plan.cancelled) {
        m_summary->setText(tr("Reading was cancelled; nothing will be imported."));
    } else {
        QString text = tr("%1 (%2, %3): %n row(s), ", nullptr, m_plan.rows)
                           .arg(name, ScoreImport::formatName(m_plan.format), m_plan.encoding);
        text += tr("%n score(s) to change, ", nullptr, int(m_plan.entries.size()));
        text += tr("%n already as in the gradebook.", nullptr, m_plan.unchanged);
        if (!m_plan.newAssignments.isEmpty())
            text += u' ' + tr("%n new assignment(s) will be created.", nullptr, int(m_plan.newAssignments.size()));
        if (!m_plan.problems.isEmpty())
            text += u' ' + tr("%n problem(s): nothing is imported until they are fixed or skipped.", nullptr,
                              int(m_plan.problems.size()));
        m_summary->setText(text);
    }
    m_problems->clear();
    for (const ScoreImport::Problem &p : std::as_const(m_plan.problems))
        m_problems->addItem(p.text(name));
    // Columns left out on purpose are listed too, so that none is dropped without a word.
    for (const ScoreImport::SkippedColumn &c : std::as_const(m_plan.skipped)) {
        auto *item = new QListWidgetItem(tr("Column \"%1\" is not imported as scores (%2).").arg(c.column, c.reason),
                                         m_problems);
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    const int rows = int(std::min<qsizetype>(m_plan.entries.size(), kPreviewRows));
    m_preview->setRowCount(rows);
    QHash<QString, QString> titles;
    for (const Assignment &a : std::as_const(m_data.assignments))
        titles.insert(a.id, a.title);
    for (const Assignment &a : std::as_const(m_plan.newAssignments))
        titles.insert(a.id, a.title + tr(" (new)"));
    QSet<int> badLines;
    for (const ScoreImport::Problem &p : std::as_const(m_plan.problems))
        badLines.insert(p.line);
    const bool skipping = m_skipBad->isChecked();
    for (int i = 0; i < rows; ++i) {
        const Score &s = m_plan.entries.at(i).score;
        // A row with a problem is not imported at all: shown, but greyed and marked.
        const bool skipped = badLines.contains(m_plan.entries.at(i).line);
        const int student = m_data.studentIndex(s.studentId);
        QString value = s.excused             ? tr("EX")
                        : s.exempt            ? tr("EXEMPT")
                        : s.missing           ? tr("MISSING")
                        : !s.letter.isEmpty() ? s.letter
                                              : QLocale().toString(s.points.value_or(0), 'g', 10);
        if (skipped)
            value = skipping ? tr("%1 (skipped: line %2 has a problem)").arg(value).arg(m_plan.entries.at(i).line)
                             : tr("%1 (line %2 has a problem)").arg(value).arg(m_plan.entries.at(i).line);
        const QStringList cells{student >= 0 ? m_data.students.at(student).displayName() : QString(),
                                titles.value(s.assignmentId), value};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (skipped)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeRowsToContents();
    updateButtons();
}

void ImportScoresDialog::updateButtons()
{
    const bool busy = m_analyzing;
    const bool hasChanges = !m_plan.entries.isEmpty() || !m_plan.newAssignments.isEmpty();
    const bool rowsOnly = !m_plan.problems.isEmpty() && !m_plan.headerProblem();
    m_skipBad->setEnabled(rowsOnly);
    const bool acceptable = m_plan.ok() || (rowsOnly && m_skipBad->isChecked() && !m_plan.cancelled);
    m_import->setEnabled(!busy && hasChanges && acceptable);
}

ChangeList ImportScoresDialog::changes() const
{
    return ScoreImport::changes(m_plan, m_skipBad->isChecked());
}

} // namespace k12
