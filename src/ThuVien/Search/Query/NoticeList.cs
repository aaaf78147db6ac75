namespace ThuVien.Search.Query;

/// <summary>The notices of one parse, each kind once, in the order first met.</summary>
internal sealed class NoticeList
{
    private readonly List<QueryNotice> _notices = [];
    private ulong _seen;

    public void Add(QueryNotice notice)
    {
        var bit = 1UL << (int)notice;
        if ((_seen & bit) != 0)
        {
            return;
        }

        _seen |= bit;
        _notices.Add(notice);
    }

    public QueryNotice[] ToArray() => [.. _notices];
}
