namespace ThuVien.Search.Query;

/// <summary>The kinds of <see cref="Token"/>.</summary>
internal enum TokenKind
{
    Word,
    Phrase,

    /// <summary>"name:"; its value is the next token when <see cref="Token.HasValue"/>.</summary>
    Field,

    /// <summary>A year range in brackets after "year:", brackets included.</summary>
    Range,
    Open,
    Close,
    And,
    Or,
    Not,

    /// <summary>A leading -.</summary>
    Exclude,

    /// <summary>A leading +.</summary>
    Require,
}
