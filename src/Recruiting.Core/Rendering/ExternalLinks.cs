using AngleSharp.Dom;

namespace Recruiting.Core.Rendering;

/// <summary>A link that opens another site in a new browsing context must not hand it our window (reverse tabnabbing) or our URL.</summary>
public static class ExternalLinks
{
    public static void Protect(IElement anchor)
    {
        var href = anchor.GetAttribute("href");
        if (anchor.HasAttribute("target") && href is not null && UrlScheme.IsExternal(href))
            anchor.SetAttribute("rel", "noopener noreferrer");
    }
}
