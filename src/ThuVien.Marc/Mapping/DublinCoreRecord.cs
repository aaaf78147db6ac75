using System.Collections.Immutable;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// A simple (unqualified) Dublin Core description of a MARC 21 bibliographic record, as used for
/// OAI-PMH oai_dc, made by the Library of Congress "MARC to Dublin Core Crosswalk". Statements
/// are grouped by element in DCMES order and keep record order within an element; each value
/// appears once per element, NFC, without trailing ISBD punctuation.
/// </summary>
public sealed class DublinCoreRecord
{
    private DublinCoreRecord(ImmutableArray<DublinCoreStatement> statements) => Statements = statements;

    /// <summary>The element-value pairs in order.</summary>
    public ImmutableArray<DublinCoreStatement> Statements { get; }

    /// <summary>Maps a bibliographic record; <paramref name="names"/> chooses where 1XX and 7XX names go.</summary>
    public static DublinCoreRecord FromMarc(MarcRecord record, DublinCoreNames names = DublinCoreNames.MainEntryAsCreator)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DublinCoreRecord(DublinCoreCrosswalk.Map(record, names));
    }

    /// <summary>The values of one element, in order.</summary>
    public IEnumerable<string> Values(DublinCoreElement element)
    {
        foreach (var statement in Statements)
        {
            if (statement.Element == element)
            {
                yield return statement.Value;
            }
        }
    }

    /// <summary>One line per statement, "title: Truyện Kiều".</summary>
    public override string ToString() => string.Join('\n', Statements);
}
