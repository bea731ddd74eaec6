namespace Recruiting.Core.Lint.Rules;

/// <summary>An open posting that says neither where the job is nor that it is remote: candidates and search engines look there first.</summary>
public sealed class MissingLocationRule : ICrossPostingRule
{
    public const string Id = "missing-location";

    public IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings) =>
        postings.Where(p => p.IsOpen && !p.PublishedHasLocation)
            .Select(p => LintWarning.Of(p, Id, "Locations", LintText.MissingLocation, LintText.MissingLocationFix));
}
