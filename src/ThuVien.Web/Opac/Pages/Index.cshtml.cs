using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThuVien.Storage;

namespace ThuVien.Web.Opac.Pages;

/// <summary>The OPAC home page: a search box, what the catalogue holds, and the latest records added.</summary>
internal sealed class IndexModel(IDbContextFactory<ThuVienDb> databases) : PageModel
{
    private const int LatestCount = 8;

    public long RecordCount { get; private set; }

    public long CopyCount { get; private set; }

    public IReadOnlyList<LatestRecord> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = db.Records.AsNoTracking().Where(r => !r.Deleted);
        RecordCount = await records.LongCountAsync(cancellationToken);
        CopyCount = await db.Items.AsNoTracking().LongCountAsync(i => records.Any(r => r.Id == i.RecordId), cancellationToken);
        Latest = await records.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(LatestCount)
            .Select(r => new LatestRecord(r.Id, r.Title, r.MainAuthor, r.Year, r.ContentType, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
