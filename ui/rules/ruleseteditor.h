#pragma once

#include "dialogs/editconflictdialog.h"
#include "domain/indicator.h"
#include "rules/ruleset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace cii {

class CriteriaModel;
class RuleSetRepository;
class RuleTestModel;

// Edits one rule-set version: criteria per factor, how they combine, the decision
// expression (checked as you type), test cases (run on every change), notes, and the
// version history. Filed versions open read-only.
class RuleSetEditor : public QWidget
{
    Q_OBJECT

public:
    RuleSetEditor(RuleSetRepository &repo, QWidget *parent = nullptr);

    void setCatalogue(const QVector<Indicator> &catalogue);
    void setRuleSet(const RuleSet &rules);
    void clear();
    const RuleSet &working() const { return m_working; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return !m_working.isEditable(); }
    bool save();
    void revert();
    void retranslateUi();

    CriteriaModel *criteriaModel() const { return m_criteria; }
    RuleTestModel *testModel() const { return m_tests; }
    QTableView *criteriaView() const { return m_criteriaView; }
    QLineEdit *expressionEdit() const { return m_expression; }
    QLabel *testSummary() const { return m_testSummary; }
    QPlainTextEdit *problemsView() const { return m_problems; }
    QTableView *changesView() const { return m_changesView; }
    QComboBox *compareBox() const { return m_compareWith; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    // While a save's conflict is shown (EditConflictDialog), that dialog; null otherwise.
    EditConflictDialog *conflictDialog() const { return m_conflictDialog; }

signals:
    void modifiedChanged(bool modified);
    void saved(qint64 id);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildCriteriaTab();
    void buildDecisionTab();
    void buildTestsTab();
    void buildNotesTab();
    void buildHistoryTab();
    void setModified(bool modified);
    void updateSaveButtons();
    void onEdited();
    void refresh();
    void loadFields();
    void updateBanner();
    void updateHistory();
    void showComparison();
    // A save met a version another workstation saved meanwhile (EditConflict): shows both,
    // and saves, reloads or returns to editing as the user chooses. True when nothing is
    // left unsaved.
    bool resolve(const EditConflict &conflict);
    // After a save: the editor holds what the store now holds, at `rowVersion`.
    void markSaved(qint64 rowVersion, const QString &text);
    QVector<EditConflictDialog::Field> conflictFields(const RuleSet &mine,
                                                      const RuleSet &theirs) const;

    RuleSetRepository &m_repo;
    RuleSet m_original;
    RuleSet m_working;
    bool m_modified = false;
    bool m_loading = false;
    // No rule set is shown (clear()): the banner says how to choose one.
    bool m_empty = false;
    QVector<Indicator> m_catalogue;

    QLabel *m_banner;
    QLineEdit *m_titleZh;
    QLineEdit *m_titleEn;
    QLabel *m_titleZhLabel;
    QLabel *m_titleEnLabel;
    QTabWidget *m_tabs;
    CriteriaModel *m_criteria;
    QTableView *m_criteriaView;
    QPushButton *m_addCriterion;
    QPushButton *m_removeCriterion;
    QPushButton *m_upCriterion;
    QPushButton *m_downCriterion;
    QComboBox *m_factorModes[3];
    QSpinBox *m_factorK[3];
    QLabel *m_factorLabels[3];
    QLabel *m_expressionLabel;
    QLineEdit *m_expression;
    QLabel *m_expressionStatus;
    QLabel *m_expressionWords;
    QPlainTextEdit *m_problems;
    QLabel *m_problemsLabel;
    RuleTestModel *m_tests;
    QTableView *m_testView;
    QPushButton *m_addTest;
    QPushButton *m_removeTest;
    QLabel *m_testSummary;
    QPlainTextEdit *m_notesZh;
    QPlainTextEdit *m_notesEn;
    QLabel *m_notesZhLabel;
    QLabel *m_notesEnLabel;
    QComboBox *m_compareWith;
    QLabel *m_compareLabel;
    QStandardItemModel *m_changes;
    QTableView *m_changesView;
    QPushButton *m_save;
    QPushButton *m_revert;
    EditConflictDialog *m_conflictDialog = nullptr;
};

} // namespace cii
