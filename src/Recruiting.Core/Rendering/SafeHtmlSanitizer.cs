using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Allow-list HTML sanitizer on AngleSharp: parses the HTML as a browser would, keeps only the elements and
/// attributes of <see cref="HtmlAllowList"/> with safe URLs, and serializes the result again. Dangerous elements
/// go with their content; other unknown tags are unwrapped so their text stays. Stateless and thread-safe.
/// </summary>
public sealed class SafeHtmlSanitizer
{
    // Making a parser (it builds a browsing context) and an empty document cost more than parsing a posting, so each
    // thread keeps one of each. A fragment is parsed in the context of that document's body, but into a document of
    // its own, so the shared one never changes and the fragment is cleaned where it is, without moving its nodes.
    private readonly ThreadLocal<(HtmlParser Parser, IElement Body)> _parsers = new(() =>
    {
        var parser = new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true }); // nothing reads source positions
        return (parser, parser.ParseDocument(string.Empty).Body!);
    });

    public SanitizeResult Sanitize(string html)
    {
        var (parser, context) = _parsers.Value;
        var nodes = parser.ParseFragment(html ?? "", context);
        if (nodes.Length == 0) return new SanitizeResult("", []);
        var fragment = nodes[0].ParentElement!;
        var removed = new List<RemovedMarkup>();
        CleanChildren(fragment, removed);
        return new SanitizeResult(fragment.InnerHtml, removed);
    }

    private static void CleanChildren(INode parent, List<RemovedMarkup> removed)
    {
        foreach (var child in parent.ChildNodes.ToArray())
        {
            if (child is IElement element) CleanElement(element, removed);
            else if (child is not IText) parent.RemoveChild(child); // comments, doctypes, processing instructions
        }
    }

    private static void CleanElement(IElement element, List<RemovedMarkup> removed)
    {
        var name = element.LocalName;
        if (element.NamespaceUri != NamespaceNames.HtmlUri || HtmlAllowList.IsDangerousElement(name))
        {
            removed.Add(new(RemovalReason.DangerousElement, $"<{name}>", name));
            element.Parent!.RemoveChild(element);
            return;
        }
        CleanChildren(element, removed);
        if (name == "h1") element = HtmlTree.Rename(element, "h2"); // the posting title is the page's only h1
        if (!HtmlAllowList.IsAllowedElement(element.LocalName))
        {
            removed.Add(new(RemovalReason.UnknownElement, $"<{name}>", name));
            HtmlTree.Unwrap(element);
            return;
        }
        var lostUrl = CleanAttributes(element, removed);
        if (element.LocalName == "a" && lostUrl) HtmlTree.Unwrap(element);
        else if (element.LocalName == "img" && !element.HasAttribute("src")) element.Parent!.RemoveChild(element);
        else if (element.LocalName == "a") ExternalLinks.Protect(element);
    }

    /// <summary>Removes every attribute that is not allowed; true when an address was removed as unsafe.</summary>
    private static bool CleanAttributes(IElement element, List<RemovedMarkup> removed)
    {
        var name = element.LocalName;
        var lostUrl = false;
        foreach (var attribute in element.Attributes.ToArray())
        {
            var attr = attribute.Name;
            if (HtmlAllowList.IsAllowedAttribute(name, attr) && AttributeValues.IsAcceptable(attr, attribute.Value))
            {
                if (!HtmlAllowList.IsUrlAttribute(attr) || IsSafeUrl(name, attribute.Value)) continue;
                lostUrl = true;
                removed.Add(new(RemovalReason.UnsafeUrl, (SafeUrl.SchemeOf(attribute.Value) ?? "?") + ":", name));
            }
            else if (attr == "style" && TableAlignment.TryConvert(element, attribute)) { }
            else removed.Add(new(Classify(attr), attr, name));
            element.RemoveAttribute(attr);
        }
        return lostUrl;
    }

    private static bool IsSafeUrl(string element, string url) =>
        element == "img" ? SafeUrl.IsSafeImage(url) : SafeUrl.IsSafeLink(url);

    private static RemovalReason Classify(string attribute) =>
        attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? RemovalReason.EventHandler
        : attribute == "style" ? RemovalReason.StyleAttribute
        : RemovalReason.DisallowedAttribute;
}
