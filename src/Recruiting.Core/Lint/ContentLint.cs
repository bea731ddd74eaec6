using Recruiting.Core.Content;
using Recruiting.Core.Lint.Rules;

namespace Recruiting.Core.Lint;

/// <summary>
/// The per-posting content checks, on content alone (no database): the save pipeline, the importer's dry run
/// and <see cref="SiteLint"/> call <see cref="Check"/>. Body line numbers count from the body's first line.
/// </summary>
public static class ContentLint
{
    private static readonly IContentRule[] Rules =
    [
        new MalformedLinkRule(), new HeadingLevelRule(), new DescriptionLengthRule(), new RemovedHtmlRule(), new HttpLinkRule(), new LeverIdFormatRule(), new LinkSchemeRule(),
    ];

    public static IReadOnlyList<LintFinding> Check(PostingContent content) => Check(new LintedContent(content));

    public static IReadOnlyList<LintFinding> Check(LintedContent linted) =>
        Rules.SelectMany(rule => rule.Check(linted)).OrderBy(f => f.Line ?? 0).ToList();
}
