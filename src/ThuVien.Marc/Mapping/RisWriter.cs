using System.Globalization;
using System.Text;

namespace ThuVien.Marc.Mapping;

/// <summary>
/// Writes a bibliographic summary as one RIS reference (the tagged format of reference managers:
/// "TY  - BOOK" first, "ER  - " last, lines ended by CR LF as the RIS specification asks).
/// Text is written as given (NFC, UTF-8 when encoded); line breaks inside values become spaces.
/// </summary>
public static class RisWriter
{
    /// <summary>The media type of RIS files.</summary>
    public const string MediaType = "application/x-research-info-systems";

    /// <summary>Writes one reference.</summary>
    /// <param name="summary">The record to cite.</param>
    /// <param name="id">The reference ID (ID tag), or null to leave it out.</param>
    /// <param name="url">The record's address (UR tag), or null to leave it out.</param>
    public static string Write(BibliographicSummary summary, string? id = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder(512);
        Line(text, "TY", TypeOf(summary));
        Line(text, "ID", id);
        Line(text, "TI", summary.Title);
        foreach (var name in summary.Names)
        {
            if (CitationNames.IsAuthor(name))
            {
                Line(text, "AU", CitationNames.WithoutDates(name));
            }
            else if (CitationNames.IsEditor(name))
            {
                Line(text, "A2", CitationNames.WithoutDates(name));
            }
        }

        Line(text, "ET", summary.Edition);
        Line(text, "PY", summary.Year?.ToString("D4", CultureInfo.InvariantCulture));
        Line(text, "CY", summary.PlaceOfPublication);
        Line(text, "PB", summary.Publisher);
        foreach (var series in summary.Series)
        {
            Line(text, "T3", series);
        }

        foreach (var isbn in summary.Isbns)
        {
            Line(text, "SN", isbn.Value);
        }

        foreach (var issn in summary.Issns)
        {
            Line(text, "SN", issn.Value);
        }

        foreach (var language in summary.Languages)
        {
            Line(text, "LA", language);
        }

        foreach (var subject in summary.Subjects)
        {
            Line(text, "KW", subject.Heading);
        }

        foreach (var note in summary.Notes)
        {
            Line(text, note.Tag == "520" ? "AB" : "N1", note.Text);
        }

        Line(text, "UR", url);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    /// <summary>The RIS reference type for the kind of material; a dissertation note (502) makes a thesis.</summary>
    internal static string TypeOf(BibliographicSummary summary)
    {
        if (Thesis.IsThesis(summary))
        {
            return "THES";
        }

        return summary.MaterialType switch
        {
            MaterialType.Book => "BOOK",
            MaterialType.Serial => "JFULL",
            MaterialType.IntegratingResource => "ELEC",
            MaterialType.ManuscriptText => "MANSCPT",
            MaterialType.MusicScore or MaterialType.ManuscriptMusic => "MUSIC",
            MaterialType.Map or MaterialType.ManuscriptMap => "MAP",
            MaterialType.ProjectedMedium => "VIDEO",
            MaterialType.SoundRecording or MaterialType.MusicRecording => "SOUND",
            MaterialType.StillImage => "ART",
            MaterialType.ComputerFile => "COMP",
            _ => "GEN",
        };
    }

    private static void Line(StringBuilder text, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        text.Append(tag).Append("  - ");
        foreach (var c in value)
        {
            text.Append(c is '\r' or '\n' ? ' ' : c);
        }

        text.Append("\r\n");
    }
}
