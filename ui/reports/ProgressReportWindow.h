#pragma once

#include "models/reports/ReportBuilder.h"
#include "models/reports/ReportPdf.h"

#include <QDialog>

#include <functional>
#include <optional>

class QBuffer;
class QComboBox;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QUndoStack;

namespace k12 {

class Store;

// Progress Reports for one class: pick the period, the students (all or the
// roster's selection) and the language (each student's guardian's, English,
// Español); preview the current student's report as the PDF it will be
// (QPdfView), go to the previous or next student, write the teacher's comment
// (with Insert from Bank), then save one combined PDF, one PDF per student,
// or print. The reports come from ReportBuilder and ReportPdf, as in the CLI.
class ProgressReportWindow : public QDialog
{
    Q_OBJECT
public:
    ProgressReportWindow(Store &store, QUndoStack *undoStack, const QString &classId,
                         const QStringList &selectedStudentIds = {}, QWidget *parent = nullptr);
    ~ProgressReportWindow() override;

    // Reports for the roster's selection only (when there is one), or for the whole class.
    void setSelectionOnly(bool selectionOnly);
    // The students the reports are for, in gradebook order, and the one previewed.
    QStringList studentIds() const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // The report of the students() entry, in the language chosen for it.
    ProgressReport reportAt(int index) const;

    // Saves the comment in the editor for the current student (an undo step).
    bool saveComment();
    // Inserts the bank comment with that id, placeholders expanded, at the editor's cursor.
    void insertFromBank(const QString &templateId);
    // The batch with a progress dialog and Cancel; false when it failed or was cancelled.
    bool saveCombined(const QString &path);
    bool saveEach(const QString &folder);

    QPdfDocument *previewDocument() const { return m_pdf; }
    QPlainTextEdit *commentEditor() const { return m_comment; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *languageBox() const { return m_language; }

private:
    void reload();
    void refillStudents();
    void showCurrent();
    void onSaveCombined();
    void onSaveEach();
    void onPrint();
    void onSettings();
    void onCommentBank();
    void fillBankMenu();
    QList<ProgressReport> reportsInScope() const;
    bool runBatch(const std::function<bool(const ReportPdf::Progress &)> &write, const QString &title);
    void showError(const QString &message);

    Store &m_store;
    QUndoStack *m_undo;
    QString m_classId;
    QStringList m_selected;
    std::optional<ReportBuilder> m_builder;
    QList<int> m_scope; // indices into the builder's students
    int m_current = -1;

    QComboBox *m_period;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QComboBox *m_language;
    QListWidget *m_students;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_title;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QBuffer *m_pdfBuffer;
    QPlainTextEdit *m_comment;
    QToolButton *m_insert;
    QPushButton *m_saveComment;
};

} // namespace k12
