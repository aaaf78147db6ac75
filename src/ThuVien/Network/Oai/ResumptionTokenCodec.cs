using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ThuVien.Network.Oai;

/// <summary>
/// Writes and reads <see cref="ResumptionToken"/>s as "payload.signature" in base64url: the payload is
/// the token's fields, the signature an HMAC-SHA256 of it with the node's secret, so a harvester can
/// neither forge nor edit a cursor, and the node keeps no session. An edited, malformed or expired token
/// is badResumptionToken (§3.5).
/// </summary>
internal sealed class ResumptionTokenCodec(byte[] key, TimeProvider clock)
{
    private const string Version = "1";
    private const int SignatureBytes = 16;
    private const int MaxTokenLength = 2048;

    public string Encode(ResumptionToken token)
    {
        var fields = new[]
        {
            Version,
            token.Verb.ToString(),
            token.MetadataPrefix,
            token.Set ?? "",
            token.From?.ToString() ?? "",
            token.Until?.ToString() ?? "",
            Number(token.AfterSequence),
            Number(token.AfterRecordId),
            Number(token.Cursor),
            Number(token.CompleteListSize),
            Number(new DateTimeOffset(token.ExpiresAt).ToUnixTimeSeconds()),
        };
        var payload = Encoding.UTF8.GetBytes(string.Join('|', fields));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
    }

    public OaiResult<ResumptionToken> Decode(string text, OaiVerb verb)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (text.Length > MaxTokenLength || dot < 0
            || !TryBase64(text.AsSpan(0, dot), out var payload) || !TryBase64(text.AsSpan(dot + 1), out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return Bad("the resumptionToken was not issued by this node, or was altered");
        }

        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length != 11 || fields[0] != Version || !Enum.TryParse<OaiVerb>(fields[1], out var issuedFor)
            || !TryDate(fields[4], out var from) || !TryDate(fields[5], out var until)
            || !TryNumber(fields[6], out var afterSequence) || !TryNumber(fields[7], out var afterRecord)
            || !TryNumber(fields[8], out var cursor) || !TryNumber(fields[9], out var size) || !TryNumber(fields[10], out var expires))
        {
            return Bad("the resumptionToken is not one this version of the node understands");
        }

        if (issuedFor != verb)
        {
            return Bad($"the resumptionToken continues a {issuedFor} list, not {verb}");
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253402300799)).UtcDateTime;
        if (clock.GetUtcNow().UtcDateTime > expiresAt)
        {
            return Bad($"the resumptionToken expired at {OaiDate.Format(expiresAt)}: start the list again");
        }

        return OaiResult<ResumptionToken>.Done(new ResumptionToken(verb, fields[2], fields[3].Length == 0 ? null : fields[3], from, until)
        {
            AfterSequence = afterSequence,
            AfterRecordId = afterRecord,
            Cursor = cursor,
            CompleteListSize = size,
            ExpiresAt = expiresAt,
        });
    }

    private static OaiResult<ResumptionToken> Bad(string message) => OaiResult<ResumptionToken>.Failed(OaiError.BadResumptionToken(message));

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key, payload)[..SignatureBytes];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryDate(string text, out OaiDate? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (OaiDate.TryParse(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static bool TryBase64(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == length;
    }
}
