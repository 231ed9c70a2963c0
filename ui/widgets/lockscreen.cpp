#include "lockscreen.h"

#include "services/passphrase.h"
#include "storage/auditlog.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace cii {

LockScreen::LockScreen(const QString &passphraseHash, QWidget *window)
    : QWidget(window), m_hash(passphraseHash), m_title(new QLabel(this)),
      m_prompt(new QLabel(this)), m_secret(new QLineEdit(this)), m_unlock(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_secret->setObjectName(QStringLiteral("unlockSecret"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaximumWidth(320);
    m_unlock->setDefault(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold; color: white;"));
    m_prompt->setStyleSheet(QStringLiteral("color: white;"));
    m_error->setStyleSheet(QStringLiteral("color: #ffb4ab; font-weight: bold;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_prompt, m_secret, m_unlock, m_error})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    window->installEventFilter(this);
    retranslateUi();
    hide();
}

void LockScreen::setPassphraseHash(const QString &hash)
{
    m_hash = hash;
    retranslateUi();
}

void LockScreen::lock()
{
    setGeometry(parentWidget()->rect());
    m_secret->clear();
    m_error->hide();
    show();
    raise();
    m_secret->setFocus();
}

void LockScreen::tryUnlock()
{
    const QString given = m_secret->text();
    m_secret->clear();
    const bool ok = m_hash.isEmpty() ? given.trimmed() == AuditLog::osUser()
                                     : Passphrase::matches(m_hash, given);
    if (!ok) {
        m_error->setText(m_hash.isEmpty() ? tr("That is not the user name of this session.")
                                          : tr("Wrong passphrase."));
        m_error->show();
        return;
    }
    hide();
    emit unlocked();
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && isVisible())
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded && isVisible())
            raise(); // stay on top of anything the window adds
    }
    if (event->type() == QEvent::LanguageChange && watched == parentWidget())
        retranslateUi();
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x1f, 0x2a, 0x44)); // opaque: nothing of the window shows
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("Locked"));
    m_prompt->setText(m_hash.isEmpty()
                          ? tr("The workstation was idle. Type your user name to unlock.")
                          : tr("The workstation was idle. Type the department's passphrase "
                               "to unlock."));
    m_unlock->setText(tr("Unlock"));
}

} // namespace cii
