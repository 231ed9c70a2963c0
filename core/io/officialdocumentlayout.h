#pragma once

#include <QSizeF>
#include <QTextFormat>

class QTextBlock;
class QTextDocument;
class QTextTable;

namespace cii {

// The GB/T 9704-2012 page applied to a QTextDocument built from the official-document HTML:
// the page geometry both writers (PDF painting, ODT) share, and one pass that sets what the
// HTML importer cannot express — first-line indents in characters, the 22-line grid, table
// column widths that keep words and codes whole, and page breaks that keep "特此通知。" with
// the signature and put the 版记 at the foot of the last page.
//
// Blocks the helpers of OfficialDocument emit carry their element as the block's user state
// (HTML "-qt-user-state"), so the pass and the ODT writer know a title from a body paragraph.
class OfficialDocumentLayout
{
public:
    enum class Role {
        None = 0,
        Marking,      // 密级和保密期限 / "内部资料"
        IssuerMark,   // 发文机关标志
        DocNumber,    // 发文字号
        RedRule,      // 版头中的分隔线
        Title,        // 标题
        Addressee,    // 主送机关
        Body,         // 正文
        Attachment,   // 附件说明
        Closing,      // 特此通知。
        Signature,    // 发文机关署名、成文日期
        RecordRule,   // 版记中的分隔线
        CopyTo,       // 抄送机关
        PrintingLine, // 印发机关和印发日期
        Heading,      // 一级标题（"一、"）
        Figure,       // a picture (a chart) on a line of its own, its caption under it
        Caption,      // 表题 over a table, 图题 under a figure
    };

    // Block properties the pass sets, read by the ODT writer.
    enum Property {
        KeepWithNextProperty = QTextFormat::UserProperty + 9704, // bool
        PushedToNextPageProperty,                                // bool: a break this pass made
        BaseTopMarginProperty,                                   // qreal, before the 版记 shift
        PreparedProperty,                                        // on the root frame
        SpacerProperty, // an empty block that only positions the 版记 on Qt's pages
    };

    // GB/T 9704-2012 §5.2.1–5.2.2: A4; 版心 156 mm × 225 mm; 天头 37 mm; 订口 28 mm.
    static constexpr qreal pageWidthMm = 210;
    static constexpr qreal pageHeightMm = 297;
    static constexpr qreal topMarginMm = 37;
    static constexpr qreal leftMarginMm = 28;
    static constexpr qreal textWidthMm = 156;
    static constexpr qreal textHeightMm = 225;
    // §7.5: the page number's 一字线 sits 7 mm under the 版心, one character in from its edge.
    static constexpr qreal pageNumberGapMm = 7;
    static constexpr qreal pageNumberPt = 14; // 4号
    // §5.2.3: 3号 body, 22 lines of 28 characters.
    static constexpr qreal bodyPt = 16;
    static constexpr qreal linePitchPt = 72.0 * textHeightMm / 25.4 / 22;
    static constexpr qreal titlePt = 22;        // 2号
    static constexpr qreal tablePt = 12;        // 小四
    static constexpr qreal tableSmallPt = 10.5; // 五号
    static constexpr qreal recordPt = 14;       // 4号, 版记

    static int userState(Role role) { return roleBase + int(role); }
    static Role role(const QTextBlock &block);

    // Document units: the layout runs without a paint device (at the default DPI, with design
    // metrics) and the PDF writer scales it, so CSS px and QTextFormat lengths agree.
    static qreal documentDpi();
    static qreal px(qreal points) { return points * documentDpi() / 72.0; }
    static qreal pxFromMm(qreal mm) { return mm * documentDpi() / 25.4; }
    static qreal points(qreal px) { return px * 72.0 / documentDpi(); }
    static QSizeF textBlockSize() { return {pxFromMm(textWidthMm), pxFromMm(textHeightMm)}; }

    // Once per document (repeated calls do nothing).
    static void apply(QTextDocument *document);

private:
    static constexpr int roleBase = 970400;
    static void convertLists(QTextDocument *document);
    static void splitLineSeparators(QTextDocument *document);
    static void formatBlocks(QTextDocument *document);
    static void fitTable(QTextTable *table);
    static void keepCaptionsWithTables(QTextDocument *document);
    static void keepHeadingsWithText(QTextDocument *document);
    static void keepClosingWithSignature(QTextDocument *document);
    static void placeRecordAtFoot(QTextDocument *document);
};

} // namespace cii
