namespace ThuVien.Marc.Tests.Support;

/// <summary>
/// Compares leaders without the positions a writer recomputes or sets: 00-04 record length,
/// 12-16 base address, and 09 coding scheme (writers set 'a'; yaz leaves it unset in JSON).
/// </summary>
internal static class LeaderMask
{
    public static bool Equal(string expected, string actual)
    {
        if (expected.Length != actual.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (i is (>= 0 and <= 4) or 9 or (>= 12 and <= 16))
            {
                continue;
            }

            if (expected[i] != actual[i])
            {
                return false;
            }
        }

        return true;
    }
}
