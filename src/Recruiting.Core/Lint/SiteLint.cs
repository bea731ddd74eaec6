using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Lint.Rules;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Lint;

/// <summary>
/// Lints every posting that is not in the trash: the content rules on each working draft (what editors change
/// next), then the cross-posting rules on what is open to the public. One query loads everything.
/// </summary>
public sealed class SiteLint(RecruitingDb db)
{
    private static readonly ICrossPostingRule[] CrossRules = [new MissingLeverIdRule(), new SharedLeverIdRule(), new MissingTranslationRule(), new MissingLocationRule()];

    public async Task<IReadOnlyList<LintWarning>> RunAsync(CancellationToken ct = default)
    {
        var rows = await db.Postings.AsNoTracking().Where(p => p.TrashedAt == null).ToListAsync(ct);
        var postings = rows.Select(r => new LintedPosting(r.Id, r.Language, r.Slug, r.TranslationKey,
            PublicPostings.IsOpen(r), r.Published?.LeverId, r.Published?.HasLocation ?? false)).ToList();
        var contentWarnings = rows.SelectMany(r => ContentLint.Check(r.Draft).Select(f => LintWarning.For(r.Id, r.Language, r.Slug, f)));
        var crossWarnings = CrossRules.SelectMany(rule => rule.Check(postings));
        return contentWarnings.Concat(crossWarnings)
            .OrderBy(w => w.Language, StringComparer.Ordinal).ThenBy(w => w.Slug, StringComparer.Ordinal)
            .ThenBy(w => w.Line ?? 0).ThenBy(w => w.RuleId, StringComparer.Ordinal)
            .ToList();
    }
}
