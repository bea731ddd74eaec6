using Recruiting.Core.Content;

namespace Recruiting.Core.Lint.Rules;

/// <summary>An open posting whose other-language version (same translationKey) is missing or not open.</summary>
public sealed class MissingTranslationRule : ICrossPostingRule
{
    public const string Id = "missing-translation";

    public IEnumerable<LintWarning> Check(IReadOnlyList<LintedPosting> postings)
    {
        var byKey = postings.ToLookup(p => (p.TranslationKey, p.Language));
        foreach (var p in postings.Where(p => p.IsOpen))
        {
            var other = Languages.Other(p.Language);
            var counterparts = byKey[(p.TranslationKey, other)].ToList();
            if (counterparts.Any(c => c.IsOpen)) continue;
            var french = other == Languages.French;
            yield return counterparts.FirstOrDefault() is { } draft
                ? LintWarning.Of(p, Id, "TranslationKey", french ? LintText.FrenchNotOpen : LintText.EnglishNotOpen, LintText.TranslationNotOpenFix,
                    $"{draft.Language}/{draft.Slug}")
                : LintWarning.Of(p, Id, "TranslationKey", french ? LintText.NoFrench : LintText.NoEnglish, LintText.NoTranslationFix, p.TranslationKey);
        }
    }
}
