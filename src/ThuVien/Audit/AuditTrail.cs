using ThuVien.Storage;

namespace ThuVien.Audit;

/// <summary>Adds an entry to the context of the change it describes, to be saved in that change's transaction.</summary>
internal static class AuditTrail
{
    public static void Add(ThuVienDb db, Actor actor, string action, string entityType, long entityId, string? before, string? after, DateTime at) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = at,
            AccountId = actor.AccountId,
            AccountName = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before,
            After = after,
        });
}
