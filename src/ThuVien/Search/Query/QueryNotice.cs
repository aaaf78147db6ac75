namespace ThuVien.Search.Query;

/// <summary>
/// What the parser changed in a query it could not take as typed. One value per case, so the
/// OPAC can tell the reader in their language what was ignored or assumed.
/// </summary>
internal enum QueryNotice
{
    /// <summary>A quote was not closed; it is taken as closed at the end of the query.</summary>
    UnbalancedQuote,

    /// <summary>A parenthesis was not closed (closed at the end) or was closed without being opened (ignored).</summary>
    UnbalancedParenthesis,

    /// <summary>AND, OR, NOT, -, + or ! had nothing to apply to on one side, or was repeated; it was ignored.</summary>
    LoneOperator,

    /// <summary>The query was longer than 1,000 characters; it was cut at a space before that.</summary>
    TooLong,

    /// <summary>The query had more than 64 clauses; only the first 64 are searched.</summary>
    TooManyClauses,

    /// <summary>Control, zero-width or broken (lone surrogate) characters were removed.</summary>
    ControlCharacters,

    /// <summary>A * or ? inside or at the start of a word was removed (only a trailing * truncates).</summary>
    WildcardDropped,

    /// <summary>Something before a colon is not a field name; its words are searched everywhere.</summary>
    UnknownField,

    /// <summary>A year or year range could not be read or lies outside 0 to 2200; the clause was dropped.</summary>
    InvalidYear,

    /// <summary>A field name was followed by nothing (as in "title:"); it was ignored.</summary>
    EmptyField,

    /// <summary>A truncated word had fewer than two letters; it is searched as a whole word.</summary>
    PrefixTooShort,

    /// <summary>A year range was typed from the later year to the earlier one; the years were swapped.</summary>
    YearRangeReversed,

    /// <summary>A year range in square or curly brackets was not closed; it was taken to end at the end of the query.</summary>
    UnbalancedBracket,

    /// <summary>Parentheses were nested too deeply; the innermost ones were ignored.</summary>
    TooDeep,

    /// <summary>A pair of parentheses held nothing; it was ignored.</summary>
    EmptyGroup,

    /// <summary>A pair of quotes held nothing; it was ignored.</summary>
    EmptyPhrase,

    /// <summary>available: was given something other than true/false, yes/no or có/không; the clause was dropped.</summary>
    InvalidAvailability,
}
