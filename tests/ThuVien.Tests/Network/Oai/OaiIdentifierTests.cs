using ThuVien.Network.Oai;

namespace ThuVien.Tests.Network.Oai;

public sealed class OaiIdentifierTests
{
    private readonly OaiIdentifier _identifiers = new("thuvien.hanoi.vn");

    [Fact]
    public void Names_a_record_by_the_node_host_and_its_id() => Assert.Equal("oai:thuvien.hanoi.vn:42", _identifiers.Of(42));

    [Fact]
    public void Reads_back_the_record_id()
    {
        Assert.True(_identifiers.TryParse("oai:thuvien.hanoi.vn:42", out var id));

        Assert.Equal(42, id);
    }

    [Theory]
    [InlineData("oai:other.library.vn:42")]
    [InlineData("oai:thuvien.hanoi.vn:")]
    [InlineData("oai:thuvien.hanoi.vn:-1")]
    [InlineData("oai:thuvien.hanoi.vn:0")]
    [InlineData("oai:thuvien.hanoi.vn: 42")]
    [InlineData("oai:thuvien.hanoi.vn:99999999999999999999")]
    [InlineData("https://thuvien.hanoi.vn/records/42")]
    public void Recognises_no_other_identifier(string identifier) => Assert.False(_identifiers.TryParse(identifier, out _));
}
