using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Legacy.Import;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Hosting;
using Recruiting.Web.Localization;
using Recruiting.Web.Pages.Admin.Postings;

namespace Recruiting.Web.Tests.Localization;

public sealed class CatalogCheckTests
{
    private sealed class PlantedTexts : TextCatalog
    {
        public override Translations French { get; } = new()
        {
            ["Created"] = "Créé",
            ["Save"] = "Enregistrer",
            ["Created"] = "Création",
            ["Name"] = "",
            ["Status: {0}"] = "Statut : {0}",
            ["{0} of {1}"] = "{0} sur",
        };
    }

    private sealed class OtherArea : TextCatalog
    {
        public override Translations French { get; } = new() { ["Created"] = "Créé le" };
    }

    [Fact]
    public void The_check_catches_a_planted_collision_a_missing_translation_bad_typography_and_an_unknown_key()
    {
        var problems = CatalogCheck.Problems([new PlantedTexts(), new OtherArea()],
            [new UsedText(typeof(PlantedTexts), "Save", "Planted.cshtml"), new UsedText(typeof(PlantedTexts), "Delete", "Planted.cshtml")]);

        Assert.Contains(problems, p => p.StartsWith("PlantedTexts: \"Created\" has two different translations") && p.Contains("\"Créé\"") && p.Contains("\"Création\""));
        Assert.Contains("PlantedTexts: \"Name\" has no French", problems);
        Assert.Contains(problems, p => p.StartsWith("PlantedTexts: \"Status: {0}\": the French needs a no-break space"));
        Assert.Contains(problems, p => p.StartsWith("PlantedTexts: \"{0} of {1}\": the French does not have the placeholders 0 1"));
        Assert.Contains("Planted.cshtml: \"Delete\" is missing from PlantedTexts", problems);
        // The same English in another area is another key: "Créé le" there is no collision.
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void The_same_key_twice_with_the_same_translation_is_no_collision()
    {
        var catalog = new Translations { ["Save"] = "Enregistrer", ["Save"] = "Enregistrer" };
        Assert.Equal(2, catalog.Written.Count);
        Assert.Empty(CatalogCheck.Problems([new SameTwice(catalog)], []));
    }

    private sealed class SameTwice(Translations french) : TextCatalog
    {
        public override Translations French => french;
    }

    [Fact]
    public void Every_catalog_is_consistent_and_has_every_text_the_code_asks_for()
    {
        var catalogs = typeof(TextCatalog).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TextCatalog)) && !t.IsAbstract)
            .Select(t => (TextCatalog)Activator.CreateInstance(t)!).ToList();
        var web = Path.Combine(AppRoot.Locate().Path, "src", "Recruiting.Web");
        var used = SourceTexts.In(web);
        // About 400 literal keys: the posting editor's labels and hints now come from the page type's declaration (checked below).
        Assert.True(used.Count > 380, $"Only {used.Count} texts found in the sources: are the patterns still right?");
        Assert.True(catalogs.Count >= 5, $"Only {catalogs.Count} catalogs found.");

        var postings = typeof(PostingsAdminTexts);
        var computed = ComputedTexts.Postings
            .Select(key => new UsedText(postings, key, "computed (postings)"))
            .Concat(AdminNavigation.Items.Select(item => new UsedText(typeof(AdminTexts), item.Label, "AdminNavigation")))
            .Concat(Roles.All.Select(role => new UsedText(typeof(AdminTexts), role, "Roles")))
            .Concat(ComputedTexts.Audit.Select(key => new UsedText(typeof(AuditTexts), key, "audit log")));

        var problems = CatalogCheck.Problems(catalogs, used.Concat(computed));
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems));
    }

    /// <summary>The page types' labels and hints are bilingual in their declaration: each needs its French, with French typography.</summary>
    [Fact]
    public void Every_declared_label_and_hint_has_french_with_french_typography()
    {
        var texts = new Translations();
        foreach (var type in new[] { PageTypes.JobPosting, PageTypes.CareersIndex })
            foreach (var text in type.Fields.SelectMany(f => new[] { f.Label, f.Hint }).Append(type.Name).OfType<Bilingual>())
                texts[text.English] = text.French;
        Assert.True(texts.Written.Count > 20, $"Only {texts.Written.Count} declared texts.");
        var problems = CatalogCheck.Problems([new Declared(texts)], []);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private sealed class Declared(Translations french) : TextCatalog
    {
        public override Translations French => french;
    }
}
