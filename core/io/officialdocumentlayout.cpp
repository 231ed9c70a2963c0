#include "officialdocumentlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cii {
namespace {

using Role = OfficialDocumentLayout::Role;
using L = OfficialDocumentLayout;

bool inTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

QList<QTextTable *> tables(QTextFrame *frame)
{
    QList<QTextTable *> out;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(child))
            out << t;
        out << tables(child);
    }
    return out;
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x3000 && u <= 0x303F);
}

// Applies `change` to the character format of every fragment in the block.
template <typename F> void editFragments(const QTextBlock &block, F change)
{
    QList<std::pair<int, int>> ranges;
    QList<QTextCharFormat> formats;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (!f.isValid())
            continue;
        QTextCharFormat format = f.charFormat();
        change(format);
        ranges << std::pair<int, int>(f.position(), f.length());
        formats << format;
    }
    QTextCursor cursor(block);
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        cursor.setPosition(ranges.at(i).first);
        cursor.setPosition(ranges.at(i).first + ranges.at(i).second, QTextCursor::KeepAnchor);
        cursor.setCharFormat(formats.at(i));
    }
    QTextCharFormat blockChars = block.charFormat();
    change(blockChars);
    QTextCursor(block).setBlockCharFormat(blockChars);
}

void setRole(QTextBlock block, Role role)
{
    block.setUserState(L::userState(role));
}

void setFixedPitch(QTextBlockFormat &f, qreal points)
{
    f.setLineHeight(L::px(points), QTextBlockFormat::FixedHeight);
}

// Where a block's text starts and ends: a block moved to the next page keeps its rectangle's
// top on the previous one, its first line does not.
qreal textTop(QTextDocument *document, const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    if (!layout || layout->lineCount() == 0)
        return rect.top();
    return layout->position().y() + layout->lineAt(0).y();
}

qreal textBottom(QTextDocument *document, const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    if (!layout || layout->lineCount() == 0)
        return rect.bottom();
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return layout->position().y() + last.y() + last.height();
}

int pageOf(QTextDocument *document, qreal y)
{
    return int(std::floor(y / document->pageSize().height()));
}

} // namespace

Role OfficialDocumentLayout::role(const QTextBlock &block)
{
    const int s = block.userState() - roleBase;
    return s > 0 && s <= int(Role::Caption) ? Role(s) : Role::None;
}

qreal OfficialDocumentLayout::documentDpi()
{
    // A paint-device-less QTextDocument lays out at the default DPI, which a fresh QImage
    // reports through public API.
    static const qreal dpi = QImage(1, 1, QImage::Format_Mono).logicalDpiY();
    return dpi;
}

void OfficialDocumentLayout::apply(QTextDocument *document)
{
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    if (root.boolProperty(PreparedProperty))
        return;
    root.setProperty(PreparedProperty, true);
    document->rootFrame()->setFrameFormat(root);
    document->setDocumentMargin(0);
    document->setUseDesignMetrics(true);
    // Words and codes are never split: a line breaks between words or CJK characters only.
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(option);
    document->setPageSize(textBlockSize());

    convertLists(document);
    splitLineSeparators(document);
    formatBlocks(document);
    for (QTextTable *t : tables(document->rootFrame()))
        fitTable(t);
    keepCaptionsWithTables(document);
    keepHeadingsWithText(document);
    keepClosingWithSignature(document);
    placeRecordAtFoot(document);
}

// GB/T 9704 numbers items in the text ("1．"), in body paragraphs: no list indentation.
void OfficialDocumentLayout::convertLists(QTextDocument *document)
{
    QList<std::pair<QTextBlock, QString>> items;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        if (b.textList() && !inTable(b))
            items << std::pair<QTextBlock, QString>(b, b.textList()->itemText(b));
    for (auto &[block, number] : items) {
        block.textList()->remove(block);
        QTextBlockFormat f = block.blockFormat();
        f.setIndent(0);
        QTextCursor cursor(block);
        cursor.setBlockFormat(f);
        QTextCharFormat chars =
            block.begin().atEnd() ? block.charFormat() : block.begin().fragment().charFormat();
        // "1．" runs into Chinese text; English wants its space.
        const bool latin = !block.text().isEmpty() && !isCjk(block.text().front());
        cursor.insertText(latin ? number + QLatin1Char(' ') : number, chars);
        if (role(block) == Role::None)
            setRole(block, Role::Body);
    }
}

// A bilingual line break (<br/>) inside a body paragraph becomes a paragraph of its own, so
// each paragraph holds one language and gets its own first-line indent.
void OfficialDocumentLayout::splitLineSeparators(QTextDocument *document)
{
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const Role r = role(b);
        if (inTable(b) || !(r == Role::None || r == Role::Body || r == Role::Closing ||
                            r == Role::Addressee || r == Role::Attachment))
            continue;
        const QString text = b.text();
        const int state = b.userState();
        for (qsizetype i = text.size() - 1; i >= 0; --i) {
            if (text.at(i) != QChar::LineSeparator)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(b.position() + int(i));
            cursor.deleteChar();
            cursor.insertBlock(b.blockFormat(), cursor.charFormat());
            cursor.block().setUserState(state);
        }
    }
}

void OfficialDocumentLayout::formatBlocks(QTextDocument *document)
{
    const qreal pitch = linePitchPt;
    Role previous = Role::None;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (inTable(b))
            continue;
        Role r = role(b);
        QTextBlockFormat f = b.blockFormat();
        if (f.headingLevel() > 0 && r == Role::None) {
            // Named, since the heading level is cleared below: later passes find it by role.
            r = Role::Heading;
            setRole(b, r);
        }
        const bool first = r != previous;
        f.setTopMargin(0);
        f.setBottomMargin(0);
        switch (r) {
        case Role::None:
        case Role::Body:
        case Role::Caption:
        case Role::Closing:
        case Role::Heading:
            f.setLeftMargin(0);
            f.setRightMargin(0);
            f.setIndent(0);
            if (f.alignment() & (Qt::AlignHCenter | Qt::AlignRight)) {
                f.setTextIndent(0);
            } else {
                f.setAlignment(Qt::AlignJustify);
                f.setTextIndent(px(2 * bodyPt));
            }
            setFixedPitch(f, pitch);
            if (r == Role::Heading) {
                // 一级标题: 3号黑体, no bold (黑体 is heavy enough), on the grid.
                f.setHeadingLevel(0);
                editFragments(b, [](QTextCharFormat &c) {
                    c.clearProperty(QTextFormat::FontSizeAdjustment);
                    c.setFontPointSize(bodyPt);
                    c.setFontWeight(QFont::Normal);
                    c.setFontFamilies(QStringList{QStringLiteral("Liberation Sans"),
                                                  QStringLiteral("Noto Sans CJK SC")});
                });
            }
            break;
        case Role::Marking:
            f.setTextIndent(0);
            setFixedPitch(f, pitch);
            break;
        case Role::Figure:
            // As tall as the picture (no grid pitch), centred, held with its caption.
            f.setTextIndent(0);
            f.setAlignment(Qt::AlignHCenter);
            f.setTopMargin(px(pitch / 2));
            f.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            f.setProperty(KeepWithNextProperty, true);
            break;
        case Role::IssuerMark:
            if (first)
                f.setTopMargin(px(pitch));
            f.setTextIndent(0);
            break;
        case Role::DocNumber:
            // §7.2.4: two lines under the issuer's mark.
            f.setTopMargin(px(2 * pitch - bodyPt));
            f.setTextIndent(0);
            break;
        case Role::RedRule:
            // §7.2.4: 4 mm under the number, as wide as the text block.
            f.setTopMargin(pxFromMm(4));
            f.setTextIndent(0);
            f.setLineHeight(pxFromMm(0.75), QTextBlockFormat::FixedHeight);
            break;
        case Role::Title:
            // §7.3.1: two lines under the red rule.
            if (first)
                f.setTopMargin(px(2 * pitch - bodyPt));
            f.setTextIndent(0);
            f.setLineHeight(px(titlePt * 1.5), QTextBlockFormat::FixedHeight);
            break;
        case Role::Addressee:
            // §7.3.2: one line under the title, flush left.
            if (first)
                f.setTopMargin(px(pitch));
            f.setTextIndent(0);
            f.setLeftMargin(0);
            f.setAlignment(Qt::AlignLeft);
            setFixedPitch(f, pitch);
            break;
        case Role::Attachment:
            if (first)
                f.setTopMargin(px(pitch));
            setFixedPitch(f, pitch);
            break;
        case Role::Signature:
            // Room above for the seal, which sits over the name and the date.
            if (first)
                f.setTopMargin(px(2 * pitch));
            f.setTextIndent(0);
            setFixedPitch(f, pitch);
            f.setProperty(KeepWithNextProperty, true);
            break;
        case Role::RecordRule: {
            // §7.4.1: first and last rules 0.35 mm, the one between 抄送 and 印发 0.25 mm.
            const bool thin = previous == Role::CopyTo;
            f.setTextIndent(0);
            f.setLineHeight(pxFromMm(thin ? 0.25 : 0.35), QTextBlockFormat::FixedHeight);
            if (previous != Role::CopyTo && previous != Role::PrintingLine) {
                f.setTopMargin(px(pitch));
                f.setProperty(BaseTopMarginProperty, px(pitch));
            }
            f.setProperty(KeepWithNextProperty, true);
            break;
        }
        case Role::CopyTo:
        case Role::PrintingLine:
            f.setLineHeight(px(recordPt * 1.8), QTextBlockFormat::FixedHeight);
            f.setProperty(KeepWithNextProperty, true);
            if (r == Role::PrintingLine)
                f.setTabPositions({QTextOption::Tab(px(textWidthMm * 72 / 25.4 - 2 * recordPt),
                                                    QTextOption::RightTab)});
            break;
        }
        // A heading is never the last line of a page (no widow headings): it goes with the
        // paragraph it heads.
        if (r == Role::Closing || r == Role::Caption || r == Role::Heading)
            f.setProperty(KeepWithNextProperty, true);
        QTextCursor(b).setBlockFormat(f);
        previous = r;
    }
}

// Column widths from the content: a column is at least as wide as its longest word, code
// (USCC) or short header, and the rest of the width is shared as the HTML's widths ask.
void OfficialDocumentLayout::fitTable(QTextTable *table)
{
    static const QRegularExpression token(QStringLiteral("[^\\s/]+"));
    QTextTableFormat tf = table->format();
    const int columns = table->columns();
    const int rows = table->rows();
    // The table's own size becomes 小四; anything set smaller in it (codes, notes) 五号.
    QHash<int, qsizetype> textBySize;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                for (auto f = it.currentBlock().begin(); !f.atEnd(); ++f)
                    textBySize[qRound(f.fragment().charFormat().fontPointSize() * 10)] +=
                        f.fragment().length();
        }
    int base = 0;
    for (auto it = textBySize.constBegin(); it != textBySize.constEnd(); ++it)
        if (base == 0 || it.value() > textBySize.value(base))
            base = it.key();
    if (tf.headerRowCount() == 0 && rows > 1) {
        bool bold = true;
        for (int c = 0; c < columns && bold; ++c) {
            const QTextTableCell cell = table->cellAt(0, c);
            bold = cell.firstCursorPosition().charFormat().fontWeight() >= QFont::Bold ||
                   cell.firstCursorPosition().block().charFormat().fontWeight() >= QFont::Bold;
        }
        if (bold && tf.border() > 0)
            tf.setHeaderRowCount(1);
    }

    const qreal padding = px(3);
    QVector<qreal> need(columns, 0);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            const bool header = r < tf.headerRowCount();
            qreal widest = 0;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                QTextBlock block = it.currentBlock();
                editFragments(block, [base](QTextCharFormat &ch) {
                    const int size = qRound(ch.fontPointSize() * 10);
                    ch.clearProperty(QTextFormat::FontSizeAdjustment);
                    ch.setFontPointSize(size < base ? tableSmallPt : tablePt);
                });
                QTextBlockFormat bf = block.blockFormat();
                bf.setTopMargin(0);
                bf.setBottomMargin(0);
                bf.setTextIndent(0);
                bf.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
                for (auto f = block.begin(); !f.atEnd(); ++f) {
                    const QString text = f.fragment().text();
                    const QFontMetricsF m(f.fragment().charFormat().font());
                    // Short headers stay on one line ("序号", not "序/号").
                    const bool whole = header && text.size() <= 8;
                    if (whole)
                        bf.setNonBreakableLines(true);
                    for (auto t = token.globalMatch(text); t.hasNext();) {
                        const QString word = t.next().captured();
                        qreal w = 0;
                        if (whole || !isCjk(word.front())) {
                            w = m.horizontalAdvance(word);
                        } else {
                            for (const QChar ch : word)
                                w = std::max(w, m.horizontalAdvance(ch));
                        }
                        widest = std::max(widest, w);
                    }
                }
                QTextCursor(block).setBlockFormat(bf);
            }
            if (cell.columnSpan() == 1)
                need[c] = std::max(need[c], widest + px(2));
        }

    // Fixed column widths are content widths: the cell padding and the borders come on top.
    const qreal available =
        textBlockSize().width() - (columns + 1) * px(0.75) - columns * 2 * padding;
    QVector<qreal> weight(columns, 1.0 / columns);
    const QVector<QTextLength> old = tf.columnWidthConstraints();
    if (old.size() == columns) {
        qreal sum = 0;
        for (const QTextLength &l : old)
            sum += l.type() == QTextLength::PercentageLength ? l.rawValue() : 0;
        qreal unset = 0;
        for (const QTextLength &l : old)
            unset += l.type() == QTextLength::PercentageLength ? 0 : 1;
        const qreal rest = unset > 0 ? std::max(0.0, 100 - sum) / unset : 0;
        for (int c = 0; c < columns; ++c)
            weight[c] =
                (old.at(c).type() == QTextLength::PercentageLength ? old.at(c).rawValue() : rest) /
                std::max(1.0, std::max(sum + rest * unset, 100.0));
    }
    QVector<qreal> width(columns);
    for (int c = 0; c < columns; ++c)
        width[c] = std::max(need[c], weight[c] * available);
    qreal total = std::accumulate(width.begin(), width.end(), 0.0);
    if (total > available) {
        qreal slack = 0;
        for (int c = 0; c < columns; ++c)
            slack += width[c] - std::min(width[c], need[c]);
        const qreal excess = total - available;
        for (int c = 0; c < columns; ++c)
            width[c] -= slack > 0 ? (width[c] - need[c]) * std::min(1.0, excess / slack) : 0;
        total = std::accumulate(width.begin(), width.end(), 0.0);
        if (total > available)
            for (qreal &w : width)
                w *= available / total;
    } else if (total < available && old.size() == columns) {
        for (qreal &w : width)
            w *= available / total;
    }
    QVector<QTextLength> constraints;
    for (qreal w : width)
        constraints << QTextLength(QTextLength::FixedLength, w);
    tf.setColumnWidthConstraints(constraints);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setCellPadding(padding);
    tf.setCellSpacing(0);
    tf.setLeftMargin(0);
    tf.setRightMargin(0);
    tf.setTopMargin(px(4));
    tf.setBottomMargin(px(4));
    if (tf.border() > 0) {
        tf.setBorderCollapse(true);
        tf.setBorder(px(0.75));
        tf.setBorderBrush(Qt::black);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    }
    table->setFormat(tf);
}

// A table's title never ends a page without the table: when the title and the table's first
// row (under the header) fall on different pages, the title goes over with the table.
void OfficialDocumentLayout::keepCaptionsWithTables(QTextDocument *document)
{
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const QTextBlock next = b.next();
        if (role(b) != Role::Caption || inTable(b) || !next.isValid() || !inTable(next))
            continue;
        QTextTable *table = QTextCursor(next).currentTable();
        document->documentLayout()->documentSize();
        // The header and a first row: two rows of two 小四 lines (cell blocks are laid out
        // relative to their table, so the table's own rectangle is measured).
        const QRectF rect = document->documentLayout()->frameBoundingRect(table);
        const qreal firstRows = std::min(rect.height(), px(4 * tablePt * 1.2 + 12));
        if (pageOf(document, textTop(document, b) + 1) ==
            pageOf(document, rect.top() + firstRows - 1))
            continue;
        QTextBlockFormat f = b.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        f.setProperty(PushedToNextPageProperty, true);
        QTextCursor(b).setBlockFormat(f);
    }
}

// A heading never ends a page (no widow headings): when a heading and the first line of what
// follows it fall on different pages, the heading goes over with it. In document order, each
// move laid out before the next heading is measured.
void OfficialDocumentLayout::keepHeadingsWithText(QTextDocument *document)
{
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const QTextBlock next = b.next();
        if (role(b) != Role::Heading || inTable(b) || !next.isValid() || inTable(next))
            continue;
        document->documentLayout()->documentSize();
        const QTextLayout *layout = next.layout();
        const qreal firstLine = layout && layout->lineCount() > 0
                                    ? textTop(document, next) + layout->lineAt(0).height()
                                    : textBottom(document, next);
        if (pageOf(document, textTop(document, b) + 1) == pageOf(document, firstLine - 1))
            continue;
        QTextBlockFormat f = b.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        f.setProperty(PushedToNextPageProperty, true);
        QTextCursor(b).setBlockFormat(f);
    }
}

// "特此通知。" never starts a page alone or ends one without the signature: when the closing
// and the signature fall on different pages, the closing goes over with the signature.
void OfficialDocumentLayout::keepClosingWithSignature(QTextDocument *document)
{
    QTextBlock closing, firstSignature, lastSignature;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const Role r = role(b);
        if (r == Role::Closing && (!closing.isValid() || role(b.previous()) != Role::Closing))
            closing = b;
        if (r == Role::Signature) {
            if (!firstSignature.isValid())
                firstSignature = b;
            lastSignature = b;
        }
    }
    if (!lastSignature.isValid())
        return;
    // Without a closing line the last paragraph goes over: no page holds only the signature.
    QTextBlock start = closing.isValid() && closing.blockNumber() < firstSignature.blockNumber()
                           ? closing
                           : firstSignature;
    if (start == firstSignature && start.previous().isValid() && !inTable(start.previous()) &&
        (role(start.previous()) == Role::Body || role(start.previous()) == Role::None))
        start = start.previous();
    document->documentLayout()->documentSize(); // lays the whole document out
    if (pageOf(document, textTop(document, start) + 1) ==
        pageOf(document, textBottom(document, lastSignature) - 1))
        return;
    QTextBlockFormat f = start.blockFormat();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    f.setProperty(PushedToNextPageProperty, true);
    QTextCursor(start).setBlockFormat(f);
}

namespace {

// The 版记 from `record` to the end does not sit on one page.
bool spilled(QTextDocument *document, const QTextBlock &record)
{
    document->documentLayout()->documentSize();
    return pageOf(document, textTop(document, record) + 1) !=
           pageOf(document, textBottom(document, document->lastBlock()) - 1);
}

// How far the end runs past the foot of the page the 版记 starts on.
qreal overflow(QTextDocument *document, const QTextBlock &record)
{
    const qreal pageHeight = document->pageSize().height();
    const int page = pageOf(document, textTop(document, record) + 1);
    return textBottom(document, document->lastBlock()) - (page + 1) * pageHeight;
}

} // namespace

// §7.4: the 版记 ends on the last line of the last page.
void OfficialDocumentLayout::placeRecordAtFoot(QTextDocument *document)
{
    QTextBlock record;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        if (role(b) == Role::RecordRule && role(b.previous()) != Role::CopyTo &&
            role(b.previous()) != Role::PrintingLine) {
            record = b;
            break;
        }
    if (!record.isValid())
        return;
    const qreal pageHeight = document->pageSize().height();
    document->documentLayout()->documentSize();
    qreal end = textBottom(document, document->lastBlock());
    int page = pageOf(document, end - 1);
    const bool ownPage = pageOf(document, textBottom(document, record.previous()) - 1) != page;
    if (ownPage || pageOf(document, textTop(document, record) + 1) != page) {
        // It does not fit under the signature: a page of its own, the 版记 at its foot. Qt
        // drops a top margin at a page break, so an empty line of the right height goes first.
        QTextBlockFormat spacer;
        if (!ownPage)
            spacer.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        spacer.setProperty(SpacerProperty, true);
        QTextCursor cursor(record);
        cursor.movePosition(QTextCursor::PreviousCharacter);
        cursor.insertBlock(spacer);
        QTextBlockFormat f = record.blockFormat();
        f.setTopMargin(0);
        QTextCursor(record).setBlockFormat(f);
        document->documentLayout()->documentSize();
        end = textBottom(document, document->lastBlock());
        page = pageOf(document, end - 1);
        qreal height = (page + 1) * pageHeight - end - px(1);
        spacer.setLineHeight(height, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(spacer);
        // Line heights round: if the 版记 spilled over, take the overflow back.
        for (int i = 0; i < 4 && spilled(document, record); ++i) {
            height = std::max<qreal>(0, height - overflow(document, record) - px(2));
            spacer.setLineHeight(height, QTextBlockFormat::FixedHeight);
            cursor.setBlockFormat(spacer);
        }
        return;
    }
    qreal shift = (page + 1) * pageHeight - end - px(1);
    if (shift > px(1)) {
        const qreal base = record.blockFormat().topMargin();
        QTextBlockFormat f = record.blockFormat();
        f.setTopMargin(base + shift);
        QTextCursor(record).setBlockFormat(f);
        for (int i = 0; i < 4 && spilled(document, record); ++i) {
            shift = std::max<qreal>(0, shift - overflow(document, record) - px(2));
            f.setTopMargin(base + shift);
            QTextCursor(record).setBlockFormat(f);
        }
    }
}

} // namespace cii
