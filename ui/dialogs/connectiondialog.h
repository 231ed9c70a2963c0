#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cii {

// File ▸ Open shared store…: where the department's shared PostgreSQL store is (host or the
// folder of a unix socket, port, database) and who connects (the database user; the OS login
// by default). A password typed here is kept in memory only (StoreAddress::rememberPassword),
// never in the settings or the address; left empty, libpq reads PGPASSFILE (~/.pgpass), and
// where the server still asks, StoreOpener asks. Test connection opens the store on the side
// and says what it found; OK hands the address to the window, which switches to it. The
// shared stores opened lately (UiSettings) are offered at the top.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // The address the fields make (no password), postgresql://USER@HOST:PORT/DATABASE.
    QString location() const;
    // Fills the fields from an address (a recent one, or the store open now).
    void setLocation(const QString &url);
    // Opens the store on the side and closes it again; the result label says what it found.
    // True when it could be opened.
    bool testConnection();

    QComboBox *recentBox() const { return m_recent; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

    void accept() override;

private:
    void updateState();
    void showResult(const QString &text, bool good);
    // The typed password, for this address, in memory; nothing when the field is empty.
    void rememberTypedPassword();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace cii
