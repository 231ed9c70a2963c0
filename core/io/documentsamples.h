#pragma once

#include "io/enforcementdocument.h"
#include "io/incidentreportdocument.h"

namespace cii {

// Sample contents of the incident reports and enforcement documents, as an issuer would fill
// them from a store: for rendering and reviewing the documents without one
// (tools/sample_documents) and as the tests' starting point. Fictitious names throughout.
class DocumentSamples
{
public:
    // kind: cac-mps | followup | summary
    static IncidentReportContent incidentReport(const QString &kind);
    // kind: order | advance-notice | decision
    static EnforcementDocumentContent enforcement(const QString &kind);
    static QStringList incidentKinds();
    static QStringList enforcementKinds();
};

} // namespace cii
