namespace Recruiting.Core.Content;

/// <summary>An old path (legacy URL, alias or former slug) that answers 301 to a posting's canonical URL.</summary>
public sealed class Redirect
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Normalized by <see cref="RedirectPath.Normalize"/>: lower case, leading slash, no trailing slash.</summary>
    public string Path { get; set; } = "";
    public Guid PostingId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>
    /// When the redirect started answering: an alias saved in a draft is held for its posting but answers only once
    /// a version carrying it is published; null until then.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; set; }
}

public static class RedirectPath
{
    public static string Normalize(string path)
    {
        var p = path.Trim();
        var q = p.IndexOfAny(['?', '#']);
        if (q >= 0) p = p[..q];
        p = Uri.UnescapeDataString(p).ToLowerInvariant();
        if (!p.StartsWith('/')) p = "/" + p;
        p = p.TrimEnd('/');
        if (p.EndsWith("/index.html")) p = p[..^"/index.html".Length];
        return p.Length == 0 ? "/" : p;
    }
}
