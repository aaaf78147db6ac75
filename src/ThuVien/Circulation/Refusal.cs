using System.Text;

namespace ThuVien.Circulation;

/// <summary>A refused operation: the stable code, the key of its message (vi/en resources), and what it concerned.</summary>
internal sealed record Refusal(RefusalReason Reason, string Detail)
{
    /// <summary>"circulation.refusal.card-expired" for <see cref="RefusalReason.CardExpired"/>.</summary>
    public string MessageKey => "circulation.refusal." + Kebab(Reason.ToString());

    private static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
