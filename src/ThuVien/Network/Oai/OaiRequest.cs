namespace ThuVien.Network.Oai;

/// <summary>A request whose arguments are well-formed for its verb (§3.1); what they name may still not exist.</summary>
internal sealed record OaiRequest(OaiVerb Verb)
{
    public string? Identifier { get; init; }

    public string? MetadataPrefix { get; init; }

    public string? Set { get; init; }

    public OaiDate? From { get; init; }

    public OaiDate? Until { get; init; }

    public string? ResumptionToken { get; init; }

    /// <summary>The arguments as received, for the request element of the response (§3.2).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Echo { get; init; } = [];
}
