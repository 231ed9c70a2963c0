#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cii {

// Covers its parent window while the workstation is locked: nothing of the window shows
// through, and only the department's passphrase (or, with none set, the OS user name as a
// confirmation) unlocks it.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    // `passphraseHash`: the department's (Passphrase::hash), or empty for none.
    LockScreen(const QString &passphraseHash, QWidget *window);

    void setPassphraseHash(const QString &hash);
    // Covers the window, takes the keyboard.
    void lock();

signals:
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void tryUnlock();
    void retranslateUi();

    QString m_hash;
    QLabel *m_title;
    QLabel *m_prompt;
    QLineEdit *m_secret;
    QPushButton *m_unlock;
    QLabel *m_error;
};

} // namespace cii
