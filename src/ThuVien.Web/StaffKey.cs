namespace ThuVien.Web;

/// <summary>The hash of the staff API key, known after start-up (until the accounts part replaces API keys).</summary>
internal sealed class StaffKey
{
    public string? Hash { get; set; }
}
