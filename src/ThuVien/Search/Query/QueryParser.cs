namespace ThuVien.Search.Query;

/// <summary>
/// Recursive descent over the tokens: a sequence is clauses joined by OR, AND (also implied
/// between clauses) binding tighter; a clause is an optional NOT, - or + before a word, phrase,
/// field:value or parenthesised sequence. Nesting and the number of leaves are capped, so no
/// input can exhaust the stack or make a query too big to run.
/// </summary>
internal sealed class QueryParser(List<Token> tokens, NoticeList notices)
{
    public const int MaxDepth = 32;
    public const int MaxClauses = 64;

    private int _position;
    private int _leaves;

    /// <summary>Parentheses past <see cref="MaxDepth"/> that were read as not there; their closings are skipped too.</summary>
    private int _ignoredOpens;

    public QueryNode Parse() => Sequence(SearchField.Any, 0, out _) ?? MatchAll.Instance;

    private QueryNode? Sequence(SearchField field, int depth, out bool anyClause)
    {
        anyClause = false;
        var alternatives = new List<QueryNode?>();
        var clauses = new List<Clause>();
        var afterClause = false;
        TokenKind? pending = null;
        while (true)
        {
            if (_position >= tokens.Count)
            {
                if (depth > 0)
                {
                    notices.Add(QueryNotice.UnbalancedParenthesis);
                }

                break;
            }

            var token = tokens[_position];
            if (token.Kind == TokenKind.Close)
            {
                _position++;
                if (_ignoredOpens > 0)
                {
                    _ignoredOpens--;
                    continue;
                }

                if (depth == 0)
                {
                    notices.Add(QueryNotice.UnbalancedParenthesis);
                    continue;
                }

                break;
            }

            if (token.Kind is TokenKind.And or TokenKind.Or)
            {
                _position++;
                if (!afterClause || pending is not null)
                {
                    notices.Add(QueryNotice.LoneOperator);
                }
                else
                {
                    pending = token.Kind;
                }

                continue;
            }

            if (!TryUnary(field, depth, out var clause))
            {
                continue;
            }

            anyClause = true;
            if (pending == TokenKind.Or)
            {
                alternatives.Add(Junctions.AllOf(clauses));
                clauses.Clear();
            }

            clauses.Add(clause);
            pending = null;
            afterClause = true;
        }

        if (pending is not null)
        {
            notices.Add(QueryNotice.LoneOperator);
        }

        alternatives.Add(Junctions.AllOf(clauses));
        return Junctions.AnyOf(alternatives);
    }

    /// <summary>A clause with its prefixes; false when there was none (prefixes before nothing, or an ignored parenthesis).</summary>
    private bool TryUnary(SearchField field, int depth, out Clause clause)
    {
        clause = default;
        var excluded = false;
        var prefixes = 0;
        while (_position < tokens.Count && tokens[_position].Kind is TokenKind.Not or TokenKind.Exclude or TokenKind.Require)
        {
            excluded |= tokens[_position].Kind != TokenKind.Require;
            prefixes++;
            _position++;
        }

        if (_position >= tokens.Count || tokens[_position].Kind is TokenKind.Close or TokenKind.And or TokenKind.Or)
        {
            if (prefixes > 0)
            {
                notices.Add(QueryNotice.LoneOperator);
            }

            return false;
        }

        if (prefixes > 1)
        {
            notices.Add(QueryNotice.LoneOperator);
        }

        if (!TryPrimary(field, depth, out var node))
        {
            return false;
        }

        clause = new Clause(node, excluded);
        return true;
    }

    private bool TryPrimary(SearchField field, int depth, out QueryNode? node)
    {
        var token = tokens[_position++];
        switch (token.Kind)
        {
            case TokenKind.Open:
                return TryGroup(field, depth, out node);
            case TokenKind.Field:
                return TryFieldValue(token, depth, out node);
            case TokenKind.Phrase:
                node = Counted(Full() ? null : Leaves.Phrase(field, token.Text, notices));
                return true;
            case TokenKind.Range:
                node = Counted(Full() ? null : Leaves.Years(token.Text, notices));
                return true;
            default:
                node = Counted(Full() ? null : Leaves.Word(field, token.Text, true, notices));
                return true;
        }
    }

    private bool TryFieldValue(Token fieldToken, int depth, out QueryNode? node)
    {
        node = null;
        if (!fieldToken.HasValue || _position >= tokens.Count)
        {
            notices.Add(QueryNotice.EmptyField);
            return true;
        }

        var value = tokens[_position++];
        switch (value.Kind)
        {
            case TokenKind.Open:
                return TryGroup(fieldToken.Field, depth, out node);
            case TokenKind.Phrase:
                node = Counted(Full() ? null : Leaves.Phrase(fieldToken.Field, value.Text, notices));
                return true;
            case TokenKind.Range:
                node = Counted(Full() ? null : Leaves.Years(value.Text, notices));
                return true;
            case TokenKind.Word:
                node = Counted(Full() ? null : Leaves.Word(fieldToken.Field, value.Text, false, notices));
                return true;
            default:
                // The lexer always puts a value after a field that has one; should it not, nothing is lost.
                _position--;
                notices.Add(QueryNotice.EmptyField);
                return true;
        }
    }

    private bool TryGroup(SearchField field, int depth, out QueryNode? node)
    {
        node = null;
        if (depth >= MaxDepth)
        {
            notices.Add(QueryNotice.TooDeep);
            _ignoredOpens++;
            return false;
        }

        node = Sequence(field, depth + 1, out var anyClause);
        if (!anyClause)
        {
            notices.Add(QueryNotice.EmptyGroup);
        }

        return true;
    }

    /// <summary>Whether the leaf budget is spent; the leaf is then dropped without being read.</summary>
    private bool Full()
    {
        if (_leaves < MaxClauses)
        {
            return false;
        }

        notices.Add(QueryNotice.TooManyClauses);
        return true;
    }

    private QueryNode? Counted(QueryNode? leaf)
    {
        if (leaf is not null)
        {
            _leaves++;
        }

        return leaf;
    }
}
