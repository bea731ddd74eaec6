namespace Recruiting.Core.Lint.Rules;

/// <summary>
/// The description is the meta description search engines show under the title; they cut it at roughly
/// 155–160 characters (about 920 pixels on desktop), so longer text ends in "…" mid-sentence.
/// </summary>
public sealed class DescriptionLengthRule : IContentRule
{
    public const string Id = "description-length";
    public const int MaxLength = 160;

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        var length = content.Content.Description.Trim().Length;
        if (length > MaxLength)
            yield return LintFinding.Of(Id, "Description", null, LintText.DescriptionTooLong, LintText.DescriptionTooLongFix, $"{length}", $"{MaxLength}");
    }
}
