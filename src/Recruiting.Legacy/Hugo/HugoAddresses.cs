using System.Globalization;
using System.Text;
using Recruiting.Core.Content;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// The addresses Hugo 0.111 served a content file at, in a multilingual site whose languages live in
/// content/{lang}/ and are published under /{lang}/ (the legacy layout):
/// <list type="bullet">
/// <item>the page: its `url` when that is a non-empty string or number (a leading '/' keeps it at the site root,
/// otherwise it goes under /{lang}/; kept as written), else /{lang}/{folders}/{slug or file name}/ made a path by
/// Hugo's URL rules (<see cref="Sanitize"/>); an `index.md` takes its folder's name;</item>
/// <item>each alias: one starting with '/' as written, any other relative to the page's parent folder.</item>
/// </list>
/// </summary>
public static class HugoAddresses
{
    /// <summary>The page's address (ending in '/' unless its url names a file), or null when the file is outside content/{lang}/ and no url says where it was.</summary>
    public static string? Page(string source, string language, string url, string slug)
    {
        if (url.Length > 0)
        {
            var link = url.StartsWith('/') ? url : $"/{language}/{url}";
            return link.EndsWith('/') || LastSegment(link).Contains('.') ? link : link + "/";
        }
        if (ContentPlace(source, language) is not { } place) return null;
        var (folders, name) = place;
        var baseName = slug.Trim('-').Length > 0 ? slug.Trim('-') : name;
        return Sanitize("/" + string.Join('/', new[] { language }.Concat(folders).Append(baseName)) + "/");
    }

    /// <summary>The order Hugo walks pages of one language in: their path under the language's content folder, lower case.</summary>
    public static string WalkOrder(string source, string language) =>
        (ContentPlace(source, language) is { } place ? string.Join('/', place.Folders.Append(place.Name)) : source).ToLowerInvariant();

    /// <summary>Where an alias of the page at <paramref name="page"/> was written.</summary>
    public static string Alias(string page, string alias)
    {
        if (alias.StartsWith('/')) return Clean(alias);
        var folder = page.EndsWith('/') ? page.TrimEnd('/') : page[..page.LastIndexOf('/')];
        return Clean(folder + "/../" + alias);
    }

    /// <summary>
    /// Hugo's path rules (helpers.PathSpec.MakePathSanitized): letters, digits, marks and . / \ _ # + ~ - @ are kept
    /// (and %XX escapes), a run of white space after something kept becomes one '-', everything else is dropped; then lower case.
    /// </summary>
    public static string Sanitize(string path)
    {
        var source = path.EnumerateRunes().ToArray();
        var target = new StringBuilder(path.Length);
        var (prependHyphen, wasHyphen) = (false, false);
        for (var i = 0; i < source.Length; i++)
        {
            var r = source[i];
            var allowed = r.Value is '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@'
                || Rune.IsLetter(r) || Rune.IsDigit(r) || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || (r.Value == '%' && i + 2 < source.Length && IsHex(source[i + 1]) && IsHex(source[i + 2]));
            if (allowed)
            {
                wasHyphen = r.Value == '-';
                if (prependHyphen)
                {
                    if (!wasHyphen) target.Append('-');
                    prependHyphen = false;
                }
                target.Append(r.ToString());
            }
            else if (target.Length > 0 && !wasHyphen && Rune.IsWhiteSpace(r)) prependHyphen = true;
        }
        return target.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The folders under content/{lang}/ (or content/, or the nearest language folder) and the page's name: the file's,
    /// without extension and language suffix; an index file takes its folder's name.
    /// </summary>
    private static (string[] Folders, string Name)? ContentPlace(string source, string language)
    {
        var segments = source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var content = segments.FindLastIndex(s => s.Equals("content", StringComparison.OrdinalIgnoreCase));
        var start = content >= 0 ? content + 1 : segments.FindLastIndex(IsLanguage);
        if (start < 0 || start >= segments.Count) return null;
        if (IsLanguage(segments[start]) && start + 1 < segments.Count) start++;
        var rest = segments[start..];
        var name = Path.GetFileNameWithoutExtension(rest[^1]);
        var suffix = Path.GetExtension(name);
        if (suffix.Length > 1 && Languages.IsSupported(suffix[1..].ToLowerInvariant())) name = Path.GetFileNameWithoutExtension(name);
        rest.RemoveAt(rest.Count - 1);
        if (name is "index" or "_index" && rest.Count > 0) (name, rest) = (rest[^1], rest[..^1]);
        return (rest.ToArray(), name);
    }

    private static bool IsLanguage(string segment) => Languages.IsSupported(segment.ToLowerInvariant());

    private static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static bool IsHex(Rune r) => r.IsAscii && char.IsAsciiHexDigit((char)r.Value);

    /// <summary>Go's path.Clean, keeping a trailing '/' (Hugo then writes {path}/index.html).</summary>
    private static string Clean(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        var clean = "/" + string.Join('/', parts);
        return path.EndsWith('/') && clean != "/" ? clean + "/" : clean;
    }
}
