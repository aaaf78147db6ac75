using System.Security.Cryptography;
using System.Text;

namespace ThuVien.Accounts;

/// <summary>
/// Secrets handed out once (access tokens, the setup code): 256 random bits, base64url, with a marker
/// so a leaked token is recognisable in logs and by secret scanners. A plain SHA-256 is enough to store
/// them: unlike passwords they are random, so there is nothing to guess from the hash.
/// </summary>
internal static class TokenSecret
{
    public const string Marker = "tvp_";

    /// <summary>How much of a secret is kept in the clear: the marker and eight characters.</summary>
    public const int PrefixLength = 12;

    public static string New() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A shorter secret for a link typed or pasted by a person (160 bits).</summary>
    public static string NewCode() => Base64Url(RandomNumberGenerator.GetBytes(20));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret.Length <= PrefixLength ? secret : secret[..PrefixLength];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
