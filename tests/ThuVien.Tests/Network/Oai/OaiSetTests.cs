using ThuVien.Network.Oai;

namespace ThuVien.Tests.Network.Oai;

public sealed class OaiSetTests
{
    [Theory]
    [InlineData("type:book", true, "book")]
    [InlineData("library:VN-HaNL", false, "VN-HaNL")]
    public void Reads_the_two_kinds_of_set(string spec, bool isType, string value) =>
        Assert.Equal(new OaiSet(isType ? OaiSetKind.Type : OaiSetKind.Library, value), OaiSet.Parse(spec));

    [Theory]
    [InlineData("subject:history")]
    [InlineData("type")]
    [InlineData("library:MAIN:annex")]
    public void Knows_no_other_set(string spec) => Assert.Null(OaiSet.Parse(spec));

    [Fact]
    public void Writes_the_spec_it_reads() => Assert.Equal("library:MAIN", OaiSet.Parse("library:MAIN")!.Spec);
}
