namespace Recruiting.Core.Lint.Rules;

/// <summary>An open posting without a leverId has no Apply link: candidates cannot apply.</summary>
public sealed class MissingLeverIdRule : ICrossPostingRule
{
    public const string Id = "missing-lever-id";

    public IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings) =>
        postings.Where(p => p.IsOpen && string.IsNullOrWhiteSpace(p.PublishedLeverId))
            .Select(p => new LintWarning(p.Id, p.Language, p.Slug, Id, "LeverId", null,
                "This open posting has no leverId, so its page shows no Apply link.",
                "Enter the posting's Lever id (a GUID from its Lever URL) and publish again, or archive the posting."));
}
