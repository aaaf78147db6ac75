using System.Text;
using System.Text.Json;

namespace ThuVien.Web.Tests.Support;

/// <summary>Request bodies for the API tests, written by the project.</summary>
internal static class Records
{
    public static StringContent KieuJson(string? isbn = null, string title = "Truyện Kiều", string[]? barcodes = null)
    {
        var items = (barcodes ?? ["TV00000001", "TV00000002"]).Select(b => (object)new Dictionary<string, object>
        {
            ["952"] = new { ind1 = " ", ind2 = " ", subfields = new object[] { new { b = "MAIN" }, new { c = "KHO-MO" }, new { o = "895.9221 NG-D" }, new { p = b }, new { y = "BOOK" } } },
        });
        var record = new
        {
            leader = "00000nam a2200000 i 4500",
            fields = new object[]
            {
                new Dictionary<string, object> { ["008"] = "240101s2019    vm            000 0 vie d" },
                new Dictionary<string, object> { ["020"] = new { ind1 = " ", ind2 = " ", subfields = new object[] { new { a = isbn ?? Isbn13(978604101234) } } } },
                new Dictionary<string, object> { ["100"] = new { ind1 = "0", ind2 = " ", subfields = new object[] { new { a = "Nguyễn Du" } } } },
                new Dictionary<string, object> { ["245"] = new { ind1 = "1", ind2 = "0", subfields = new object[] { new { a = title + " /" }, new { c = "Nguyễn Du." } } } },
                new Dictionary<string, object> { ["264"] = new { ind1 = " ", ind2 = "1", subfields = new object[] { new { a = "Hà Nội :" }, new { b = "Văn học," }, new { c = "2019." } } } },
            }.Concat(items).ToArray(),
        };
        return new StringContent(JsonSerializer.Serialize(record), Encoding.UTF8, "application/json");
    }

    /// <summary>The ISBN-13 whose first twelve digits are given, with its check digit.</summary>
    public static string Isbn13(long first12)
    {
        var digits = first12.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return digits + ((10 - (sum % 10)) % 10);
    }
}
