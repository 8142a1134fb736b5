#include "PlanWidgets.h"
#include "ui/common/ProblemText.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

void PlanWidgets::setUpUnitList(QListView *view, QAbstractItemModel *model)
{
    view->setObjectName(u"unitList"_s);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSpacing(2);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void PlanWidgets::setUpLessonList(QListView *view, QAbstractItemModel *model)
{
    view->setObjectName(u"lessonList"_s);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setToolTip(QCoreApplication::translate("k12::PlansPanel",
                                                 "Drag a lesson, or press Alt+Up / Alt+Down, to change the order"));
}

QScrollArea *PlanWidgets::scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QDateEdit *PlanWidgets::dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setSpecialValueText(tr("No date"));
    edit->setDisplayFormat(u"ddd d MMM yyyy"_s);
    // Wide enough for the longest day and month names next to the calendar button.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"Wed 30 Sep 2026"_s) + 48);
    return edit;
}

QPlainTextEdit *PlanWidgets::textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field of the form
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height + edit->fontMetrics().lineSpacing() * 2);
    return edit;
}

QLabel *PlanWidgets::problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    markAsProblemText(label);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString PlanWidgets::idList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace k12
