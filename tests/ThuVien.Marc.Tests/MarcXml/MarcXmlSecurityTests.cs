using System.Diagnostics;
using System.Text;

using ThuVien.Marc.Tests.Support;

namespace ThuVien.Marc.Tests.MarcXml;

/// <summary>MARCXML comes from outside (harvests, uploads): no DTD, no external entity, no expansion, ever.</summary>
public class MarcXmlSecurityTests
{
    private static List<MarcReadResult> Read(string xml) => MarcIo.Read(Encoding.UTF8.GetBytes(xml), MarcFormat.MarcXml);

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"thuvien-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var results = Read($"""
                <?xml version="1.0"?>
                <!DOCTYPE record [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]>
                <record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 i 4500</leader>
                  <datafield tag="245" ind1="0" ind2="0"><subfield code="a">&xxe;</subfield></datafield>
                </record>
                """);
            var result = Assert.Single(results);
            Assert.False(result.IsAccepted);
            Assert.Contains("DTD", result.RejectionReason, StringComparison.Ordinal);
            Assert.Equal(2, result.Issues[0].Offset);
            Assert.DoesNotContain(result.Issues, i => i.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_without_expanding_anything()
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">");
        }

        var clock = Stopwatch.StartNew();
        var result = Assert.Single(Read($"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>&lol9;</leader></record>"));
        Assert.False(result.IsAccepted);
        Assert.Contains("DTD", result.RejectionReason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the entities must not be expanded");
    }

    [Fact]
    public void An_external_DTD_is_never_fetched()
    {
        var result = Assert.Single(Read("""
            <?xml version="1.0"?>
            <!DOCTYPE collection SYSTEM "http://192.0.2.1/marc.dtd">
            <collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>00000nam a2200000 i 4500</leader></record></collection>
            """));
        Assert.False(result.IsAccepted);
        Assert.Contains("DTD", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_entity_is_a_well_formedness_error_not_a_lookup()
    {
        var result = Assert.Single(Read("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>&nbsp;</leader></record>"));
        Assert.False(result.IsAccepted);
        Assert.Contains("not well-formed at line 1", result.RejectionReason, StringComparison.Ordinal);
        Assert.Contains("nbsp", result.RejectionReason, StringComparison.Ordinal);
    }
}
