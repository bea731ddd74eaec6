namespace Recruiting.Core.Lint.Rules;

/// <summary>An open posting that says neither where the job is nor that it is remote: candidates and search engines look there first.</summary>
public sealed class MissingLocationRule : ICrossPostingRule
{
    public const string Id = "missing-location";

    public IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings) =>
        postings.Where(p => p.IsOpen && !p.PublishedHasLocation)
            .Select(p => new LintWarning(p.Id, p.Language, p.Slug, Id, "Locations", null,
                "This open posting says neither where the job is nor that it is remote; search engines may not list it.",
                "Enter its location (city, region, country) or tick Remote with the applicants' country, and publish again."));
}
