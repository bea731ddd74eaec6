using Recruiting.Core.Content;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>
/// The paths a legacy file answered at on the old Hugo site, to redirect to the new posting: the page as Hugo served
/// it (<see cref="HugoAddresses.Page"/>), its aliases as Hugo wrote them, and, when the file has no `url`, its path
/// under content/ as written (content/fr/careers/positions/Été.md → /fr/careers/positions/Été/), which older links use.
/// </summary>
public sealed record LegacyUrls(string? Page, string? FileName, IReadOnlyList<string> Aliases)
{
    public static LegacyUrls Of(string source, string language, LegacyFields fields, string slug)
    {
        var url = fields.Urls.FirstOrDefault() ?? "";
        var page = HugoAddresses.Page(source, language, url, slug);
        var aliases = fields.Aliases.Select(a => HugoAddresses.Alias(page ?? "/", a)).Distinct().ToList();
        return new LegacyUrls(page, url.Length == 0 ? PagePath(source, language) : null, aliases);
    }

    /// <summary>Every path, normalized (<see cref="RedirectPath.Normalize"/>), without the site root.</summary>
    public IEnumerable<string> Paths =>
        new[] { Page, FileName }.Concat(Aliases).OfType<string>().Select(RedirectPath.Normalize).Where(p => p != "/").Distinct();

    public static string? PagePath(string path, string language)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var content = segments.FindLastIndex(s => s.Equals("content", StringComparison.OrdinalIgnoreCase));
        List<string> rest;
        if (content >= 0) rest = segments[(content + 1)..];
        else
        {
            var lang = segments.FindLastIndex(s => Languages.IsSupported(s.ToLowerInvariant()));
            if (lang < 0) return null;
            rest = segments[lang..];
        }
        if (rest.Count == 0) return null;
        var name = Path.GetFileNameWithoutExtension(rest[^1]);
        if (name.EndsWith("." + language, StringComparison.OrdinalIgnoreCase)) name = name[..^(language.Length + 1)];
        rest[^1] = name;
        if (name is "index" or "_index") rest.RemoveAt(rest.Count - 1);
        if (rest.Count == 0 || !Languages.IsSupported(rest[0].ToLowerInvariant())) rest.Insert(0, language);
        return "/" + string.Join('/', rest) + "/";
    }
}
