using Recruiting.Core.Lint;
using Recruiting.Core.Lint.Rules;

namespace Recruiting.Core.Tests.Lint;

public sealed class CrossPostingRuleTests
{
    private const string LeverA = "6a1b1c2d-0000-4000-8000-000000000001";
    private const string LeverB = "6a1b1c2d-0000-4000-8000-000000000002";

    private static LintedPosting P(string lang, string slug, string key, bool open = true, string? lever = LeverA, bool located = true) =>
        new(Guid.NewGuid(), lang, slug, key, open, lever, located);

    [Fact]
    public void Open_postings_that_say_no_location_are_reported_closed_ones_are_not()
    {
        var warnings = new MissingLocationRule().Check([P("en", "a", "a", located: false), P("en", "b", "b"), P("en", "c", "c", open: false, located: false)]).ToList();
        Assert.Equal(["a"], warnings.Select(w => w.Slug));
        Assert.Equal("Locations", warnings[0].Field);
    }

    [Fact]
    public void Open_postings_without_a_lever_id_are_reported_closed_ones_are_not()
    {
        var warnings = new MissingLeverIdRule().Check([P("en", "a", "a", lever: null), P("en", "b", "b", lever: " "), P("en", "c", "c", open: false, lever: null), P("en", "d", "d")]).ToList();
        Assert.Equal(["a", "b"], warnings.Select(w => w.Slug));
    }

    [Fact]
    public void A_lever_id_shared_by_two_jobs_is_reported_on_both_but_translations_may_share_one()
    {
        var rule = new SharedLeverIdRule();
        Assert.Empty(rule.Check([P("en", "dev", "dev"), P("fr", "dev-fr", "dev")]));
        Assert.Empty(rule.Check([P("en", "dev", "dev"), P("en", "dev-old", "dev-old", open: false)]));
        var warnings = rule.Check([P("en", "dev", "dev"), P("en", "dev-2", "dev-2", lever: LeverA.ToUpperInvariant()), P("en", "ops", "ops", lever: LeverB)]).ToList();
        Assert.Equal(["dev", "dev-2"], warnings.Select(w => w.Slug).Order());
        Assert.Contains("en/dev-2", warnings.Single(w => w.Slug == "dev").Message);
    }

    [Fact]
    public void Two_same_language_postings_with_one_translation_key_and_lever_id_are_reported()
    {
        Assert.Equal(2, new SharedLeverIdRule().Check([P("en", "dev", "dev"), P("en", "dev-again", "dev")]).Count());
    }

    [Fact]
    public void An_open_posting_without_an_open_translation_is_reported()
    {
        var warnings = new MissingTranslationRule().Check(
        [
            P("en", "paired", "paired"), P("fr", "apparie", "paired"),
            P("en", "alone", "alone"),
            P("en", "draft-fr", "draft-fr"), P("fr", "brouillon", "draft-fr", open: false),
            P("fr", "seul", "seul"),
        ]).ToList();
        Assert.Equal(["alone", "draft-fr", "seul"], warnings.Select(w => w.Slug).Order());
        Assert.Contains("no French version", warnings.Single(w => w.Slug == "alone").Message);
        Assert.Contains("fr/brouillon", warnings.Single(w => w.Slug == "draft-fr").Message);
        Assert.Contains("no English version", warnings.Single(w => w.Slug == "seul").Message);
    }
}
