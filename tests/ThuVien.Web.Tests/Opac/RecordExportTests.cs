using System.Net;
using System.Text;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.MarcXml;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Opac;

/// <summary>/record/{id}/export/{format}: each download reads back in its own format.</summary>
public sealed class RecordExportTests : IAsyncDisposable
{
    private TestNode? _node;

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Marcxml_reads_back_as_the_same_record_with_its_copies()
    {
        var (bytes, id) = await DownloadAsync("marcxml", "application/marcxml+xml", ".xml");
        var api = await _node!.Anonymous.GetByteArrayAsync($"/api/v1/records/{id}?format=iso2709");

        using var reader = new MarcXmlReader(new MemoryStream(bytes));
        var record = Assert.Single(reader).Record!;
        using var stored = new Iso2709Reader(new MemoryStream(api));
        // The leader's length and base address are ISO 2709's own; the fields must be identical.
        Assert.Equal(stored.Single().Record!.Fields.Select(Line), record.Fields.Select(Line));
        Assert.Equal(2, record.Fields.Count(f => f.Tag == "952"));
    }

    [Fact]
    public async Task Iso2709_reads_back_without_issues()
    {
        var (bytes, _) = await DownloadAsync("mrc", "application/marc", ".mrc");

        using var reader = new Iso2709Reader(new MemoryStream(bytes));
        var result = Assert.Single(reader);
        Assert.True(result.Issues.IsEmpty, string.Join("; ", result.Issues.Select(i => i.Message)));
        Assert.Contains(result.Record!.Fields, f => f is DataField { Tag: "245" } title && title['a'] == "Truyện Kiều /");
    }

    [Fact]
    public async Task Ris_is_one_reference_with_type_title_and_end()
    {
        var (bytes, id) = await DownloadAsync("ris", "application/x-research-info-systems", ".ris");

        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("TY  - BOOK", lines[0]);
        Assert.Contains("TI  - Truyện Kiều", lines);
        Assert.Contains("AU  - Nguyễn Du", lines);
        Assert.Contains($"UR  - http://localhost:5000/record/{id}", lines);
        Assert.Equal("ER  - ", lines[^1]);
    }

    [Fact]
    public async Task Bibtex_is_a_book_entry()
    {
        var (bytes, id) = await DownloadAsync("bibtex", "application/x-bibtex", ".bib");

        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith($"@book{{thuvien{id},", text, StringComparison.Ordinal);
        Assert.Contains("title = {Truyện Kiều}", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_or_record_is_404()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        var id = await OpacPages.CreateAsync(_node, Records.KieuJson());

        Assert.Equal(HttpStatusCode.NotFound, (await _node.Anonymous.GetAsync($"/record/{id}/export/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _node.Anonymous.GetAsync("/record/424242/export/ris")).StatusCode);
    }

    private static string Line(Field field) => field switch
    {
        ControlField control => $"{control.Tag} {control.Value}",
        DataField data => $"{data.Tag} {data.Indicators} {string.Join(" ", data.Subfields.Select(s => $"${s.Code} {s.Value}"))}",
        _ => field.Tag,
    };

    private async Task<(byte[] Bytes, long Id)> DownloadAsync(string format, string mediaType, string extension)
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        var id = await OpacPages.CreateAsync(_node, Records.KieuJson());

        using var response = await _node.Anonymous.GetAsync($"/record/{id}/export/{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"record-{id}{extension}", response.Content.Headers.ContentDisposition?.FileNameStar);
        return (await response.Content.ReadAsByteArrayAsync(), id);
    }
}
