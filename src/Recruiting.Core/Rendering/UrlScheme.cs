namespace Recruiting.Core.Rendering;

/// <summary>
/// Reads an address as a browser would: browsers ignore tabs, newlines and control characters inside a URL's scheme,
/// so they are taken out before the scheme is read (the attribute value has already had its character references
/// decoded by the HTML parser). Whether an address is safe is the sanitizer's decision, not this class's.
/// </summary>
public static class UrlScheme
{
    /// <summary>An absolute http(s) or protocol-relative address: it leaves the site.</summary>
    public static bool IsExternal(string url)
    {
        var compact = Compact(url);
        return compact.StartsWith("//", StringComparison.Ordinal) || Of(compact) is "http" or "https";
    }

    /// <summary>The scheme as a browser would read it, lower case; null for a relative address.</summary>
    public static string? Of(string url)
    {
        var compact = Compact(url);
        var colon = compact.IndexOf(':');
        if (colon < 0) return null;
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon) return null;
        return compact[..colon].ToLowerInvariant();
    }

    /// <summary>The address without whitespace, control or invisible formatting characters.</summary>
    private static string Compact(string url) =>
        string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)
            && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format));
}
