namespace ThuVien.Tests.Network.Oai;

/// <summary>A clock the test moves by hand: the day a harvest starts, then days later.</summary>
internal sealed class HarvestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
