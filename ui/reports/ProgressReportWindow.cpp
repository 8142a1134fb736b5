#include "ProgressReportWindow.h"

#include "CommentBankDialog.h"
#include "ReportSettingsDialog.h"
#include "models/actions/CommentBankActions.h"
#include "models/actions/ReportCommentActions.h"
#include "models/grading/PeriodMembership.h"
#include "models/reports/CommentPlaceholders.h"
#include "models/reports/ReportSettings.h"
#include "models/reports/ReportText.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"
#include "sync/engine/SyncState.h"
#include "ui/common/Ask.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ProgressReportWindow::ProgressReportWindow(Store &store, QUndoStack *undoStack, const QString &classId,
                                           const QStringList &selectedStudentIds, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undoStack)
    , m_classId(classId)
    , m_selected(selectedStudentIds)
    , m_period(new QComboBox(this))
    , m_all(new QRadioButton(tr("&All students"), this))
    , m_selection(new QRadioButton(this))
    , m_language(new QComboBox(this))
    , m_students(new QListWidget(this))
    , m_prev(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_title(new QLabel(this))
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_pdfBuffer(new QBuffer(this))
    , m_comment(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
    , m_saveComment(new QPushButton(tr("Save &Comment"), this))
{
    setWindowTitle(tr("Progress Reports"));

    // Period: the whole course, then the class's periods in date order.
    m_period->addItem(tr("Whole course"), QString());
    const PeriodMembership periods(GradingPeriodRepository(store).forClass(classId));
    for (const GradingPeriod &p : periods.periods())
        m_period->addItem(p.name, p.id);
    m_selection->setText(tr("&Selected students (%n)", nullptr, int(selectedStudentIds.size())));
    m_selection->setEnabled(!selectedStudentIds.isEmpty());
    m_all->setChecked(true);
    m_language->addItem(tr("Each guardian's language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    if (ReportText::hasTranslation(u"es"_s))
        m_language->addItem(u"Español"_s, u"es"_s);
    if (ReportText::hasTranslation(u"fr"_s))
        m_language->addItem(u"Français"_s, u"fr"_s);

    auto *choices = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    choices->addWidget(periodLabel);
    choices->addWidget(m_period);
    choices->addSpacing(12);
    choices->addWidget(m_all);
    choices->addWidget(m_selection);
    choices->addSpacing(12);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    choices->addWidget(languageLabel);
    choices->addWidget(m_language);
    choices->addStretch();

    m_students->setObjectName(u"reportStudents"_s);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addWidget(m_next);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_students, 1);
    leftLayout->addLayout(nav);

    m_view->setObjectName(u"reportPreview"_s);
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_title);
    middleLayout->addWidget(m_view, 1);

    // The comment editor: what the teacher writes for this student and period.
    m_comment->setObjectName(u"reportComment"_s);
    m_comment->setPlaceholderText(tr("A comment for this student's report"));
    m_insert->setText(tr("Insert from &Bank"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto *bankMenu = new QMenu(m_insert);
    m_insert->setMenu(bankMenu);
    connect(bankMenu, &QMenu::aboutToShow, this, &ProgressReportWindow::fillBankMenu);
    auto *manageBank = new QPushButton(tr("Comment Ban&k..."), this);
    connect(manageBank, &QPushButton::clicked, this, &ProgressReportWindow::onCommentBank);
    connect(m_saveComment, &QPushButton::clicked, this, &ProgressReportWindow::saveComment);
    auto *commentBox = new QGroupBox(tr("Teacher's comment"), this);
    auto *commentLayout = new QVBoxLayout(commentBox);
    commentLayout->addWidget(m_comment, 1);
    auto *commentButtons = new QHBoxLayout;
    commentButtons->addWidget(m_insert);
    commentButtons->addWidget(manageBank);
    commentButtons->addStretch();
    commentButtons->addWidget(m_saveComment);
    commentLayout->addLayout(commentButtons);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(commentBox);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 560, 300});

    auto *saveOne = new QPushButton(tr("Save as &One PDF..."), this);
    auto *saveEach = new QPushButton(tr("Save One PDF &per Student..."), this);
    auto *print = new QPushButton(tr("P&rint..."), this);
    auto *settings = new QPushButton(tr("Report &Settings..."), this);
    auto *close = new QPushButton(tr("Close"), this);
    connect(saveOne, &QPushButton::clicked, this, &ProgressReportWindow::onSaveCombined);
    connect(saveEach, &QPushButton::clicked, this, &ProgressReportWindow::onSaveEach);
    connect(print, &QPushButton::clicked, this, &ProgressReportWindow::onPrint);
    connect(settings, &QPushButton::clicked, this, &ProgressReportWindow::onSettings);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(settings);
    bottom->addStretch();
    bottom->addWidget(saveOne);
    bottom->addWidget(saveEach);
    bottom->addWidget(print);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(1200, 760);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ProgressReportWindow::reload);
    connect(m_all, &QRadioButton::toggled, this, &ProgressReportWindow::refillStudents);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ProgressReportWindow::showCurrent);
    connect(m_students, &QListWidget::currentRowChanged, this, &ProgressReportWindow::setCurrentIndex);
    connect(m_prev, &QPushButton::clicked, this, [this] { setCurrentIndex(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentIndex(m_current + 1); });
    reload();
}

ProgressReportWindow::~ProgressReportWindow() = default;

void ProgressReportWindow::setSelectionOnly(bool selectionOnly)
{
    (selectionOnly && m_selection->isEnabled() ? m_selection : m_all)->setChecked(true);
}

void ProgressReportWindow::showError(const QString &message)
{
    Ask::question(this, windowTitle(), message, QMessageBox::Ok);
}

void ProgressReportWindow::reload()
{
    const ReportSettings settings = ReportSettings::load(m_store.profileDir());
    ReportOptions options;
    options.gradingPeriodId = m_period->currentData().toString();
    options.schoolName = settings.schoolName;
    options.schoolLogoPath = settings.schoolLogoPath;
    options.teacherName =
        settings.teacherName.isEmpty() ? SyncState(m_store.database()).teacherName() : settings.teacherName;
    Result<ReportBuilder> builder = ReportBuilder::load(m_store, m_classId, options);
    if (!builder) {
        m_builder.reset();
        showError(builder.error());
    } else {
        m_builder = std::move(builder).value();
    }
    refillStudents();
}

void ProgressReportWindow::refillStudents()
{
    const QString keep = m_current >= 0 && m_current < m_scope.size() && m_builder
                             ? m_builder->students().at(m_scope.at(m_current)).id
                             : QString();
    m_scope.clear();
    const QSignalBlocker block(m_students);
    m_students->clear();
    if (m_builder) {
        for (int i = 0; i < m_builder->students().size(); ++i) {
            const Student &s = m_builder->students().at(i);
            if (m_selection->isChecked() && !m_selected.contains(s.id))
                continue;
            m_scope << i;
            m_students->addItem(s.displayName());
        }
    }
    int current = 0;
    for (int i = 0; i < m_scope.size(); ++i) {
        if (m_builder->students().at(m_scope.at(i)).id == keep)
            current = i;
    }
    m_current = -1;
    setCurrentIndex(m_scope.isEmpty() ? -1 : current);
}

QStringList ProgressReportWindow::studentIds() const
{
    QStringList ids;
    for (int i : m_scope)
        ids << m_builder->students().at(i).id;
    return ids;
}

ProgressReport ProgressReportWindow::reportAt(int index) const
{
    ProgressReport r = m_builder->report(m_scope.at(index));
    const QString chosen = m_language->currentData().toString();
    const QString guardian = m_builder->guardianLanguage(r.studentId);
    // Each guardian's language where there is a translation, else the app's.
    r.language = !chosen.isEmpty()                                             ? chosen
                 : !guardian.isEmpty() && ReportText::hasTranslation(guardian) ? guardian
                                                                               : QLocale().name().section(u'_', 0, 0);
    return r;
}

void ProgressReportWindow::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_scope.size() || index == m_current)
        return;
    m_current = index;
    {
        const QSignalBlocker block(m_students);
        m_students->setCurrentRow(index);
    }
    m_prev->setEnabled(index > 0);
    m_next->setEnabled(index >= 0 && index < m_scope.size() - 1);
    m_comment->setEnabled(index >= 0);
    m_saveComment->setEnabled(index >= 0);
    m_insert->setEnabled(index >= 0);
    m_comment->setPlainText(index >= 0 ? reportAt(index).comment : QString());
    showCurrent();
}

void ProgressReportWindow::showCurrent()
{
    m_pdf->close();
    m_pdfBuffer->close();
    if (m_current < 0 || !m_builder) {
        m_title->setText(tr("No students to report on."));
        return;
    }
    m_title->setText(tr("Student %1 of %2").arg(m_current + 1).arg(m_scope.size()));
    Result<QByteArray> bytes = ReportPdf::toBytes({reportAt(m_current)});
    if (!bytes) {
        m_title->setText(bytes.error());
        return;
    }
    m_pdfBuffer->setData(*bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBuffer);
}

bool ProgressReportWindow::saveComment()
{
    if (m_current < 0)
        return false;
    const Status set = ReportCommentActions(ActionRunner(m_store, m_undo))
                           .set(m_classId, m_builder->students().at(m_scope.at(m_current)).id,
                                m_period->currentData().toString(), m_comment->toPlainText());
    if (!set) {
        showError(set.error());
        return false;
    }
    const int keep = m_current;
    reload(); // the builder holds the comments it loaded
    setCurrentIndex(keep);
    return true;
}

void ProgressReportWindow::fillBankMenu()
{
    QMenu *menu = m_insert->menu();
    menu->clear();
    const QList<CommentTemplate> bank = CommentBankActions::list(m_store);
    if (bank.isEmpty()) {
        menu->addAction(tr("The comment bank is empty"))->setEnabled(false);
        return;
    }
    QHash<QString, QMenu *> categories;
    for (const CommentTemplate &t : bank) {
        QMenu *target = menu;
        if (!t.category.isEmpty()) {
            QMenu *&sub = categories[t.category];
            if (!sub)
                sub = menu->addMenu(t.category);
            target = sub;
        }
        const QString shown = t.text.size() > 70 ? t.text.left(68) + u"…"_s : t.text;
        QAction *a = target->addAction(shown);
        a->setToolTip(t.text);
        const QString id = t.id;
        connect(a, &QAction::triggered, this, [this, id] { insertFromBank(id); });
    }
}

void ProgressReportWindow::insertFromBank(const QString &templateId)
{
    if (m_current < 0)
        return;
    for (const CommentTemplate &t : CommentBankActions::list(m_store)) {
        if (t.id != templateId)
            continue;
        QString text = CommentPlaceholders::expand(t.text, reportAt(m_current));
        if (!m_comment->toPlainText().trimmed().isEmpty() && !m_comment->textCursor().atBlockStart())
            text.prepend(u' ');
        m_comment->insertPlainText(text);
        m_comment->setFocus();
        return;
    }
}

void ProgressReportWindow::onCommentBank()
{
    CommentBankDialog dialog(m_store, m_undo, this);
    dialog.exec();
}

void ProgressReportWindow::onSettings()
{
    ReportSettingsDialog dialog(m_store.profileDir(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

QList<ProgressReport> ProgressReportWindow::reportsInScope() const
{
    QList<ProgressReport> reports;
    for (int i = 0; i < m_scope.size(); ++i)
        reports << reportAt(i);
    return reports;
}

bool ProgressReportWindow::runBatch(const std::function<bool(const ReportPdf::Progress &)> &write, const QString &title)
{
    // Chunked on this thread: after each report the dialog repaints and Cancel is read.
    QProgressDialog progress(title, tr("Cancel"), 0, int(m_scope.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const bool ok = write([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    return ok;
}

bool ProgressReportWindow::saveCombined(const QString &path)
{
    if (m_scope.isEmpty())
        return false;
    return runBatch(
        [&](const ReportPdf::Progress &progress) {
            Result<ReportPdf::Outcome> r = ReportPdf::writeCombined(reportsInScope(), path, progress);
            if (!r)
                showError(r.error());
            return r && !r->cancelled;
        },
        tr("Writing %n report(s)...", nullptr, int(m_scope.size())));
}

bool ProgressReportWindow::saveEach(const QString &folder)
{
    if (m_scope.isEmpty())
        return false;
    return runBatch(
        [&](const ReportPdf::Progress &progress) {
            Result<ReportPdf::Outcome> r = ReportPdf::writeEach(reportsInScope(), folder, progress);
            if (!r)
                showError(r.error());
            return r && !r->cancelled;
        },
        tr("Writing %n report(s)...", nullptr, int(m_scope.size())));
}

void ProgressReportWindow::onSaveCombined()
{
    const QString name = m_builder ? m_builder->schoolClass().name : QString();
    QString path =
        Ask::saveFileName(this, tr("Save Reports as One PDF"),
                          QDir::home().filePath(tr("%1 progress reports.pdf").arg(name)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    saveCombined(path);
}

void ProgressReportWindow::onSaveEach()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Save One PDF per Student in Folder"), QDir::homePath());
    if (!folder.isEmpty())
        saveEach(folder);
}

void ProgressReportWindow::onPrint()
{
    if (m_scope.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Progress Reports"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The printer gets the same pages as the PDF: each page of it rendered at the printer's resolution.
    Result<QByteArray> bytes = ReportPdf::toBytes(reportsInScope());
    if (!bytes)
        return showError(bytes.error());
    QBuffer buffer;
    buffer.setData(*bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QPainter painter;
    if (!painter.begin(&printer))
        return showError(tr("The printer could not be started."));
    const QRect target = painter.viewport();
    for (int page = 0; page < doc.pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QSizeF points = doc.pagePointSize(page);
        const QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        painter.drawImage(QRect(target.topLeft(), size), doc.render(page, size));
    }
    painter.end();
}

} // namespace k12
