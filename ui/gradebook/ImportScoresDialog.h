#pragma once

#include "models/csv/ScoreImport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace k12 {

// Import scores from a CSV file with a preview: the file is read and checked
// off the UI thread (a progress bar and Cancel, so a 10 MB file never freezes
// the window); every problem is listed by line and column; nothing is written
// until the teacher presses Import, and then as one transaction and one undo step.
class ImportScoresDialog : public QDialog
{
    Q_OBJECT
public:
    ImportScoresDialog(const GradebookData &data, QWidget *parent = nullptr);
    ~ImportScoresDialog() override;

    // Starts reading and checking a file (the file chooser calls this too).
    void analyzeFile(const QString &path);
    bool isAnalyzing() const;
    const ScoreImport::Plan &plan() const { return m_plan; }
    // The writes for the plan as accepted (with bad rows left out if chosen).
    ChangeList changes() const;

private:
    void chooseFile();
    void onAnalyzed();
    void showPlan();
    void updateButtons();

    GradebookData m_data;
    QString m_path;
    QByteArray m_bytes;
    ScoreImport::Plan m_plan;
    QFutureWatcher<ScoreImport::Plan> m_watcher;
    bool m_analyzing = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;

    QLabel *m_file;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_summary;
    QListWidget *m_problems;
    QTableWidget *m_preview;
    QCheckBox *m_create;
    QCheckBox *m_skipBad;
    QPushButton *m_import;
    QTimer *m_progressTimer;
};

} // namespace k12
