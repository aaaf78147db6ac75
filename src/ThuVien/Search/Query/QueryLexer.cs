namespace ThuVien.Search.Query;

/// <summary>
/// Splits a cleaned query into tokens. Everything it cannot read as syntax it reads as words,
/// so every input gives tokens; what it had to assume goes into the notices.
/// </summary>
internal static class QueryLexer
{
    public static List<Token> Read(string text, NoticeList notices)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    i = ReadPhrase(text, i, tokens, notices);
                    break;
                case '(':
                    tokens.Add(new Token(TokenKind.Open));
                    i++;
                    break;
                case ')':
                    tokens.Add(new Token(TokenKind.Close));
                    i++;
                    break;
                case '-' or '+' or '!':
                    i = ReadPrefix(text, i, tokens, notices);
                    break;
                default:
                    i = ReadWord(text, i, tokens, notices);
                    break;
            }
        }

        return tokens;
    }

    /// <summary>Whether a word would be read as AND, OR or NOT (only in capitals: "and", "và" are words).</summary>
    public static bool IsOperator(ReadOnlySpan<char> word) => Operator(word) is not null;

    private static TokenKind? Operator(ReadOnlySpan<char> word) => word switch
    {
        "AND" or "&&" => TokenKind.And,
        "OR" or "||" => TokenKind.Or,
        "NOT" => TokenKind.Not,
        _ => null,
    };

    /// <summary>
    /// A run of -, + and ! before a clause: the last one applies. A run standing alone, as in the
    /// "Việt Nam -- Lịch sử" of a pasted subject heading, applies to nothing.
    /// </summary>
    private static int ReadPrefix(string text, int start, List<Token> tokens, NoticeList notices)
    {
        var end = start;
        while (end < text.Length && text[end] is '-' or '+' or '!')
        {
            end++;
        }

        var beforeClause = end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ')';
        if (end - start > 1 || !beforeClause)
        {
            notices.Add(QueryNotice.LoneOperator);
        }

        if (beforeClause)
        {
            tokens.Add(new Token(text[end - 1] switch
            {
                '-' => TokenKind.Exclude,
                '+' => TokenKind.Require,
                _ => TokenKind.Not,
            }));
        }

        return end;
    }

    private static int ReadWord(string text, int start, List<Token> tokens, NoticeList notices)
    {
        var end = start;
        while (end < text.Length && !EndsWord(text[end]) && text[end] != ':')
        {
            end++;
        }

        var run = text.AsSpan(start, end - start);
        if (end < text.Length && text[end] == ':')
        {
            // A colon on its own is punctuation, as in the ISBD "Title : subtitle" of a pasted title.
            if (run.IsEmpty)
            {
                return end + 1;
            }

            if (FieldNames.TryFind(run, out var field))
            {
                return ReadFieldValue(text, end + 1, field, tokens, notices);
            }

            notices.Add(QueryNotice.UnknownField);
            tokens.Add(new Token(TokenKind.Word, run.ToString()));
            return end + 1;
        }

        tokens.Add(Operator(run) is { } kind ? new Token(kind) : new Token(TokenKind.Word, run.ToString()));
        return end;
    }

    /// <summary>
    /// The value right after "field:". A value word runs to whitespace, a quote or a parenthesis:
    /// colons, hyphens and a leading - belong to it (isbn:978-604-1-12345-6, ddc:895.922).
    /// </summary>
    private static int ReadFieldValue(string text, int start, SearchField field, List<Token> tokens, NoticeList notices)
    {
        if (start >= text.Length || char.IsWhiteSpace(text[start]) || text[start] == ')')
        {
            tokens.Add(new Token(TokenKind.Field, Field: field));
            return start;
        }

        tokens.Add(new Token(TokenKind.Field, Field: field, HasValue: true));
        var c = text[start];
        if (c == '"')
        {
            return ReadPhrase(text, start, tokens, notices);
        }

        if (c == '(')
        {
            tokens.Add(new Token(TokenKind.Open));
            return start + 1;
        }

        if (field == SearchField.Year && c is '[' or '{')
        {
            return ReadRange(text, start, tokens, notices);
        }

        var end = start;
        while (end < text.Length && !EndsWord(text[end]))
        {
            end++;
        }

        tokens.Add(new Token(TokenKind.Word, text[start..end]));
        return end;
    }

    private static int ReadRange(string text, int start, List<Token> tokens, NoticeList notices)
    {
        var close = text.AsSpan(start + 1).IndexOfAny(']', '}');
        int end;
        if (close < 0)
        {
            notices.Add(QueryNotice.UnbalancedBracket);
            end = text.Length;
        }
        else
        {
            end = start + 1 + close + 1;
        }

        tokens.Add(new Token(TokenKind.Range, text[start..end]));
        return end;
    }

    /// <summary>A phrase to the next quote, or to the end when it is not closed.</summary>
    private static int ReadPhrase(string text, int quote, List<Token> tokens, NoticeList notices)
    {
        var close = text.IndexOf('"', quote + 1);
        int next;
        if (close < 0)
        {
            notices.Add(QueryNotice.UnbalancedQuote);
            close = text.Length;
            next = text.Length;
        }
        else
        {
            next = close + 1;
        }

        tokens.Add(new Token(TokenKind.Phrase, CollapseWhitespace(text.AsSpan(quote + 1, close - quote - 1))));
        return next;
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                buffer[length++] = ' ';
                inSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static bool EndsWord(char c) => char.IsWhiteSpace(c) || c is '"' or '(' or ')';
}
