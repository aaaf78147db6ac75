namespace ThuVien.Marc.Mapping;

/// <summary>One element and its value in a Dublin Core description ("title" = "Truyện Kiều").</summary>
/// <param name="Element">The element.</param>
/// <param name="Value">The value, NFC, without trailing ISBD punctuation.</param>
public readonly record struct DublinCoreStatement(DublinCoreElement Element, string Value)
{
    /// <summary>The element's local name in the http://purl.org/dc/elements/1.1/ namespace ("title", "creator", …).</summary>
    public string Name => NameOf(Element);

    /// <summary>The local name of an element ("title", "creator", …).</summary>
    public static string NameOf(DublinCoreElement element) => element switch
    {
        DublinCoreElement.Title => "title",
        DublinCoreElement.Creator => "creator",
        DublinCoreElement.Subject => "subject",
        DublinCoreElement.Description => "description",
        DublinCoreElement.Publisher => "publisher",
        DublinCoreElement.Contributor => "contributor",
        DublinCoreElement.Date => "date",
        DublinCoreElement.Type => "type",
        DublinCoreElement.Format => "format",
        DublinCoreElement.Identifier => "identifier",
        DublinCoreElement.Source => "source",
        DublinCoreElement.Language => "language",
        DublinCoreElement.Relation => "relation",
        DublinCoreElement.Coverage => "coverage",
        DublinCoreElement.Rights => "rights",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "not a Dublin Core element"),
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Value}";
}
