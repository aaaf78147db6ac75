#:project ../../src/ThuVien.Marc/ThuVien.Marc.csproj
// Writes COUNT real-shaped records: Evergreen's jazz_1k.mrc repeated, each copy with a fresh control
// number (001/003) and a fresh valid ISBN-13, so every record is a new record for the importer.
//   dotnet run bench/import/make-records.cs -- <jazz_1k.mrc> <out.mrc> <count>
using System.Globalization;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;

var input = args[0];
var output = args[1];
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
using var reader = new Iso2709Reader(File.OpenRead(input));
var originals = reader.Where(r => r.IsAccepted).Select(r => r.Record!).ToList();
using var writer = new Iso2709Writer(File.Create(output));
for (var n = 0; n < count; n++)
{
    var record = originals[n % originals.Count];
    var digits = (978604000000L + n).ToString(CultureInfo.InvariantCulture);
    var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
    var isbn = digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    var fields = record.Fields.RemoveAll(f => f.Tag is "001" or "003" or "020")
        .Insert(0, new ControlField("001", $"bench{n}"))
        .Insert(1, new ControlField("003", "VN-BENCH"));
    writer.Write(record.WithFields(fields).WithFieldAdded(new DataField("020", ' ', ' ', new Subfield('a', isbn))));
}
