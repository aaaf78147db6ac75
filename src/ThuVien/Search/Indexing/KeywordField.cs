using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ThuVien.Search.Indexing;

/// <summary>
/// An untokenised value (identifier, facet value) indexed through the analyzer's keyword chain instead
/// of Lucene's StringField: a StringField makes a fresh token stream per value, and their construction
/// serialises on a lock that two indexing threads then fight over; the analyzer reuses one per thread.
/// </summary>
internal static class KeywordField
{
    private static readonly FieldType Type = MakeType();

    public static Field Of(string name, string value) => new(name, value, Type);

    private static FieldType MakeType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
            IsStored = false,
        };
        type.Freeze();
        return type;
    }
}
