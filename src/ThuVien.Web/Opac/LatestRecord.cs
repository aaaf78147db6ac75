namespace ThuVien.Web.Opac;

/// <summary>A record in the home page's "recently added" list.</summary>
internal sealed record LatestRecord(long Id, string Title, string? MainAuthor, int? Year, string ContentType, DateTime CreatedAt);
