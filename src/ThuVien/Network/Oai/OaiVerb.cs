namespace ThuVien.Network.Oai;

/// <summary>The six requests of OAI-PMH 2.0 (§4), named as the protocol spells them.</summary>
internal enum OaiVerb
{
    Identify,
    ListMetadataFormats,
    ListSets,
    ListIdentifiers,
    ListRecords,
    GetRecord,
}
