using ThuVien.Marc.Iso2709;

namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>
/// Each fixture record written in UTF-8, MARC-8, TCVN3 and VNI must read back, by detection and by
/// explicit encoding, as the same NFC record.
/// </summary>
public class VietnameseEncodingConvergenceTests
{
    public static TheoryData<int, string> RecordsAndForms()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < VietnameseRecords.All.Length; i++)
        {
            foreach (var form in VietnameseRecordForms.All)
            {
                data.Add(i, form);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordsAndForms))]
    public void Every_form_read_with_automatic_encoding_gives_the_original_record(int index, string form)
    {
        var record = VietnameseRecords.All[index];
        var result = ReadOne(VietnameseRecordForms.Write(record, form), MarcEncoding.Auto);

        Assert.True(result.IsAccepted, string.Join("; ", result.Issues));
        Assert.Equal(Comparable(record), Comparable(result.Record!));
        if (form is VietnameseRecordForms.Tcvn3 or VietnameseRecordForms.Vni)
        {
            // The reader says why it did not follow leader/09.
            Assert.Contains(result.Issues, issue => issue.Message.Contains($"looks like {VietnameseRecordForms.Encoding(form)}", StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(result.Issues);
        }
    }

    [Theory]
    [MemberData(nameof(RecordsAndForms))]
    public void Every_form_read_with_its_encoding_given_gives_the_original_record(int index, string form)
    {
        var record = VietnameseRecords.All[index];
        var result = ReadOne(VietnameseRecordForms.Write(record, form), VietnameseRecordForms.Encoding(form));

        Assert.True(result.IsAccepted, string.Join("; ", result.Issues));
        Assert.Empty(result.Issues);
        Assert.Equal(Comparable(record), Comparable(result.Record!));
    }

    [Fact]
    public void A_file_mixing_all_forms_reads_as_one_catalogue()
    {
        var file = new MemoryStream();
        foreach (var form in new[] { VietnameseRecordForms.Utf8, VietnameseRecordForms.Tcvn3, VietnameseRecordForms.Vni })
        {
            foreach (var record in VietnameseRecords.All)
            {
                file.Write(VietnameseRecordForms.Write(record, form));
            }
        }

        file.Position = 0;
        using var reader = new Iso2709Reader(file);
        var read = reader.Select(r => Comparable(r.Record!)).ToList();
        var expected = VietnameseRecords.All.Select(Comparable).ToList();
        Assert.Equal([.. expected, .. expected, .. expected], read);
    }

    private static MarcReadResult ReadOne(byte[] bytes, MarcEncoding encoding)
    {
        using var reader = new Iso2709Reader(new MemoryStream(bytes), new MarcReaderOptions { Encoding = encoding });
        return Assert.Single(reader);
    }

    /// <summary>
    /// The record in line format without the leader positions that depend on the bytes (record length
    /// 00-04, coding scheme 09, base address 12-16).
    /// </summary>
    private static string Comparable(MarcRecord record)
    {
        var leader = record.Leader.With(0, "#####").With(9, '#').With(12, "#####");
        return MarcLineFormat.Format(record.WithLeader(leader));
    }
}
