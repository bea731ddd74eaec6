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
            var name = other == Languages.French ? "French" : "English";
            yield return counterparts.FirstOrDefault() is { } draft
                ? new(p.Id, p.Language, p.Slug, Id, "TranslationKey", null,
                    $"Its {name} version ({draft.Language}/{draft.Slug}) is not open to applications.",
                    "Publish the translation, or archive this posting too.")
                : new(p.Id, p.Language, p.Slug, Id, "TranslationKey", null,
                    $"This open posting has no {name} version (no {other} posting with translationKey '{p.TranslationKey}').",
                    "Create the translation from this posting in the console and publish it.");
        }
    }
}
