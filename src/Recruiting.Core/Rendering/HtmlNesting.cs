using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Bounds on the raw HTML a body may hold, checked on its tags before any HTML parser sees them. A browser-grade
/// parser spends time in proportion to the depth of the open elements for every tag (40,000 nested &lt;div&gt;
/// take half a minute), and rebuilds every unclosed formatting element (&lt;b&gt;, &lt;i&gt;, &lt;a&gt;…) in each new
/// paragraph, so a short body can make millions of elements. Real bodies stay far below both bounds.
/// </summary>
public static partial class HtmlNesting
{
    /// <summary>Elements open inside each other at once.</summary>
    public const int MaxDepth = 100;

    /// <summary>Formatting elements left open at once (each is copied into every following paragraph).</summary>
    public const int MaxOpenFormatting = 16;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };

    /// <summary>Elements the parser closes by itself when a sibling starts, so they do not nest.</summary>
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
        { "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc" };

    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
        { "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u" };

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")]
    private static partial Regex Tag();

    /// <summary>Why the document's raw HTML is refused (naming the line of the body), or null.</summary>
    public static BodyProblem? Check(MarkdownDocument document)
    {
        var open = new List<string>();
        var formatting = 0;
        foreach (var node in document.Descendants())
        {
            var (html, line) = node switch
            {
                HtmlBlock block => (block.Lines.ToString(), block.Line + 1),
                HtmlInline inline => (inline.Tag, inline.Line + 1),
                _ => (null, 0),
            };
            if (html is null) continue;
            foreach (Match tag in Tag().Matches(html))
            {
                var name = tag.Groups[2].Value;
                if (tag.Groups[1].Length > 0)
                {
                    var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                    if (at < 0) continue;
                    formatting -= open.Skip(at).Count(Formatting.Contains);
                    open.RemoveRange(at, open.Count - at);
                }
                else if (tag.Groups[3].Length == 0 && !Void.Contains(name) && !SelfClosing.Contains(name))
                {
                    open.Add(name);
                    if (Formatting.Contains(name)) formatting++;
                    if (open.Count > MaxDepth)
                        return new("body-html-too-nested", $"The body's HTML nests more than {MaxDepth} elements inside each other (line '{line}' of the body).", $"{MaxDepth}", $"{line}");
                    if (formatting > MaxOpenFormatting)
                        return new("body-html-open-formatting", $"The body's HTML leaves more than {MaxOpenFormatting} formatting tags such as <b> or <i> open at once (line '{line}' of the body).", $"{MaxOpenFormatting}", $"{line}");
                }
            }
        }
        return null;
    }
}
