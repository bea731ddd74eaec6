using System.Security.Cryptography;
using System.Text;

namespace Recruiting.Web.Api.Tokens;

/// <summary>
/// Personal API tokens look like `rct_AbCdEfGh_&lt;43 random characters&gt;`. The first part (the prefix) is stored
/// in clear so a user can recognise a token in the console; the whole token is stored only as its SHA-256 hash.
/// </summary>
public static class ApiTokenFormat
{
    private const string Marker = "rct_";
    private const int PrefixLength = 8;

    public static (string Secret, string Prefix) Generate()
    {
        var prefix = Marker + Base64Url(RandomNumberGenerator.GetBytes(6))[..PrefixLength];
        return ($"{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}", prefix);
    }

    public static bool LooksLikeToken(string text) => text.StartsWith(Marker, StringComparison.Ordinal) && text.Length is > 40 and < 100;

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
