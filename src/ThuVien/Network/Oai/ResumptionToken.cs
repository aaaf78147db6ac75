namespace ThuVien.Network.Oai;

/// <summary>
/// Where a list stopped (OAI-PMH 2.0 §3.5): the original arguments and the last change-log row served,
/// so the next page is a keyset seek past it. Held by the harvester, not by the node.
/// </summary>
internal sealed record ResumptionToken(OaiVerb Verb, string MetadataPrefix, string? Set, OaiDate? From, OaiDate? Until)
{
    /// <summary>The change-log sequence of the last record served: the next page starts after it.</summary>
    public long AfterSequence { get; init; }

    /// <summary>The last record served, kept beside its sequence as a check on the cursor.</summary>
    public long AfterRecordId { get; init; }

    /// <summary>How many records the list had returned before the page this token asks for.</summary>
    public long Cursor { get; init; }

    /// <summary>The list's size when its first page was served; counted once, carried since.</summary>
    public long CompleteListSize { get; init; }

    public DateTime ExpiresAt { get; init; }
}
