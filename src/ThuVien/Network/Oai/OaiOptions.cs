namespace ThuVien.Network.Oai;

/// <summary>How the provider answers; every value has a default, so a node needs no configuration.</summary>
internal sealed record OaiOptions
{
    /// <summary>Records (or headers) a list response holds before it gives a resumption token.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>How long a resumption token stays good: long enough for a slow harvest over a weekend.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The repository identifier in item identifiers; null: the host of the node's base URL.</summary>
    public string? RepositoryIdentifier { get; init; }

    /// <summary>Identify's adminEmail; null: admin@ the repository identifier.</summary>
    public string? AdminEmail { get; init; }
}
