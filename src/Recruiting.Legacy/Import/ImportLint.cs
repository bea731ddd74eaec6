using Recruiting.Core.Lint;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>
/// The content lint the save pipeline ran on an imported file (<see cref="PreparedImport.Lint"/>), with body lines
/// turned into lines of the file. The pipeline's own lint warnings are left out of the report in favour of these.
/// </summary>
internal static class ImportLint
{
    public static IEnumerable<ImportMessage> Messages(IEnumerable<LintFinding> findings, int bodyLine) =>
        findings.Select(f => new ImportMessage("warning", "lint." + f.RuleId, f.Message,
            FieldName(f.Field), f.Line is { } line && f.Field == "BodyMarkdown" ? bodyLine + line - 1 : null, null, f.Fix) { Lint = f });

    public static bool IsLint(FieldIssue issue) => issue.Code.StartsWith("lint.", StringComparison.Ordinal);

    private static string FieldName(string field) => field switch
    {
        "BodyMarkdown" => "body",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
