using System.Text.RegularExpressions;
using Recruiting.Core.Content;

namespace Recruiting.Legacy.Import;

public sealed record LanguageDecision(string Language, string DecidedBy, ImportMessage? Warning = null);

/// <summary>
/// A file's language: the --lang option; else its path (a `name.fr.md` suffix, else the nearest `en`/`fr` folder,
/// as in Hugo's content/fr/…); else the text (<see cref="LanguageDetector"/>), English when it cannot tell.
/// </summary>
public static partial class LanguageDecider
{
    [GeneratedRegex(@"\.(en|fr)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameSuffix();

    public static LanguageDecision Decide(string path, string? option, Func<string> text)
    {
        if (Languages.IsSupported(option)) return new(option!, "option");
        if (FromPath(path) is { } fromPath) return new(fromPath, "path");
        var detected = LanguageDetector.Detect(text());
        return detected is null
            ? new(Languages.English, "default", ImportMessage.Warning("language-unknown",
                "The language could not be told from the path or the text; taken as English.",
                "Put the file under an 'en' or 'fr' folder, name it name.fr.md, or pass --lang."))
            : new(detected, "text");
    }

    public static string? FromPath(string path)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return null;
        var match = NameSuffix().Match(Path.GetFileNameWithoutExtension(segments[^1]));
        if (match.Success) return match.Groups[1].Value.ToLowerInvariant();
        for (var i = segments.Length - 2; i >= 0; i--)
            if (Languages.IsSupported(segments[i].ToLowerInvariant())) return segments[i].ToLowerInvariant();
        return null;
    }
}
