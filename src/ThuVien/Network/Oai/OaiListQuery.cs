namespace ThuVien.Network.Oai;

/// <summary>The selection of a list request (§3.3, §3.4): a set and inclusive date bounds, each optional.</summary>
internal sealed record OaiListQuery(OaiSet? Set, OaiDate? From, OaiDate? Until)
{
    public DateTime? FromInclusive => From?.Start;

    public DateTime? UntilExclusive => Until?.ExclusiveEnd;
}
