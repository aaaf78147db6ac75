using System.Text.Json;

namespace ThuVien.Marc.Tests.Support;

/// <summary>
/// Compares two MARC-in-JSON documents as JSON: objects by member name (order aside), arrays in order,
/// values exactly; leaders with <see cref="LeaderMask"/>. A single record object and an array holding
/// it are the same. Fields named in <c>ignoredFields</c> are left out on both sides: "245" for every 245,
/// "648#3" for the third 648 only. With <see cref="TextForm.ExpectedAsNfc"/> the expected strings are taken in
/// Unicode Normalization Form C and the actual strings must be exactly that.
/// </summary>
internal static class JsonEquivalence
{
    /// <summary>The first difference, described with its path, or null when the documents are equivalent.</summary>
    public static string? Difference(byte[] expected, byte[] actual, IReadOnlySet<string>? ignoredFields = null, TextForm form = TextForm.Exact)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        var expectedRecords = Records(e.RootElement);
        var actualRecords = Records(a.RootElement);
        if (expectedRecords.Count != actualRecords.Count)
        {
            return $"{actualRecords.Count} records, expected {expectedRecords.Count}";
        }

        for (var i = 0; i < expectedRecords.Count; i++)
        {
            var difference = Compare(expectedRecords[i], actualRecords[i], $"[{i}]", null, ignoredFields ?? new HashSet<string>(), form);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static List<JsonElement> Records(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : [root];

    private static string? Compare(JsonElement e, JsonElement a, string path, string? member, IReadOnlySet<string> ignoredTags, TextForm form)
    {
        if (e.ValueKind != a.ValueKind)
        {
            return $"{path}: {a.ValueKind}, expected {e.ValueKind}";
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var actualNames = a.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                if (!expectedNames.SequenceEqual(actualNames))
                {
                    return $"{path}: members {string.Join(",", actualNames)}, expected {string.Join(",", expectedNames)}";
                }

                foreach (var property in e.EnumerateObject())
                {
                    var difference = Compare(property.Value, a.GetProperty(property.Name), $"{path}.{property.Name}", property.Name, ignoredTags, form);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var expectedItems = Items(e, member, ignoredTags);
                var actualItems = Items(a, member, ignoredTags);
                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    var difference = Compare(expectedItems[i], actualItems[i], $"{path}[{i}]", null, ignoredTags, form);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return expectedItems.Count == actualItems.Count ? null : $"{path}: {actualItems.Count} items, expected {expectedItems.Count}";
            case JsonValueKind.String:
                var want = form.Apply(e.GetString()!);
                var equal = member == "leader"
                    ? LeaderMask.Equal(want, a.GetString()!)
                    : want == a.GetString();
                return equal ? null : $"{path}: '{a.GetString()}', expected '{want}'";
            default:
                return e.GetRawText() == a.GetRawText() ? null : $"{path}: {a.GetRawText()}, expected {e.GetRawText()}";
        }
    }

    private static List<JsonElement> Items(JsonElement array, string? member, IReadOnlySet<string> ignoredTags)
    {
        if (member != "fields")
        {
            return [.. array.EnumerateArray()];
        }

        var seen = new Dictionary<string, int>();
        var items = new List<JsonElement>();
        foreach (var field in array.EnumerateArray())
        {
            var tag = field.ValueKind == JsonValueKind.Object ? field.EnumerateObject().Select(p => p.Name).FirstOrDefault() : null;
            if (tag is not null)
            {
                var occurrence = seen[tag] = seen.GetValueOrDefault(tag) + 1;
                if (ignoredTags.Contains(tag) || ignoredTags.Contains($"{tag}#{occurrence}"))
                {
                    continue;
                }
            }

            items.Add(field);
        }

        return items;
    }
}
