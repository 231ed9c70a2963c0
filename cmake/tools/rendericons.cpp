// Renders the application icon (an SVG) into the PNG sizes of the freedesktop hicolor theme:
//   cii-render-icons SVG OUTDIR NAME SIZE…   →   OUTDIR/SIZExSIZE/apps/NAME.png
// Run by the `render_icons` target (CMakeLists.txt); the PNGs are committed under
// resources/icons/hicolor so that a build needs no SVG renderer. Uses Qt's own SVG image
// plugin (libqt6svg6), the renderer the program uses for its window icon.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: cii-render-icons SVG OUTDIR NAME SIZE...\n";
        return 2;
    }
    for (int i = 4; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImageReader reader(args.at(1), "svg");
        reader.setScaledSize(QSize(size, size));
        QImage image = reader.read();
        if (image.isNull()) {
            err << args.at(1) << ": " << reader.errorString() << '\n';
            return 1;
        }
        image = image.convertToFormat(QImage::Format_ARGB32);
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, args.at(3));
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            err << file << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
