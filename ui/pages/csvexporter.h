#pragma once

#include "services/registrytransfer.h"

#include <QCoreApplication>

class QWidget;

namespace cii {

// Asks where and in which encoding, then writes the CSV atomically (owner-only).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // Returns the path written, or an empty string if cancelled or failed (the user was told).
    static QString exportRegistry(QWidget *parent, RegistryRepository &repo,
                                  ImportPreview::Kind kind);
};

} // namespace cii
