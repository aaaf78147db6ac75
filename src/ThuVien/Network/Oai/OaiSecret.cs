namespace ThuVien.Network.Oai;

/// <summary>
/// The key resumption tokens are signed with (one row). It lives in the database, not the data folder:
/// several app instances behind a proxy share the database but not their folders, and a token one issued
/// must be honoured by the next; a restored backup keeps its harvesters' tokens too. Deleting the row
/// invalidates every outstanding token.
/// </summary>
internal sealed class OaiSecret
{
    public int Id { get; set; } = 1;

    public byte[] Key { get; set; } = [];
}
