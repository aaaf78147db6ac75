namespace ThuVien.Marc.Mapping;

/// <summary>Whether a record describes a thesis, and which degree, from its dissertation note (502).</summary>
internal static class Thesis
{
    public static bool IsThesis(BibliographicSummary summary) => Note(summary) is not null;

    /// <summary>True for a doctoral thesis ("Luận án Tiến sĩ", "Thesis (Ph. D.)"); false for a master's or an unnamed degree.</summary>
    public static bool IsDoctoral(BibliographicSummary summary) =>
        Note(summary) is { } note
        && (note.Contains("tiến sĩ", StringComparison.OrdinalIgnoreCase)
            || note.Contains("ph. d", StringComparison.OrdinalIgnoreCase)
            || note.Contains("ph.d", StringComparison.OrdinalIgnoreCase)
            || note.Contains("phd", StringComparison.OrdinalIgnoreCase)
            || note.Contains("doctor", StringComparison.OrdinalIgnoreCase));

    private static string? Note(BibliographicSummary summary)
    {
        foreach (var note in summary.Notes)
        {
            if (note.Tag == "502")
            {
                return note.Text;
            }
        }

        return null;
    }
}
