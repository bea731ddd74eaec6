namespace Recruiting.Core.Lint.Rules;

/// <summary>
/// Two open postings that are not translations of each other but share a leverId send candidates to the same
/// Lever job (typically a re-posted or renamed job). A posting and its translation (same translationKey,
/// other language) may share one: they are the same job.
/// </summary>
public sealed class SharedLeverIdRule : ICrossPostingRule
{
    public const string Id = "shared-lever-id";

    public IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings)
    {
        var groups = postings.Where(p => p.IsOpen && !string.IsNullOrWhiteSpace(p.PublishedLeverId))
            .GroupBy(p => p.PublishedLeverId!.Trim(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var members = group.ToList();
            var oneJob = members.Select(p => p.TranslationKey).Distinct().Count() == 1
                && members.Select(p => p.Language).Distinct().Count() == members.Count;
            if (oneJob) continue;
            foreach (var p in members)
            {
                var others = string.Join(", ", members.Where(o => o.Id != p.Id).Select(o => $"{o.Language}/{o.Slug}"));
                yield return LintWarning.Of(p, Id, "LeverId", LintText.SharedLeverId, LintText.SharedLeverIdFix, group.Key, others);
            }
        }
    }
}
