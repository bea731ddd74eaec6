using System.Security.Cryptography;
using System.Text;

namespace Recruiting.Web.Webhooks;

/// <summary>`X-Recruiting-Signature: sha256=&lt;hex HMAC-SHA256 of the exact body bytes, keyed with the hook's secret&gt;`.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Recruiting-Signature";
    public const string EventHeader = "X-Recruiting-Event";
    public const string DeliveryHeader = "X-Recruiting-Delivery";

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
