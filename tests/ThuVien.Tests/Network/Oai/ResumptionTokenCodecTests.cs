using System.Text;
using ThuVien.Network.Oai;

namespace ThuVien.Tests.Network.Oai;

public sealed class ResumptionTokenCodecTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("khóa bí mật của nút thư viện 32b");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static ResumptionToken Sample() =>
        new(OaiVerb.ListRecords, "marc21", "library:MAIN", OaiDate.TryParse("2026-01-01", out var from) ? from : null, null)
        {
            AfterSequence = 1234,
            AfterRecordId = 56,
            Cursor = 100,
            CompleteListSize = 370,
            ExpiresAt = Monday.UtcDateTime.AddDays(7),
        };

    [Fact]
    public void Reads_back_every_field_it_wrote()
    {
        var codec = new ResumptionTokenCodec(Key, new HarvestClock(Monday));

        var read = codec.Decode(codec.Encode(Sample()), OaiVerb.ListRecords);

        Assert.Equal(Sample(), read.Value);
    }

    [Fact]
    public void Is_made_of_characters_a_url_carries_unescaped()
    {
        var token = new ResumptionTokenCodec(Key, new HarvestClock(Monday)).Encode(Sample());

        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.', $"'{c}' in {token}"));
    }

    [Fact]
    public void Refuses_a_token_whose_cursor_was_edited()
    {
        var codec = new ResumptionTokenCodec(Key, new HarvestClock(Monday));
        var token = codec.Encode(Sample());
        var forged = codec.Encode(Sample() with { AfterSequence = 1 });
        var tampered = forged[..forged.IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal("badResumptionToken", Assert.Single(codec.Decode(tampered, OaiVerb.ListRecords).Errors).Code);
    }

    [Fact]
    public void Refuses_a_token_signed_with_another_nodes_key()
    {
        var other = new ResumptionTokenCodec(Encoding.UTF8.GetBytes("another node, another secret key"), new HarvestClock(Monday));

        var read = new ResumptionTokenCodec(Key, new HarvestClock(Monday)).Decode(other.Encode(Sample()), OaiVerb.ListRecords);

        Assert.Equal("badResumptionToken", Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void Refuses_a_token_after_its_expiration_date()
    {
        var clock = new HarvestClock(Monday);
        var codec = new ResumptionTokenCodec(Key, clock);
        var token = codec.Encode(Sample());
        clock.Now = Monday.AddDays(8);

        Assert.Equal("badResumptionToken", Assert.Single(codec.Decode(token, OaiVerb.ListRecords).Errors).Code);
    }

    [Fact]
    public void Refuses_a_token_of_one_list_used_for_another_verb()
    {
        var codec = new ResumptionTokenCodec(Key, new HarvestClock(Monday));

        Assert.Equal("badResumptionToken", Assert.Single(codec.Decode(codec.Encode(Sample()), OaiVerb.ListIdentifiers).Errors).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc")]
    [InlineData("abc.def")]
    [InlineData("!!!.???")]
    [InlineData("\u0001\u0002.\uFFFF")]
    public void Refuses_garbage_without_throwing(string token)
    {
        var read = new ResumptionTokenCodec(Key, new HarvestClock(Monday)).Decode(token, OaiVerb.ListRecords);

        Assert.Equal("badResumptionToken", Assert.Single(read.Errors).Code);
    }
}
