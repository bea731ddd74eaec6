using Markdig.Syntax;

namespace Recruiting.Core.Lint.Rules;

/// <summary>
/// Headings must go down one level at a time under the posting title (the page's h1): screen-reader users
/// navigate by level, and a skipped level reads as missing content. A body `#` is shown as level 2.
/// </summary>
public sealed class HeadingLevelRule : IContentRule
{
    public const string Id = "heading-level";

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        var previous = 1;
        foreach (var heading in content.Document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                yield return LintFinding.Of(Id, "BodyMarkdown", line, LintText.HeadingLevelOne, LintText.HeadingLevelOneFix);
                previous = 2;
                continue;
            }
            if (heading.Level > previous + 1)
                yield return LintFinding.Of(Id, "BodyMarkdown", line, LintText.HeadingSkipped, LintText.HeadingSkippedFix,
                    $"{heading.Level}", $"{previous}", $"{previous + 1}", new string('#', previous + 1));
            previous = heading.Level;
        }
    }
}
