using ThuVien.Marc.Mapping;

namespace ThuVien.Marc.Tests.Mapping;

public class BibTexWriterTests
{
    [Fact]
    public void A_book_is_a_book_entry_with_its_fields()
    {
        var bib = BibTexWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Kieu), "thuvien42", "https://opac.example/record/42");

        Assert.StartsWith("@book{thuvien42,\n", bib, StringComparison.Ordinal);
        Assert.EndsWith("}\n", bib, StringComparison.Ordinal);
        Assert.Contains("  title = {Truyện Kiều},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  author = {{Nguyễn Du}},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  editor = {Đào, Duy Anh},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  publisher = {Văn học},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  address = {Hà Nội},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {2019},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  isbn = {9786041012349},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  url = {https://opac.example/record/42},\n", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_always_balance_and_tex_specials_are_escaped()
    {
        var record = new MarcRecord(
            new Leader("00000nam a2200000 i 4500"),
            new DataField("100", '1', ' ', new Subfield('a', "Smith_}, J{ohn")),
            new DataField("245", '0', '0', new Subfield('a', "50% & more: {C#} $5 ~ ^ \\end")));

        var bib = BibTexWriter.Write(BibliographicSummary.FromMarc(record), "k");

        Assert.Contains(@"  title = {50\% \& more: \{C\#\} \$5 \textasciitilde{} \textasciicircum{} \textbackslash{}end},", bib, StringComparison.Ordinal);
        Assert.Contains(@"  author = {Smith\_\}, J\{ohn},", bib, StringComparison.Ordinal);
        var depth = 0;
        for (var i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '\\')
            {
                i++;
                continue;
            }

            depth += bib[i] switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, "a closing brace before its opening one");
        }

        Assert.Equal(0, depth);
    }

    [Fact]
    public void The_key_keeps_only_characters_bibtex_accepts()
    {
        var bib = BibTexWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Kieu), "Nguyễn, Du {1}");

        Assert.StartsWith("@book{NguynDu1,", bib, StringComparison.Ordinal);
        Assert.StartsWith("@book{record,", BibTexWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Kieu), "{}"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_doctoral_thesis_is_a_phdthesis_and_other_material_is_misc()
    {
        Assert.StartsWith("@phdthesis{", BibTexWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Thesis), "t"), StringComparison.Ordinal);
        Assert.StartsWith("@misc{", BibTexWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Map), "m"), StringComparison.Ordinal);
        Assert.Contains("  issn = {18590071},\n", BibTexWriter.Write(BibliographicSummary.FromMarc(SampleRecords.Serial), "s"), StringComparison.Ordinal);
    }
}
