#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace cii {

// Three-valued (Kleene) truth: a criterion whose indicator value is missing is Unknown.
enum class Tri { False, True, Unknown };

// A rule set's decision expression over factor names and criterion ids, e.g.
// "harm or (core and cross_sector)". Words: and, or, not, parentheses.
class Expression
{
    Q_DECLARE_TR_FUNCTIONS(Expression)

public:
    struct Node
    {
        enum class Kind { Name, Not, And, Or }; // And and Or have two or more children
        Kind kind = Kind::Name;
        QString name;
        int position = 0; // character index in the text, for messages
        std::vector<std::shared_ptr<const Node>> children;
    };
    struct NameRef
    {
        QString name;
        int position;
    };
    // What an evaluation decided and which names decided it.
    struct Evaluation
    {
        Tri value = Tri::Unknown;
        QStringList decidedBy;
    };

    // Parentheses and "not" nest at most this deep.
    static constexpr int MaxDepth = 100;

    // Errors name the position: "position 7: expected a name or '(' after 'and'".
    static Result<Expression> parse(const QString &text);

    QString text() const { return m_text; }
    QVector<NameRef> names() const;
    Evaluation evaluate(const std::function<Tri(const QString &)> &valueOf) const;
    // The expression in words: names through `nameText`, operators as given, parentheses
    // where the structure needs them (for documents).
    QString toWords(const std::function<QString(const QString &)> &nameText, const QString &andWord,
                    const QString &orWord, const QString &notWord) const;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace cii
