#include "connectiondialog.h"

#include "dialogs/storeopener.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/storeaddress.h"
#include "uisettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {
namespace {
constexpr int DefaultPort = 5432;
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_test(new QPushButton(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Open shared store"));
    m_recent->setObjectName(QStringLiteral("recentSharedStores"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("connectionResult"));

    auto *intro = new QLabel(tr("A shared store is one PostgreSQL database the department's "
                                "workstations work on together. Ask its administrator for the "
                                "server and your database user."),
                             this);
    intro->setWordWrap(true);

    const QStringList recent = UiSettings().recentSharedStores();
    m_recent->addItem(recent.isEmpty() ? tr("(none yet)") : tr("(choose one)"), QString());
    for (const QString &url : recent)
        m_recent->addItem(StoreOpener::describe(url), url);
    m_recent->setEnabled(!recent.isEmpty());
    for (int i = 1; i < m_recent->count(); ++i)
        m_recent->setItemData(i, m_recent->itemData(i), Qt::ToolTipRole);

    m_host->setPlaceholderText(tr("server name or address, or a socket folder such as "
                                  "/run/postgresql"));
    m_host->setToolTip(tr("Empty: the server on this computer, through its default socket."));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setAlignment(Qt::AlignRight);
    m_database->setPlaceholderText(tr("e.g. cii"));
    m_user->setText(AuditLog::osUser());
    m_user->setToolTip(tr("Each regulator connects as their own database user: the audit log "
                          "records it."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to use PGPASSFILE (~/.pgpass)"));
    m_password->setToolTip(tr("Kept in memory only, until the program closes; never saved."));
    m_test->setText(tr("&Test connection"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Recent"), m_recent);
    form->addRow(tr("&Host or socket folder"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString url = m_recent->itemData(index).toString();
        if (!url.isEmpty())
            setLocation(url);
    });
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updateState);
    if (!recent.isEmpty())
        setLocation(recent.first());
    updateState();
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

QString ConnectionDialog::location() const
{
    const int port = m_port->value() == DefaultPort ? 0 : m_port->value();
    return StoreAddress::postgresUrl(m_user->text().trimmed(), m_host->text().trimmed(), port,
                                     m_database->text().trimmed());
}

void ConnectionDialog::setLocation(const QString &url)
{
    const Result<StoreAddress> a = StoreAddress::parse(url);
    if (!a)
        return;
    m_host->setText(a->host());
    m_port->setValue(a->port() > 0 ? a->port() : DefaultPort);
    m_database->setText(a->database());
    m_user->setText(a->user());
    m_password->clear();
    m_result->hide();
}

void ConnectionDialog::updateState()
{
    const bool complete = !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_test->setEnabled(complete);
    m_result->hide();
}

void ConnectionDialog::showResult(const QString &text, bool good)
{
    m_result->setStyleSheet(good ? QStringLiteral("QLabel { color: #1b5e20; }")
                                 : QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_result->setText(text);
    m_result->show();
}

void ConnectionDialog::rememberTypedPassword()
{
    if (!m_password->text().isEmpty())
        StoreAddress::rememberPassword(location(), m_password->text());
}

bool ConnectionDialog::testConnection()
{
    const QString url = location();
    if (const Result<StoreAddress> a = StoreAddress::parse(url); !a) {
        showResult(a.error().message, false);
        return false;
    }
    rememberTypedPassword();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Inspect first: the test never upgrades a store nor changes anything in it.
    Database probe;
    const Status opened = StoreOpener::open(probe, url, Database::OpenMode::Inspect, this);
    const int version = probe.schemaVersion();
    const QString user = probe.user();
    probe.close();
    QString access;
    if (opened && version < Database::latestSchemaVersion()) {
        access = tr("it is upgraded to schema version %1 when a user who may write opens it")
                     .arg(Database::latestSchemaVersion());
    } else if (opened) {
        // Up to date: opening it as the window would changes nothing, and says whether this
        // user may write.
        Database full;
        if (const Status s = full.open(url); !s)
            access = s.error().message;
        else if (full.isReadOnly())
            access = tr("read-only: %1").arg(full.readOnlyReason());
        else
            access = tr("you may read and write");
    }
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showResult(tr("Not connected: %1").arg(opened.error().message), false);
        return false;
    }
    //: %1 the database user, %2 the schema version, %3 whether it may write.
    showResult(tr("Connected as %1: a CII Workbench store, schema version %2; %3.")
                   .arg(user)
                   .arg(version)
                   .arg(access),
               true);
    return true;
}

void ConnectionDialog::accept()
{
    if (const Result<StoreAddress> a = StoreAddress::parse(location()); !a) {
        showResult(a.error().message, false);
        return;
    }
    rememberTypedPassword();
    m_password->clear();
    QDialog::accept();
}

} // namespace cii
