using Recruiting.Core.Content;
using Recruiting.Core.Lint;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>
/// The content lint on an imported file, in dry runs too, with body lines turned into lines of the file.
/// The save pipeline reports the same findings; the importer keeps these file-positioned ones instead.
/// </summary>
internal static class ImportLint
{
    public static IEnumerable<ImportMessage> Check(PostingContent content, int bodyLine) =>
        ContentLint.Check(content).Select(f => new ImportMessage("warning", "lint." + f.RuleId, f.Message,
            FieldName(f.Field), f.Line is { } line && f.Field == "BodyMarkdown" ? bodyLine + line - 1 : null, null, f.Fix));

    public static bool IsLint(FieldIssue issue) => issue.Code.StartsWith("lint.", StringComparison.Ordinal);

    private static string FieldName(string field) => field switch
    {
        "BodyMarkdown" => "body",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
