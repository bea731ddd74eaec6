using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Recruiting.Testing.Legacy.Hugo;

/// <summary>A page as Hugo built it: what our dump layout wrote (title, description, params, addresses) and its body HTML.</summary>
public sealed record HugoPage(string Lang, string File, string Title, string Description, JsonObject Params, string Permalink,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> Translations, string BodyHtml)
{
    /// <summary>The file's path relative to the site folder, as the importer names it: content/{lang}/….</summary>
    public string Source => $"content/{Lang}/{File}";
}

/// <summary>
/// What a real Hugo build of a site folder gave: the pages it built, the files it refused (Hugo stops at the first bad
/// file, so each refused file is set aside and the site built again) and every address it served, with the page
/// each address shows or redirects to.
/// </summary>
public sealed record HugoBuild(IReadOnlyList<HugoPage> Pages, IReadOnlyDictionary<string, string> Refused,
    IReadOnlyDictionary<string, HugoPage> Addresses);

/// <summary>
/// A minimal multilingual Hugo site (en, fr; content/{lang}/…, the legacy layout) built with Debian's `hugo`, whose
/// single-page layout dumps .Title, .Description, .Params, .RelPermalink, .Aliases and .Translations as JSON.
/// </summary>
public static partial class HugoSite
{
    public const string Executable = "hugo";

    private const string Config = """
        baseURL: "http://example.org/"
        defaultContentLanguage: en
        defaultContentLanguageInSubdir: true
        disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, "404"]
        languages:
          en:
            contentDir: content/en
            weight: 1
          fr:
            contentDir: content/fr
            weight: 2
        """;

    private const string Single = """
        <script id="page">{{ dict "title" .Title "description" .Description "params" .Params "permalink" .RelPermalink "aliases" .Aliases "lang" .Lang "file" .File.Path "translations" (apply .Translations "partial" "rel.html" ".") | jsonify }}</script>
        <main>{{ .Content }}</main>
        """;

    [GeneratedRegex("""<script id="page">(.*?)</script>\s*<main>(.*)</main>""", RegexOptions.Singleline)]
    private static partial Regex Dump();

    [GeneratedRegex("""<meta http-equiv="refresh" content="0; url=http://example\.org([^"]*)">""")]
    private static partial Regex Refresh();

    [GeneratedRegex("^Error: Error building site: \"([^\"]+?)(:\\d+:\\d+)?\": (.*)$", RegexOptions.Multiline)]
    private static partial Regex FileError();

    /// <summary>Writes the configuration and layouts into <paramref name="site"/> (which holds content/) and builds it.</summary>
    public static HugoBuild Build(string site)
    {
        File.WriteAllText(Path.Combine(site, "config.yaml"), Config);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        Directory.CreateDirectory(Path.Combine(site, "layouts", "partials"));
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), Single);
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"), "");
        File.WriteAllText(Path.Combine(site, "layouts", "partials", "rel.html"), "{{ .RelPermalink }}");

        var refused = new Dictionary<string, string>();
        var setAside = Path.Combine(site, "refused");
        while (true)
        {
            var (code, output) = Run(site);
            if (code == 0) break;
            var match = FileError().Match(output);
            Assert.True(match.Success, $"hugo failed without naming a file:\n{output}");
            var file = match.Groups[1].Value;
            var relative = Path.GetRelativePath(site, file).Replace('\\', '/');
            Assert.True(File.Exists(file) && relative.StartsWith("content/"), $"hugo failed on {file}:\n{output}");
            refused[relative] = match.Groups[3].Value;
            var target = Path.Combine(setAside, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target);
        }
        foreach (var (relative, _) in refused) File.Move(Path.Combine(setAside, relative), Path.Combine(site, relative));
        return Read(Path.Combine(site, "public"), refused);
    }

    private static (int Code, string Output) Run(string site)
    {
        var start = new ProcessStartInfo(Executable, ["--quiet", "--cleanDestinationDir", "--source", site])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    private static HugoBuild Read(string output, IReadOnlyDictionary<string, string> refused)
    {
        var pages = new Dictionary<string, HugoPage>();
        var redirects = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var address = "/" + Path.GetRelativePath(output, file).Replace('\\', '/');
            if (address.EndsWith("/index.html")) address = address[..^"index.html".Length];
            if (Dump().Match(html) is { Success: true } dump)
                pages[address] = ToPage(JsonNode.Parse(JsonNode.Parse(dump.Groups[1].Value)!.GetValue<string>())!.AsObject(), dump.Groups[2].Value);
            else if (Refresh().Match(html) is { Success: true } refresh)
                redirects[address] = refresh.Groups[1].Value;
        }
        var addresses = new Dictionary<string, HugoPage>(pages);
        foreach (var (address, target) in redirects)
            if (pages.TryGetValue(target, out var page)) addresses[address] = page;
        return new HugoBuild(pages.Values.ToList(), refused, addresses);
    }

    // html/template writes the JSON inside <script> as a JavaScript string, hence the double parse above.
    private static HugoPage ToPage(JsonObject o, string body) => new(
        (string)o["lang"]!, (string)o["file"]!, (string)o["title"]!, (string)o["description"]!, o["params"]!.AsObject(),
        (string)o["permalink"]!, Strings(o["aliases"]), Strings(o["translations"]), body);

    private static List<string> Strings(JsonNode? node) => node is JsonArray a ? a.Select(n => (string)n!).ToList() : [];
}
