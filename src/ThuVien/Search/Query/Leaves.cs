namespace ThuVien.Search.Query;

/// <summary>Turns the text of a word or phrase in a field into its leaf; null, with a notice, when nothing is left to search.</summary>
internal static class Leaves
{
    private const int ShortestPrefix = 2;

    /// <summary>
    /// A word. Only a trailing * truncates; other * and ? are removed. A bare word shaped like an
    /// ISBN or ISSN searches that field.
    /// </summary>
    public static QueryNode? Word(SearchField field, string typed, bool bare, NoticeList notices)
    {
        if (field == SearchField.Year)
        {
            return YearSyntax.Parse(typed, notices);
        }

        if (field == SearchField.Available)
        {
            return Availability(typed, notices);
        }

        var stars = 0;
        while (stars < typed.Length && typed[typed.Length - 1 - stars] == '*')
        {
            stars++;
        }

        var core = typed.AsSpan(0, typed.Length - stars);
        var dropped = core.IndexOfAny('*', '?') >= 0;
        string text;
        if (dropped)
        {
            notices.Add(QueryNotice.WildcardDropped);
            text = WithoutWildcards(core);
        }
        else
        {
            text = stars == 0 ? typed : core.ToString();
        }

        if (text.Length == 0)
        {
            if (dropped)
            {
                return null;
            }

            // A lone * is every record; in a field it would mean "has this field", which is not searchable here.
            if (field != SearchField.Any)
            {
                notices.Add(QueryNotice.WildcardDropped);
            }

            return MatchAll.Instance;
        }

        var prefix = stars > 0;
        if (prefix && LettersAndDigits(text) < ShortestPrefix)
        {
            notices.Add(QueryNotice.PrefixTooShort);
            prefix = false;
        }

        if (bare && field == SearchField.Any && !prefix && !dropped)
        {
            if (StandardNumberShape.IsIsbn(text))
            {
                field = SearchField.Isbn;
            }
            else if (StandardNumberShape.IsIssn(text))
            {
                field = SearchField.Issn;
            }
        }

        return new Word(field, text, prefix);
    }

    public static QueryNode? Phrase(SearchField field, string text, NoticeList notices)
    {
        if (text.Length == 0)
        {
            notices.Add(QueryNotice.EmptyPhrase);
            return null;
        }

        return field switch
        {
            SearchField.Year => YearSyntax.Parse(text, notices),
            SearchField.Available => Availability(text, notices),
            _ => new Phrase(field, text),
        };
    }

    public static QueryNode? Years(string typed, NoticeList notices) => YearSyntax.Parse(typed, notices);

    /// <summary>available: takes true/false, yes/no, có/không (with or without diacritics); the tree holds "true" or "false".</summary>
    private static Word? Availability(string typed, NoticeList notices)
    {
        Span<char> folded = stackalloc char[8];
        if (typed.Length <= folded.Length)
        {
            var value = folded[..Unaccent.Fold(typed, folded)];
            if (value is "true" or "yes" or "co")
            {
                return new Word(SearchField.Available, "true", false);
            }

            if (value is "false" or "no" or "khong")
            {
                return new Word(SearchField.Available, "false", false);
            }
        }

        notices.Add(QueryNotice.InvalidAvailability);
        return null;
    }

    private static string WithoutWildcards(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c is not ('*' or '?'))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }

    private static int LettersAndDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
