#pragma once

#include <QPair>
#include <QStyledItemDelegate>

namespace cii {

// Edits a cell by choosing from a list: stores the value, shows the label.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QVector<QPair<QString, QString>>; // value, label
    ChoiceDelegate(std::function<Choices()> choices, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    std::function<Choices()> m_choices;
};

} // namespace cii
