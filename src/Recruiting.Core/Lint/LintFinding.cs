using Recruiting.Core.Workflow;

namespace Recruiting.Core.Lint;

/// <summary>
/// One content warning: which rule (stable id), the field and, for the body, the 1-based line of the Markdown
/// body it is on; what is wrong and what to do about it.
/// </summary>
public sealed record LintFinding(string RuleId, string Field, int? Line, string Message, string Fix)
{
    public FieldIssue ToFieldIssue() =>
        new(Field, "lint." + RuleId, (Line is { } line ? $"Line {line}: " : "") + Message + " " + Fix);
}

/// <summary>A finding about one stored posting, named by its language and slug.</summary>
public sealed record LintWarning(Guid PostingId, string Language, string Slug, string RuleId, string Field, int? Line, string Message, string Fix)
{
    public static LintWarning For(Guid id, string language, string slug, LintFinding f) =>
        new(id, language, slug, f.RuleId, f.Field, f.Line, f.Message, f.Fix);
}
