// Writes every incident report and enforcement document from the sample contents, in PDF and
// ODT, in Chinese, English and both, so they can be rendered and reviewed without a store:
//   QT_QPA_PLATFORM=offscreen build/bin/sample_documents OUTDIR
// Files are named KIND-LANG.pdf / .odt (e.g. order-zh.pdf, cac-mps-bilingual.odt).
#include "io/documentfile.h"
#include "io/documentsamples.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

using namespace cii;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: sample_documents OUTDIR\n";
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.path())) {
        err << "cannot create " << out.path() << "\n";
        return 4;
    }
    const QList<std::pair<QString, DocLanguage>> languages = {
        {QStringLiteral("zh"), DocLanguage::Zh},
        {QStringLiteral("en"), DocLanguage::En},
        {QStringLiteral("bilingual"), DocLanguage::Bilingual}};
    int failures = 0;
    const auto write = [&](QTextDocument &doc, const QString &name, const QString &title) {
        for (const DocumentFile::Format f :
             {DocumentFile::Format::Pdf, DocumentFile::Format::Odt}) {
            const QString path = out.filePath(name + QLatin1Char('.') + DocumentFile::formatKey(f));
            const Status s = DocumentFile::write(doc, f, path, title);
            if (!s.ok()) {
                err << path << ": " << s.error().message << "\n";
                ++failures;
            }
        }
    };
    for (const auto &[key, language] : languages) {
        for (const QString &kind : DocumentSamples::incidentKinds()) {
            const IncidentReportContent c = DocumentSamples::incidentReport(kind);
            auto doc = IncidentReportDocument::build(c, language);
            write(*doc, kind + QLatin1Char('-') + key, IncidentReportDocument::title(c, language));
        }
        for (const QString &kind : DocumentSamples::enforcementKinds()) {
            const EnforcementDocumentContent c = DocumentSamples::enforcement(kind);
            auto doc = EnforcementDocument::build(c, language);
            write(*doc, kind + QLatin1Char('-') + key, EnforcementDocument::title(kind, language));
        }
    }
    return failures ? 4 : 0;
}
