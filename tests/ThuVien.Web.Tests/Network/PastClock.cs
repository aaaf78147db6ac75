namespace ThuVien.Web.Tests.Network;

/// <summary>A clock stopped at a past moment, to issue a token that has since expired.</summary>
internal sealed class PastClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
