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
                yield return new(Id, "BodyMarkdown", line,
                    "A level-1 heading in the body: the posting title is the page's only level-1 heading, so this one is shown as level 2.",
                    "Use ## instead of #.");
                previous = 2;
                continue;
            }
            if (heading.Level > previous + 1)
                yield return new(Id, "BodyMarkdown", line,
                    $"This level-{heading.Level} heading follows level {previous}: level {previous + 1} is skipped.",
                    $"Use {new string('#', previous + 1)} here, or add the missing level-{previous + 1} heading above it.");
            previous = heading.Level;
        }
    }
}
