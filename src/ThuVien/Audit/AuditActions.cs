namespace ThuVien.Audit;

/// <summary>The words of the audit log, stable for readers of the API.</summary>
internal static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";

    public const string Record = "record";
    public const string Item = "item";
}
