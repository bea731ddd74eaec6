using System.Text.RegularExpressions;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Lint.Rules;

/// <summary>
/// Lever names a posting with a GUID (e.g. 7733ffc7-8df0-4ff2-bef3-f4e97b52e5de) and the Apply link is built from the
/// leverId, so anything else (a number, a name, a cut id) sends applicants to a Lever page that does not exist.
/// A leverId over its length limit is the validator's error, not repeated here.
/// </summary>
public sealed partial class LeverIdFormatRule : IContentRule
{
    public const string Id = "leverid-format";

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex LeverGuid();

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        var leverId = content.Content.LeverId;
        if (!string.IsNullOrWhiteSpace(leverId) && leverId.Length <= PostingLimits.LeverId && !LeverGuid().IsMatch(leverId))
            yield return LintFinding.Of(Id, "LeverId", null, LintText.LeverIdFormat, LintText.LeverIdFormatFix, leverId);
    }
}
