namespace ThuVien.Audit;

/// <summary>
/// One change someone made: when (UTC), who (account id and name as they were), what (action, entity
/// type and id) and the entity before and after as JSON. Written in the transaction of the change itself,
/// so there is no change without its entry and no entry for a change that was rolled back.
/// </summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>Null for the node's own work; kept as a number (no foreign key) so entries outlive accounts.</summary>
    public long? AccountId { get; set; }

    public string AccountName { get; set; } = "";

    /// <summary>create, update or delete.</summary>
    public string Action { get; set; } = "";

    /// <summary>record or item.</summary>
    public string EntityType { get; set; } = "";

    public long EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
