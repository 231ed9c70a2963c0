#pragma once

#include <QDir>
#include <QWidget>

// Widget tests save what they show to build/test-artifacts/ (CII_TEST_ARTIFACTS), so a
// person can look at every screen the tests drive.
inline void saveArtifact(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CII_TEST_ARTIFACTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
