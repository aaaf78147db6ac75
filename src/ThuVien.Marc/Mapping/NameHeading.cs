using System.Collections.Immutable;

namespace ThuVien.Marc.Mapping;

/// <summary>The name part of the X00, X10, X11 and 720 name fields, and their relators.</summary>
internal static class NameHeading
{
    /// <summary>The name without relators or title parts: "Chabon, Michael", "Nguyễn, Du, 1765-1820".</summary>
    public static string? Text(int tag, DataField field) => SubfieldText.Join(field, NameSubfields(tag));

    /// <summary>Relator terms: $e, except in X11 where $e is a subordinate unit and the term is $j.</summary>
    public static ImmutableArray<string> RelatorTerms(int tag, DataField field) =>
        Each(field, tag % 100 == 11 ? 'j' : 'e', code4: false);

    /// <summary>Relator codes ($4): "edt", "trl"; a relator URI is reduced to its code.</summary>
    public static ImmutableArray<string> RelatorCodes(DataField field) => Each(field, '4', code4: true);

    /// <summary>Personal name (X00) a b c d g j q; corporate (X10) a b c d g n; meeting (X11) a c d e g n q; uncontrolled (720) a.</summary>
    private static string NameSubfields(int tag) => (tag % 100) switch
    {
        0 => "abcdgjq",
        10 => "abcdgn",
        11 => "acdegnq",
        _ => "a",
    };

    private static ImmutableArray<string> Each(DataField field, char code, bool code4)
    {
        ImmutableArray<string>.Builder? values = null;
        foreach (var subfield in field.Subfields)
        {
            if (subfield.Code != code)
            {
                continue;
            }

            var value = SubfieldText.Clean(subfield.Value);
            if (value is null)
            {
                continue;
            }

            if (code4)
            {
                // id.loc.gov relator URIs ("http://id.loc.gov/vocabulary/relators/edt") end in the code.
                var slash = value.LastIndexOf('/');
                if (slash >= 0 && slash < value.Length - 1 && value.Contains("://", StringComparison.Ordinal))
                {
                    value = value[(slash + 1)..];
                }
            }

            values ??= ImmutableArray.CreateBuilder<string>();
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values?.ToImmutable() ?? [];
    }
}
