using System.Text;
using System.Text.RegularExpressions;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Tests.Localization;

/// <summary>
/// The literal keys the web project's pages and code ask for, with the catalog each asks: a view's is the
/// <c>@inject IStringLocalizer&lt;…&gt; L</c> of its nearest _ViewImports, a class's the <c>IStringLocalizer&lt;…&gt;</c> it
/// takes or its [TextsFrom]. Keys are the string literals of <c>L[…]</c>'s first argument and of <c>L.In(language, …)</c>'s
/// second (both branches of a ternary), and validation attributes' <c>ErrorMessage = "…"</c>.
/// </summary>
public static partial class SourceTexts
{
    [GeneratedRegex(@"IStringLocalizer<(\w+)>\s+L\b")]
    private static partial Regex InjectedLocalizer();

    [GeneratedRegex(@"\[TextsFrom\(typeof\((\w+)\)\)\]")]
    private static partial Regex TextsFrom();

    [GeneratedRegex(@"(?<![\w.])L(\[|\.In\()")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"ErrorMessage = ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"(?<![$@\w])""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    public static List<UsedText> In(string webProject)
    {
        var catalogs = typeof(TextCatalog).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TextCatalog))).ToDictionary(t => t.Name);
        var found = new List<UsedText>();
        foreach (var file in Directory.EnumerateFiles(webProject, "*.cs*", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
            if (!file.EndsWith(".cs") && !file.EndsWith(".cshtml")) continue;
            if (Path.GetRelativePath(webProject, file).StartsWith("Localization")) continue; // the machinery, whose comments show examples
            var text = File.ReadAllText(file);
            var keys = Keys(text).ToList();
            if (keys.Count == 0) continue;
            var where = Path.GetRelativePath(webProject, file);
            var areaName = file.EndsWith(".cshtml") ? ViewArea(webProject, file)
                : InjectedLocalizer().Match(text) is { Success: true } m ? m.Groups[1].Value
                : TextsFrom().Match(text) is { Success: true } t ? t.Groups[1].Value : null;
            if (areaName is null || !catalogs.TryGetValue(areaName, out var area))
                throw new InvalidOperationException($"{where} asks for texts but names no catalog ({areaName ?? "none"}).");
            found.AddRange(keys.Select(k => new UsedText(area, k, where)));
        }
        return found;
    }

    private static string? ViewArea(string webProject, string view)
    {
        for (var dir = Path.GetDirectoryName(view); dir is not null && dir.Length >= webProject.Length; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "_ViewImports.cshtml")) && InjectedLocalizer().Match(File.ReadAllText(Path.Combine(dir, "_ViewImports.cshtml"))) is { Success: true } m)
                return m.Groups[1].Value;
        return null;
    }

    private static IEnumerable<string> Keys(string source)
    {
        foreach (Match call in LocalizerCall().Matches(source))
        {
            var args = Arguments(source, call.Index + call.Length, call.Groups[1].Value == "[" ? ']' : ')');
            var key = call.Groups[1].Value == "[" ? args.ElementAtOrDefault(0) : args.ElementAtOrDefault(1);
            if (key is null) continue;
            // Of a ternary, the branches are keys, not the condition (L[m.Severity == "error" ? "Error" : "Warning"]).
            var masked = Literal().Replace(key, m => new string('_', m.Length));
            if (masked.IndexOf('?') is var question and >= 0) key = key[question..];
            foreach (Match literal in Literal().Matches(key)) yield return Regex.Unescape(literal.Groups[1].Value);
        }
        foreach (Match m in ErrorMessage().Matches(source)) yield return Regex.Unescape(m.Groups[1].Value);
    }

    /// <summary>The top-level arguments from <paramref name="start"/> to the bracket that closes the call.</summary>
    private static List<string> Arguments(string source, int start, char close)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"')
            {
                var end = i + 1;
                while (end < source.Length && source[end] != '"') end += source[end] == '\\' ? 2 : 1;
                current.Append(source, i, Math.Min(end + 1, source.Length) - i);
                i = end;
                continue;
            }
            if (depth == 0 && c == close) break;
            if (c is '(' or '[' or '{') depth++;
            if (c is ')' or ']' or '}') depth--;
            if (depth == 0 && c == ',') { args.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        args.Add(current.ToString());
        return args;
    }
}
