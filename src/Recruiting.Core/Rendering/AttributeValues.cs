using System.Text.RegularExpressions;

namespace Recruiting.Core.Rendering;

/// <summary>Allowed attributes whose value must also have a known shape (numbers, keywords, code language classes).</summary>
public static partial class AttributeValues
{
    public static bool IsAcceptable(string attribute, string value) => attribute switch
    {
        "width" or "height" or "colspan" or "rowspan" or "span" or "start" or "value" => Number().IsMatch(value),
        "dir" => value is "ltr" or "rtl" or "auto",
        "lang" => Language().IsMatch(value),
        "target" => value is "_blank" or "_self" or "_parent" or "_top",
        "scope" => value is "row" or "col" or "rowgroup" or "colgroup",
        "align" => value is "left" or "center" or "right",
        "type" => value is "1" or "a" or "A" or "i" or "I",
        "class" => CodeLanguage().IsMatch(value),
        "reversed" or "open" => value.Length == 0 || string.Equals(value, attribute, StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    [GeneratedRegex(@"^-?\d{1,6}$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Language();

    /// <summary>Markdig marks fenced code with class="language-xxx"; nothing else may use class.</summary>
    [GeneratedRegex(@"^language-[\w+#.-]{1,30}$")]
    private static partial Regex CodeLanguage();
}
