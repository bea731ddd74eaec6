namespace Recruiting.Core.Lint;

/// <summary>A check that needs nothing but one posting's content.</summary>
public interface IContentRule
{
    IEnumerable<LintFinding> Check(LintedContent content);
}

/// <summary>A check across the stored postings (translations, shared identifiers).</summary>
public interface ICrossPostingRule
{
    IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings);
}

/// <summary>What the cross-posting rules know of a stored, not trashed posting.</summary>
public sealed record LintedPosting(Guid Id, string Language, string Slug, string TranslationKey, bool IsOpen, string? PublishedLeverId,
    bool PublishedHasLocation = true);
