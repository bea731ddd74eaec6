namespace Recruiting.Core.Lint.Rules;

/// <summary>An open posting without a leverId has no Apply link: candidates cannot apply.</summary>
public sealed class MissingLeverIdRule : ICrossPostingRule
{
    public const string Id = "missing-lever-id";

    public IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings) =>
        postings.Where(p => p.IsOpen && string.IsNullOrWhiteSpace(p.PublishedLeverId))
            .Select(p => LintWarning.Of(p, Id, "LeverId", LintText.MissingLeverId, LintText.MissingLeverIdFix));
}
