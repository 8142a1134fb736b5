#pragma once

#include "kernel/domain/Entities.h"
#include "models/actions/ClassActions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace k12 {

class InsightSettingsPage;
class MasterySettingsPage;

// A class's grading rules in one place: category weights and drop-lowest,
// missing-work and late-penalty policy (and automatic missing), the letter
// scale, the standards mastery method and proficiency scale, the at-risk
// thresholds. OK gives the edited settings; ClassActions writes what differs as one undo step.
class ClassSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ClassSettingsDialog(const SchoolClass &schoolClass, const QList<Category> &categories,
                        const QList<LetterCutoff> &scale, QWidget *parent = nullptr);

    // The settings as edited (ClassActions::saveGradingSettings compares them
    // with what the dialog was opened with).
    GradingSettings settings() const;

    void accept() override;
    // A tab of its own (the grading periods, whose changes are written at once).
    void addPage(QWidget *page, const QString &title);

private:
    QWidget *createCategoriesPage();
    QWidget *createPoliciesPage();
    QWidget *createScalePage();
    void fillScale(const QList<LetterCutoff> &scale);
    void updateWeightTotal();
    SchoolClass editedClass() const;
    QList<Category> editedCategories() const;
    QList<LetterCutoff> editedScale() const;

    SchoolClass m_class;
    QList<Category> m_categories;
    QList<LetterCutoff> m_scale;

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_categoryTable = nullptr;
    QLabel *m_weightTotal = nullptr;
    QRadioButton *m_missingZero = nullptr;
    QRadioButton *m_missingExclude = nullptr;
    QCheckBox *m_lateEnabled = nullptr;
    QDoubleSpinBox *m_latePerDay = nullptr;
    QDoubleSpinBox *m_lateFloor = nullptr;
    QTableWidget *m_scaleTable = nullptr;
    QCheckBox *m_autoMissing = nullptr;
    MasterySettingsPage *m_masteryPage = nullptr; // the Standards Mastery tab
    InsightSettingsPage *m_insightPage = nullptr;
};

} // namespace k12
