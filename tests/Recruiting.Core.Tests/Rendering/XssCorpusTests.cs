using Recruiting.Core.Rendering;

namespace Recruiting.Core.Tests.Rendering;

public sealed class XssCorpusTests
{
    private static readonly SafeHtmlSanitizer Sanitizer = new();
    private static readonly BodyRenderer Renderer = new();

    private static List<string> LoadVectors() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Rendering", "xss-vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n"))
            .ToList();

    public static TheoryData<string> Vectors() => new(LoadVectors());

    [Fact]
    public void The_corpus_is_loaded_and_would_be_caught_unsanitized()
    {
        var vectors = LoadVectors();
        Assert.True(vectors.Count >= 60, $"only {vectors.Count} vectors");
        var htmlVectors = vectors.Where(v => v.StartsWith('<')).ToList();
        var caughtRaw = htmlVectors.Count(v => ExecutableMarkup.Find(v).Count > 0);
        Assert.True(caughtRaw >= htmlVectors.Count * 3 / 4, $"the checker sees only {caughtRaw} of {htmlVectors.Count} raw vectors");
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Sanitized_html_has_no_executable_markup(string vector)
    {
        var result = Sanitizer.Sanitize(vector);
        Assert.Empty(ExecutableMarkup.Find(result.Html));
    }

    [Theory, MemberData(nameof(Vectors))]
    public void A_markdown_body_renders_without_executable_markup(string vector)
    {
        Assert.Empty(ExecutableMarkup.Find(Renderer.Render(vector)));
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Sanitizing_twice_changes_nothing(string vector)
    {
        var once = Sanitizer.Sanitize(vector).Html;
        Assert.Equal(once, Sanitizer.Sanitize(once).Html);
    }
}
