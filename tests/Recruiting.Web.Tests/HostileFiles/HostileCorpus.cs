using System.Text;

namespace Recruiting.Web.Tests.HostileFiles;

/// <summary>What a case must come to: imported, rejected with a message of a given code, or either (fuzzed files).</summary>
public enum Expect { Imported, Rejected, Either }

/// <summary>One file of the corpus: its path under the corpus folder, its bytes, and what the importer must make of it.</summary>
public sealed record HostileCase(string Path, byte[] Bytes, Expect Expect, string? Code = null)
{
    public override string ToString() => Path;
}

/// <summary>
/// A generated corpus of malicious and malformed legacy files, the same on every run (seeded): the reproductions of
/// issue 10 (self-referencing and fanned-out YAML aliases, deep nesting in YAML, Markdown and HTML, control
/// characters, over-long fields, Latin-1, empty files) and their families (truncations, byte flips, byte-order marks,
/// NUL bytes, CR-only lines, TOML and JSON front matter, enormous bodies), beside good files that must still import.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The cases that cost the most to read, for measuring the CLI's peak memory one by one.</summary>
    public static readonly IReadOnlyList<string> Heaviest = ["en/billion-laughs.md", "en/body-too-long.md", "en/html-divs-39000.md"];

    public static IReadOnlyList<HostileCase> Generate()
    {
        var cases = new List<HostileCase>();
        void Add(string name, string text, Expect expect, string? code = null) => cases.Add(new("en/" + name, Utf8(text), expect, code));
        void AddBytes(string name, byte[] bytes, Expect expect, string? code = null) => cases.Add(new("en/" + name, bytes, expect, code));

        // Good files, which must import whatever their neighbours hold.
        Add("good-plain.md", Good("Platform engineer", "Build the platform."), Expect.Imported);
        Add("good-crlf.md", Good("Data analyst", "Read the data.").Replace("\n", "\r\n"), Expect.Imported);
        Add("good-cr-only.md", Good("Designer", "Draw the screens.").Replace("\n", "\r"), Expect.Imported);
        AddBytes("good-utf8-bom.md", [0xEF, 0xBB, 0xBF, .. Utf8(Good("Tester", "Test the product."))], Expect.Imported);
        AddBytes("good-utf16le-bom.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Good("Writer", "Write the docs."))], Expect.Imported);
        AddBytes("good-utf16be-bom.md", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Good("Editor", "Edit the docs."))], Expect.Imported);
        AddBytes("good-latin1.md", Encoding.Latin1.GetBytes(Good("Développeuse", "Écrire du code à Montréal.")), Expect.Imported);
        Add("good-anchors.md", Good("Recruiter", "Hire people.", "base: &b {team: hr}\nother: *b\n"), Expect.Imported);
        Add("good-tables.md", Good("Analyst", "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n- one\n  - two\n"), Expect.Imported);

        // YAML: aliases, nesting, size (issue 10, items 1 to 3).
        Add("alias-self.md", "---\nx: &x [*x]\ntitle: Loop\n---\nBody.\n", Expect.Rejected, "front-matter");
        Add("alias-self-map.md", "---\ntitle: Loop\nx: &x {a: *x}\n---\nBody.\n", Expect.Rejected, "front-matter");
        Add("alias-undefined.md", "---\ntitle: Dangling\nx: *nowhere\n---\nBody.\n", Expect.Rejected, "front-matter");
        Add("billion-laughs.md", BillionLaughs(9), Expect.Rejected, "front-matter");
        Add("yaml-flow-64-deep.md", Good("Deep", "Body.", "x: " + new string('[', 64) + new string(']', 64) + "\n"), Expect.Rejected, "front-matter");
        Add("yaml-flow-30000-deep.md", Good("Deeper", "Body.", "x: " + new string('[', 30000) + new string(']', 30000) + "\n"), Expect.Rejected, "front-matter");
        Add("yaml-block-40-deep.md", Good("Block", "Body.", string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "k:\n")) + new string(' ', 80) + "v: 1\n"), Expect.Rejected, "front-matter");
        Add("yaml-front-matter-70k.md", Good("Huge", "Body.", "note: '" + new string('x', 70_000) + "'\n"), Expect.Rejected, "front-matter");
        Add("yaml-syntax-error.md", "---\ntitle: [unclosed\n---\nBody.\n", Expect.Rejected, "front-matter");

        // Markdown and HTML nesting (item 3), and enormous bodies.
        Add("markdown-quotes-200.md", Good("Quotes", new string('>', 200) + " deep"), Expect.Rejected, "body-too-nested");
        Add("markdown-lists-100.md", Good("Lists", string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- item\n"))), Expect.Rejected, "body-too-nested");
        Add("html-divs-39000.md", Good("Divs", string.Concat(Enumerable.Repeat("<div>", 39_000))), Expect.Rejected, "body-html-too-nested");
        Add("html-open-bold-5000.md", Good("Bold", string.Concat(Enumerable.Range(0, 5000).Select(i => $"<b title=\"{i}\">")) + "\n\n" + string.Concat(Enumerable.Repeat("</p><p>x", 5000))), Expect.Rejected, "body-html-open-formatting");
        Add("body-too-long.md", Good("Long", new string('a', 200_001)), Expect.Rejected, "too-long");
        Add("body-at-limit.md", Good("At the limit", new string('a', 199_000)), Expect.Imported);
        AddBytes("file-over-2mb.md", Utf8(Good("Huge file", new string('b', 2 * 1024 * 1024 + 10))), Expect.Rejected, "file-too-large");
        Add("emphasis-5000.md", Good("Emphasis", new string('*', 5000) + "x" + new string('*', 5000)), Expect.Rejected, "body-too-nested");
        Add("emphasis-90.md", Good("Emphasis", new string('*', 90) + "x" + new string('*', 90)), Expect.Imported);
        Add("links-5000.md", Good("Links", string.Concat(Enumerable.Repeat("[", 5000)) + "x" + string.Concat(Enumerable.Repeat("](/u)", 5000))), Expect.Either);

        // Characters XML cannot carry (item 6) and NUL bytes.
        Add("title-u0001.md", Good("A\u0001B", "Body."), Expect.Rejected, "invalid-character");
        Add("title-u000b.md", Good("Vertical\u000Btab", "Body."), Expect.Rejected, "invalid-character");
        Add("title-ufffe.md", Good("\uFFFE", "Body."), Expect.Rejected, "invalid-character");
        Add("title-escaped-surrogate.md", "---\ntitle: \"Half \\uD800 a pair\"\ndescription: d\n---\nBody.\n", Expect.Rejected, "front-matter"); // YamlDotNet refuses it
        Add("body-nul.md", Good("Nul", "Before\0after."), Expect.Rejected, "invalid-character");
        Add("body-form-feed.md", Good("Feed", "Page one.\fPage two."), Expect.Rejected, "invalid-character");
        Add("front-matter-nul.md", "---\ntitle: Nul\0here\ndescription: d\n---\nBody.\n", Expect.Rejected, "front-matter");
        AddBytes("utf16-no-bom.md", Encoding.Unicode.GetBytes(Good("Wide", "Body.")), Expect.Rejected, "front-matter");
        AddBytes("utf16-bad-surrogate.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("---\ntitle: x"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\n---\n")], Expect.Rejected, "bad-encoding");

        // Field lengths (item 11): the same answer on SQLite and PostgreSQL.
        Add("leverid-101.md", Good("Lever", "Body.", "leverId: " + new string('a', 101) + "\n"), Expect.Rejected, "too-long");
        Add("alias-501.md", Good("Alias", "Body.", "aliases: [/" + new string('a', 501) + "]\n"), Expect.Rejected, "alias-too-long");
        Add("title-501.md", Good(new string('t', 501), "Body."), Expect.Rejected, "too-long");
        Add("translation-key-201.md", Good("Key", "Body.", "translationKey: " + new string('k', 201) + "\n"), Expect.Rejected, "too-long");
        Add("url-520.md", Good("Url", "Body.", "url: /en/careers/" + new string('s', 520) + "/\n"), Expect.Rejected, "too-long");

        // Structure: empty files, delimiters, other front-matter formats.
        Add("empty.md", "", Expect.Rejected, "front-matter");
        Add("only-delimiters.md", "---\n---\n", Expect.Rejected, "front-matter");
        Add("only-delimiters-crlf.md", "---\r\n---\r\n", Expect.Rejected, "front-matter");
        AddBytes("only-bom.md", [0xEF, 0xBB, 0xBF], Expect.Rejected, "front-matter");
        AddBytes("double-bom.md", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(Good("Twice", "Body."))], Expect.Imported); // one mark read, one ignored
        Add("never-closed.md", "---\ntitle: Open\ndescription: d\nBody without end.\n", Expect.Rejected, "front-matter");
        Add("no-front-matter.md", "Just a body.\n", Expect.Rejected, "front-matter");
        Add("toml.md", "+++\ntitle = \"Toml\"\n+++\nBody.\n", Expect.Rejected, "front-matter");
        Add("json.md", "{\n  \"title\": \"Json\"\n}\nBody.\n", Expect.Rejected, "front-matter");
        Add("front-matter-list.md", "---\n- a\n- b\n---\nBody.\n", Expect.Rejected, "front-matter");
        AddBytes("random-binary.md", Random(1).GetBytes(4096), Expect.Rejected);

        // Families: truncations and byte flips of a good file, which must import or be rejected, never crash.
        var good = Utf8(Good("Support engineer", "## Role\n\nHelp customers.\n\n- one\n- two\n", "aliases: [/old/support/]\nleverId: 1a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f\n"));
        foreach (var cut in new[] { 1, 3, 4, 10, 30, 60, 90, 120, 150, good.Length - 20, good.Length - 1 })
            AddBytes($"truncated-at-{cut}.md", good[..Math.Min(cut, good.Length)], Expect.Either);
        var random = Random(10);
        for (var i = 0; i < 24; i++)
        {
            var flipped = (byte[])good.Clone();
            for (var n = 0; n <= i % 3; n++) flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
            AddBytes($"flipped-{i:00}.md", flipped, Expect.Either);
        }
        return cases;
    }

    /// <summary>Writes the corpus under <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder, IEnumerable<HostileCase> cases)
    {
        foreach (var c in cases)
        {
            var path = System.IO.Path.Combine(folder, c.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, c.Bytes);
        }
    }

    /// <summary>A valid posting; characters YAML cannot hold raw in the title are written as double-quoted escapes.</summary>
    private static string Good(string title, string body, string extra = "")
    {
        var quoted = title.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u0001", "\\x01").Replace("\u000B", "\\v").Replace("\uFFFE", "\\uFFFE");
        return $"---\ntitle: \"{quoted}\"\ndescription: A role on our team.\n{extra}---\n{body}\n";
    }

    /// <summary>Nine levels of ten aliases each: 10⁹ values once expanded, in about 400 bytes.</summary>
    private static string BillionLaughs(int levels)
    {
        var yaml = new StringBuilder("---\ntitle: Laughs\ndescription: d\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= levels; i++)
            yaml.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        return yaml.Append("---\nBody.\n").ToString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static System.Random Random(int seed) => new(seed);

    private static byte[] GetBytes(this System.Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
