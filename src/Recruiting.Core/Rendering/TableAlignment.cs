using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Markdig writes pipe-table column alignment as style="text-align: …" on th and td. Styles never pass the
/// sanitizer, so that one exact style becomes the equivalent align attribute instead of being lost.
/// </summary>
public static partial class TableAlignment
{
    public static bool TryConvert(IElement cell, string style)
    {
        if (cell.LocalName is not ("th" or "td")) return false;
        var match = TextAlign().Match(style);
        if (!match.Success) return false;
        cell.SetAttribute("align", match.Groups[1].Value);
        return true;
    }

    [GeneratedRegex(@"^\s*text-align:\s*(left|center|right);?\s*$")]
    private static partial Regex TextAlign();
}
