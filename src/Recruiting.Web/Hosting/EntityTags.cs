using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Recruiting.Web.Hosting;

/// <summary>Entity tags of exact answers (a hash of their bytes), and whether a conditional request already holds one.</summary>
public static class EntityTags
{
    public static string Of(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";

    /// <summary>Whether <paramref name="request"/>'s If-None-Match names <paramref name="etag"/> (or any), so 304 is the answer.</summary>
    public static bool IsHeldBy(HttpRequest request, string etag)
    {
        if (request.Headers.IfNoneMatch.Count == 0) return false;
        var tag = new EntityTagHeaderValue(etag);
        return request.GetTypedHeaders().IfNoneMatch.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(tag, useStrongComparison: false));
    }
}
