using Ganss.Xss;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Which elements, attributes and address schemes may reach a public page, and which elements go with their whole
/// content. <see cref="SafeHtmlSanitizer"/> configures the HtmlSanitizer library with it.
/// </summary>
public static class HtmlAllowList
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "div", "span", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "small", "sup", "sub",
        "abbr", "cite", "q", "kbd", "samp", "var", "code", "pre", "blockquote",
        "h2", "h3", "h4", "h5", "h6",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
        "details", "summary", "figure", "figcaption", "img",
    };

    /// <summary>Active, embedding, form, metadata and raw-text elements: their content is code or fallback, not body text.</summary>
    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "keygen", "isindex",
        "meta", "link", "base", "head", "title", "template", "slot", "portal",
        "svg", "math", "noscript", "noembed", "noframes", "xmp", "plaintext", "listing",
        "audio", "video", "source", "track", "picture", "canvas", "map", "area", "dialog",
    };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.OrdinalIgnoreCase) { "title", "lang", "dir" };

    private static readonly Dictionary<string, HashSet<string>> ElementAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = Set("href", "target"),
        ["img"] = Set("src", "alt", "width", "height"),
        ["ol"] = Set("start", "reversed", "type"),
        ["li"] = Set("value"),
        ["td"] = Set("colspan", "rowspan", "align"),
        ["th"] = Set("colspan", "rowspan", "scope", "align"),
        ["col"] = Set("span"),
        ["colgroup"] = Set("span"),
        ["details"] = Set("open"),
        ["code"] = Set("class"),
        ["blockquote"] = Set("cite"),
        ["q"] = Set("cite"),
        ["del"] = Set("cite", "datetime"),
        ["ins"] = Set("cite", "datetime"),
    };

    /// <summary>Attributes whose value is an address: the library keeps only relative ones and those of an allowed scheme.</summary>
    private static readonly string[] UrlAttributes = ["href", "src", "cite"];
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];
    private static readonly string[] ImageSchemes = ["http", "https"];

    public static bool IsAllowedElement(string name) => Elements.Contains(name);
    public static bool IsDangerousElement(string name) => Dangerous.Contains(name);

    public static bool IsAllowedAttribute(string element, string attribute) =>
        GlobalAttributes.Contains(attribute)
        || (ElementAttributes.TryGetValue(element, out var names) && names.Contains(attribute));

    public static bool IsImageScheme(string scheme) => ImageSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The library's settings: the allowed elements, plus h1 (it becomes h2); every attribute allowed on some element
    /// (the library's list is one for all elements: <see cref="IsAllowedAttribute"/> decides element by element); no CSS.
    /// </summary>
    public static HtmlSanitizerOptions SanitizerOptions() => new()
    {
        AllowedTags = new HashSet<string>(Elements.Append("h1"), StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(GlobalAttributes.Concat(ElementAttributes.Values.SelectMany(a => a)), StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(LinkSchemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(UrlAttributes, StringComparer.OrdinalIgnoreCase),
    };

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.OrdinalIgnoreCase);
}
