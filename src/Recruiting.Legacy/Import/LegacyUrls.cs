using Recruiting.Core.Content;

namespace Recruiting.Legacy.Import;

/// <summary>
/// The paths a legacy file answered at on the old Hugo site, to redirect to the new posting:
/// its `url` when set (Hugo publishes the page there), else its place under content/ as Hugo publishes it
/// (content/fr/careers/positions/x.md → /fr/careers/positions/x/; index.md → its folder); plus every alias.
/// A file outside any content/ or language folder has no known place, so only its url and aliases count.
/// </summary>
public static class LegacyUrls
{
    public static IReadOnlyList<string> Of(string path, string language, IReadOnlyList<string> urls, IReadOnlyList<string> aliases)
    {
        var paths = new List<string>();
        if (urls.Count > 0) paths.AddRange(urls);
        else if (PagePath(path, language) is { } page) paths.Add(page);
        paths.AddRange(aliases);
        return paths.Select(RedirectPath.Normalize).Where(p => p != "/").Distinct().ToList();
    }

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
