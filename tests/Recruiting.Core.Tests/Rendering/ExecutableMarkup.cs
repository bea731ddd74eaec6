using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Recruiting.Core.Tests.Rendering;

/// <summary>
/// The test's own, independent reading of sanitized HTML: parses it as a browser would inside a page and lists
/// anything that could run code or restyle the page. Deliberately not built on the sanitizer's own classes.
/// </summary>
internal static class ExecutableMarkup
{
    private static readonly string[] ForbiddenElements =
    [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
        "select", "style", "link", "meta", "base", "svg", "math", "template", "noscript", "video", "audio", "source",
    ];

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "data", "srcset", "background", "poster", "cite", "lowsrc", "dynsrc"];

    private static readonly string[] ForbiddenSchemes = ["javascript:", "vbscript:", "data:"];

    public static List<string> Find(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head><title>t</title></head><body><main>" + html + "</main></body></html>");
        var problems = new List<string>();
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (ForbiddenElements.Contains(element.LocalName)) problems.Add($"<{element.LocalName}> element");
            if (element.NamespaceUri != NamespaceNames.HtmlUri) problems.Add($"foreign element <{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on")) problems.Add($"event handler {name} on <{element.LocalName}>");
                if (name == "style") problems.Add($"style attribute on <{element.LocalName}>");
                if (UrlAttributes.Contains(name) && ForbiddenSchemes.Any(Normalized(attribute.Value).StartsWith))
                    problems.Add($"{name}=\"{attribute.Value}\" on <{element.LocalName}>");
            }
        }
        if (document.Head!.Children.Length != 1) problems.Add("markup escaped into <head>");
        return problems;
    }

    /// <summary>A URL the way a browser reads its scheme: no whitespace, control or zero-width characters, lower case.</summary>
    private static string Normalized(string url) =>
        new string(url.Where(c => c > ' ' && !char.IsControl(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF')).ToArray())
            .ToLowerInvariant();
}
