using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Lint;

/// <summary>
/// What every save reports about a posting's content, and what the editor's Checks panel shows as the author types:
/// the command line's lint rules (<see cref="ContentLint"/>), a closing date already past (<see cref="ClosingDate"/>)
/// and a body that reads as the other language (<see cref="BodyLanguage"/>, by the importer's detection).
/// </summary>
public static class PostingChecks
{
    public static IEnumerable<FieldIssue> Run(PostingInput input, LintedContent linted, DateTimeOffset now)
    {
        foreach (var finding in ContentLint.Check(linted)) yield return finding.ToFieldIssue();
        if (ClosingDate.HasPassed(input.Content.ClosingAt, now)) yield return ClosingDate.PassedWarning(input.Content.ClosingAt!.Value);
        if (BodyLanguage.Mismatch(input.Language, input.Content) is { } detected) yield return BodyLanguage.Warning(detected);
    }
}
