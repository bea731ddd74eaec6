using System.Text.RegularExpressions;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>
/// A new posting's slug: the last segment of its `url`; else Hugo's `slug` key; else its file name when meaningful (not a number, hash or
/// GUID like `004_2ecdeb3fbde7181a`; `index`/`_index` take the folder's name); else its title, accents folded.
/// Made unique per language with -2, -3… An imported posting keeps its slug on re-import.
/// </summary>
public static partial class SlugRules
{
    [GeneratedRegex(@"^[0-9_-]*([0-9a-f]{6,}|[0-9]+)$|^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex Meaningless();

    [GeneratedRegex(@"\.(en|fr)$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSuffix();

    public static (string Slug, string DecidedBy) Base(string path, IReadOnlyList<string> urls, string title, string hugoSlug = "")
    {
        foreach (var url in urls)
        {
            var last = url.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            var slug = last is null ? "" : SlugGenerator.FromText(Path.GetFileNameWithoutExtension(last) is { Length: > 0 } n && last.EndsWith(".html") ? n : last);
            if (slug.Length > 0) return (slug, "url");
        }
        if (SlugGenerator.FromText(hugoSlug) is { Length: > 0 } fromSlug) return (fromSlug, "slug key");
        if (MeaningfulName(path) is { } name) return (SlugGenerator.FromText(name), "file name");
        var fromTitle = SlugGenerator.FromText(title);
        return (fromTitle.Length > 0 ? fromTitle : "posting", "title");
    }

    public static string? MeaningfulName(string path)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return null;
        var name = LanguageSuffix().Replace(Path.GetFileNameWithoutExtension(segments[^1]), "");
        if (name is "index" or "_index") name = segments.Length > 1 ? segments[^2] : "";
        return name.Length == 0 || Meaningless().IsMatch(name) || SlugGenerator.FromText(name).Length == 0 ? null : name;
    }

    /// <summary>The base slug, or base-2, base-3… whichever is free.</summary>
    public static string Unique(string slug, Func<string, bool> taken)
    {
        if (!taken(slug)) return slug;
        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!taken(candidate)) return candidate;
        }
    }
}
