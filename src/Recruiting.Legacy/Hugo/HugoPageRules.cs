using System.Text.Json.Nodes;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// What Hugo 0.111 refuses in a page's front matter once the YAML is read (it stops the whole build there):
/// a `url` or an alias with a protocol, and an alias that is the site root.
/// </summary>
public static class HugoPageRules
{
    public static ImportMessage? Refusal(HugoDocument document)
    {
        string? url = null;
        IReadOnlyList<string> aliases = [];
        foreach (var (key, value) in document.FrontMatter)
        {
            if (key.Equals(LegacyKeys.Url, StringComparison.OrdinalIgnoreCase)) url = HugoValues.CastString(value);
            if (key.Equals(LegacyKeys.Aliases, StringComparison.OrdinalIgnoreCase)) aliases = HugoValues.CastStringSlice(value);
        }
        if (url is not null && HasProtocol(url))
            return Error(document, LegacyKeys.Url, $"'url' is an absolute address ({url}); Hugo refuses a url with a protocol.",
                "Write the path only, e.g. /careers/positions/name/, or remove the key.");
        foreach (var alias in aliases)
        {
            if (HasProtocol(alias))
                return Error(document, LegacyKeys.Aliases, $"The alias '{alias}' is an absolute address; Hugo refuses aliases with a protocol.",
                    "Write the path only, e.g. /old/path/, or remove the alias.");
            if (alias.Trim('/').Length == 0 || alias.Trim() == ".")
                return Error(document, LegacyKeys.Aliases, $"The alias '{alias}' is the site's root; Hugo refuses it.", "Remove that alias.");
        }
        return null;
    }

    private static bool HasProtocol(string s) =>
        s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal);

    private static ImportMessage Error(HugoDocument document, string key, string message, string action)
    {
        var line = document.KeyLines?.FirstOrDefault(kv => kv.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
        return ImportMessage.Error("front-matter", message, action, key, line is > 0 ? line : 1, 1);
    }
}
