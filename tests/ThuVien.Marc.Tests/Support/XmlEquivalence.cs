using System.Xml;
using System.Xml.Linq;

namespace ThuVien.Marc.Tests.Support;

/// <summary>
/// Compares two XML documents as MARCXML: element names, attributes (namespace declarations aside),
/// element order and text; whitespace-only text between elements and comments are ignored, and
/// leaders are compared with <see cref="LeaderMask"/>. Fields named in <c>ignoredFields</c> are left out on
/// both sides: "245" for every 245, "648#3" for the third 648 only. With <see cref="TextForm.ExpectedAsNfc"/>
/// the expected text is taken in Unicode Normalization Form C and the actual text must be exactly that.
/// </summary>
internal static class XmlEquivalence
{
    /// <summary>The first difference, described with its path, or null when the documents are equivalent.</summary>
    public static string? Difference(byte[] expected, byte[] actual, IReadOnlySet<string>? ignoredFields = null, TextForm form = TextForm.Exact)
    {
        var e = Load(expected).Root!;
        var a = Load(actual).Root!;
        return Compare(e, a, "/" + e.Name.LocalName, ignoredFields ?? new HashSet<string>(), form);
    }

    public static XDocument Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static string? Compare(XElement e, XElement a, string path, IReadOnlySet<string> ignoredTags, TextForm form)
    {
        if (e.Name != a.Name)
        {
            return $"{path}: <{a.Name}> where <{e.Name}> was expected";
        }

        var expectedAttributes = Attributes(e);
        var actualAttributes = Attributes(a);
        foreach (var (name, value) in expectedAttributes)
        {
            if (!actualAttributes.TryGetValue(name, out var other))
            {
                return $"{path}: attribute {name} is missing";
            }

            if (other != value)
            {
                return $"{path}: attribute {name} is '{other}', expected '{value}'";
            }
        }

        foreach (var name in actualAttributes.Keys)
        {
            if (!expectedAttributes.ContainsKey(name))
            {
                return $"{path}: unexpected attribute {name}";
            }
        }

        var expectedChildren = Children(e, ignoredTags);
        var actualChildren = Children(a, ignoredTags);
        if (expectedChildren.Count == 0 && actualChildren.Count == 0)
        {
            var want = form.Apply(e.Value);
            var equal = e.Name.LocalName == "leader" ? LeaderMask.Equal(want, a.Value) : want == a.Value;
            return equal ? null : $"{path}: text '{a.Value}', expected '{want}'";
        }

        if (Text(e) != Text(a))
        {
            return $"{path}: text between elements '{Text(a)}', expected '{Text(e)}'";
        }

        for (var i = 0; i < Math.Min(expectedChildren.Count, actualChildren.Count); i++)
        {
            var child = expectedChildren[i];
            var difference = Compare(child, actualChildren[i], $"{path}/{child.Name.LocalName}[{i + 1}]{Key(child)}", ignoredTags, form);
            if (difference is not null)
            {
                return difference;
            }
        }

        return expectedChildren.Count == actualChildren.Count
            ? null
            : $"{path}: {actualChildren.Count} child elements, expected {expectedChildren.Count}";
    }

    private static Dictionary<XName, string> Attributes(XElement element) =>
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name, a => a.Value);

    private static List<XElement> Children(XElement element, IReadOnlySet<string> ignoredTags)
    {
        var seen = new Dictionary<string, int>();
        var children = new List<XElement>();
        foreach (var child in element.Elements())
        {
            if (child.Attribute("tag")?.Value is { } tag)
            {
                var occurrence = seen[tag] = seen.GetValueOrDefault(tag) + 1;
                if (ignoredTags.Contains(tag) || ignoredTags.Contains($"{tag}#{occurrence}"))
                {
                    continue;
                }
            }

            children.Add(child);
        }

        return children;
    }

    private static string Text(XElement element) =>
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();

    private static string Key(XElement element) =>
        element.Attribute("tag")?.Value is { } tag ? $"(tag {tag})" : element.Attribute("code")?.Value is { } code ? $"(code {code})" : string.Empty;
}
