using System.Net;
using System.Text.RegularExpressions;

namespace Recruiting.Testing.Legacy.Hugo;

/// <summary>The text a reader sees in a body's HTML: tags removed, entities decoded, white space evened out.</summary>
public static partial class VisibleText
{
    [GeneratedRegex("<[^>]+>")] private static partial Regex Tag();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();

    public static string Of(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();
}
