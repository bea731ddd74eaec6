namespace Recruiting.Core.Rendering;

/// <summary>
/// Decides whether a link or image address may reach the public page. Browsers ignore tabs, newlines and
/// control characters inside a URL's scheme, so they are taken out before the scheme is read; the attribute
/// value has already had its character references decoded by the HTML parser.
/// </summary>
public static class SafeUrl
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];
    private static readonly string[] ImageSchemes = ["http", "https"];

    public static bool IsSafeLink(string url) => HasAllowedScheme(url, LinkSchemes);
    public static bool IsSafeImage(string url) => HasAllowedScheme(url, ImageSchemes);

    /// <summary>An absolute http(s) or protocol-relative address: it leaves the site.</summary>
    public static bool IsExternal(string url)
    {
        var compact = Compact(url);
        return compact.StartsWith("//", StringComparison.Ordinal) || SchemeOf(compact) is "http" or "https";
    }

    /// <summary>The scheme as a browser would read it, lower case; null for a relative address.</summary>
    public static string? SchemeOf(string url)
    {
        var compact = Compact(url);
        var colon = compact.IndexOf(':');
        if (colon < 0) return null;
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon) return null;
        return compact[..colon].ToLowerInvariant();
    }

    private static bool HasAllowedScheme(string url, string[] allowed) =>
        SchemeOf(url) is not { } scheme || allowed.Contains(scheme, StringComparer.Ordinal);

    /// <summary>The address without whitespace, control or invisible formatting characters.</summary>
    private static string Compact(string url) =>
        string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)
            && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format));
}
