#include "expression.h"

namespace cii {
namespace {

struct Token
{
    enum class Kind { Name, And, Or, Not, Open, Close, End, Bad };
    Kind kind;
    QString text;
    int position;
};

QVector<Token> tokenize(const QString &s)
{
    QVector<Token> out;
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out.push_back(
                {c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close, QString(c), i});
            ++i;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            const int start = i;
            while (i < s.size() && (s.at(i).isLetterOrNumber() || s.at(i) == QLatin1Char('_') ||
                                    s.at(i) == QLatin1Char('-')))
                ++i;
            const QString word = s.mid(start, i - start);
            const QString lower = word.toLower();
            Token::Kind kind = Token::Kind::Name;
            if (lower == QLatin1String("and"))
                kind = Token::Kind::And;
            else if (lower == QLatin1String("or"))
                kind = Token::Kind::Or;
            else if (lower == QLatin1String("not"))
                kind = Token::Kind::Not;
            out.push_back({kind, word, start});
        } else {
            out.push_back({Token::Kind::Bad, QString(c), i});
            ++i;
        }
    }
    out.push_back({Token::Kind::End, QString(), int(s.size())});
    return out;
}

using NodePtr = std::shared_ptr<const Expression::Node>;

class Parser
{
public:
    explicit Parser(QVector<Token> tokens) : m_tokens(std::move(tokens)) {}

    NodePtr parse()
    {
        NodePtr root = orExpr();
        if (root && peek().kind == Token::Kind::Close)
            fail(Expression::tr("')' has no matching '('"));
        else if (root && peek().kind == Token::Kind::Bad)
            fail(Expression::tr("'%1' is not allowed (use and, or, not and parentheses)")
                     .arg(peek().text));
        else if (root && peek().kind != Token::Kind::End)
            fail(Expression::tr("expected 'and', 'or' or the end, found '%1'").arg(peek().text));
        return m_error.isEmpty() ? root : nullptr;
    }
    QString error() const { return m_error; }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    const Token &next() { return m_tokens.at(m_pos++); }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = Expression::tr("position %1: %2").arg(peek().position + 1).arg(message);
    }

    // A flat chain "a or b or c …" is one node with every operand as a child, read in a
    // loop: a chain of any length costs no stack, neither here nor when it is evaluated.
    NodePtr nary(Token::Kind op, Expression::Node::Kind kind, NodePtr (Parser::*operand)())
    {
        NodePtr first = (this->*operand)();
        if (!first || peek().kind != op)
            return first;
        auto n = std::make_shared<Expression::Node>();
        n->kind = kind;
        n->position = peek().position;
        n->children.push_back(first);
        while (peek().kind == op) {
            next();
            NodePtr right = (this->*operand)();
            if (!right)
                return nullptr;
            n->children.push_back(right);
        }
        return n;
    }
    NodePtr orExpr() { return nary(Token::Kind::Or, Expression::Node::Kind::Or, &Parser::andExpr); }
    NodePtr andExpr()
    {
        return nary(Token::Kind::And, Expression::Node::Kind::And, &Parser::notExpr);
    }
    // Nesting (parentheses and "not") is bounded, so a hostile rule file cannot exhaust the
    // stack; real decision expressions nest a few levels.
    bool enter()
    {
        if (++m_depth <= Expression::MaxDepth)
            return true;
        fail(
            Expression::tr("the expression nests deeper than %1 levels").arg(Expression::MaxDepth));
        return false;
    }
    NodePtr notExpr()
    {
        if (peek().kind == Token::Kind::Not) {
            const Token t = next();
            if (!enter())
                return nullptr;
            NodePtr operand = notExpr();
            --m_depth;
            if (!operand)
                return nullptr;
            auto n = std::make_shared<Expression::Node>();
            n->kind = Expression::Node::Kind::Not;
            n->position = t.position;
            n->children = {operand};
            return n;
        }
        return primary();
    }
    NodePtr primary()
    {
        const Token &t = peek();
        switch (t.kind) {
        case Token::Kind::Name: {
            next();
            auto n = std::make_shared<Expression::Node>();
            n->name = t.text;
            n->position = t.position;
            return n;
        }
        case Token::Kind::Open: {
            next();
            if (!enter())
                return nullptr;
            NodePtr inner = orExpr();
            --m_depth;
            if (!inner)
                return nullptr;
            if (peek().kind != Token::Kind::Close) {
                fail(Expression::tr("'(' is not closed"));
                return nullptr;
            }
            next();
            return inner;
        }
        case Token::Kind::End:
            fail(m_pos == 0 ? Expression::tr("the expression is empty")
                            : Expression::tr("expected a name or '(' after '%1'")
                                  .arg(m_tokens.at(m_pos - 1).text));
            return nullptr;
        case Token::Kind::Bad:
            fail(Expression::tr("'%1' is not allowed (use and, or, not and parentheses)")
                     .arg(t.text));
            return nullptr;
        default:
            fail(Expression::tr("expected a name or '(', found '%1'").arg(t.text));
            return nullptr;
        }
    }

    QVector<Token> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

void collectNames(const NodePtr &n, QVector<Expression::NameRef> &out)
{
    if (n->kind == Expression::Node::Kind::Name)
        out.push_back({n->name, n->position});
    for (const NodePtr &c : n->children)
        collectNames(c, out);
}

Expression::Evaluation eval(const NodePtr &n, const std::function<Tri(const QString &)> &valueOf)
{
    using Kind = Expression::Node::Kind;
    switch (n->kind) {
    case Kind::Name:
        return {valueOf(n->name), {n->name}};
    case Kind::Not: {
        Expression::Evaluation e = eval(n->children.at(0), valueOf);
        if (e.value != Tri::Unknown)
            e.value = e.value == Tri::True ? Tri::False : Tri::True;
        return e;
    }
    case Kind::And:
    case Kind::Or: {
        // For "or", the first true operand decides; for "and", the first false one. All the
        // other way: every operand decided together. Otherwise unknown, by the unknown ones.
        const Tri decisive = n->kind == Kind::Or ? Tri::True : Tri::False;
        QStringList all, unknown;
        bool anyUnknown = false;
        for (const NodePtr &c : n->children) {
            const Expression::Evaluation e = eval(c, valueOf);
            if (e.value == decisive)
                return {decisive, e.decidedBy};
            all += e.decidedBy;
            if (e.value == Tri::Unknown) {
                anyUnknown = true;
                unknown += e.decidedBy;
            }
        }
        if (anyUnknown)
            return {Tri::Unknown, unknown};
        return {n->kind == Kind::Or ? Tri::False : Tri::True, all};
    }
    }
    return {};
}

QString words(const NodePtr &n, const std::function<QString(const QString &)> &nameText,
              const QString &andWord, const QString &orWord, const QString &notWord)
{
    using Kind = Expression::Node::Kind;
    auto child = [&](const NodePtr &c) {
        const QString w = words(c, nameText, andWord, orWord, notWord);
        // Bracket a different binary operator under this one.
        const bool bracket = (c->kind == Kind::And || c->kind == Kind::Or) && c->kind != n->kind;
        return bracket ? QStringLiteral("(%1)").arg(w) : w;
    };
    switch (n->kind) {
    case Kind::Name:
        return nameText(n->name);
    case Kind::Not:
        return notWord + child(n->children.at(0));
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const NodePtr &c : n->children)
            parts << child(c);
        return parts.join(n->kind == Kind::And ? andWord : orWord);
    }
    }
    return {};
}

} // namespace

QString Expression::toWords(const std::function<QString(const QString &)> &nameText,
                            const QString &andWord, const QString &orWord,
                            const QString &notWord) const
{
    return m_root ? words(m_root, nameText, andWord, orWord, notWord) : QString();
}

Result<Expression> Expression::parse(const QString &text)
{
    Parser parser(tokenize(text));
    NodePtr root = parser.parse();
    if (!root)
        return Error::input(parser.error());
    Expression e;
    e.m_text = text;
    e.m_root = root;
    return e;
}

QVector<Expression::NameRef> Expression::names() const
{
    QVector<NameRef> out;
    if (m_root)
        collectNames(m_root, out);
    return out;
}

Expression::Evaluation
Expression::evaluate(const std::function<Tri(const QString &)> &valueOf) const
{
    if (!m_root)
        return {};
    return eval(m_root, valueOf);
}

} // namespace cii
