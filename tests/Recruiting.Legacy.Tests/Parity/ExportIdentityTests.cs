using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Legacy.Export;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;
using Recruiting.Testing;
using Recruiting.Testing.Legacy.Hugo;

namespace Recruiting.Legacy.Tests.Parity;

/// <summary>
/// Export then import is the identity: the parity corpus imported, exported and imported into a fresh database gives
/// the same postings, slugs, redirects and translation keys; unchanged postings come back as their legacy files byte for
/// byte; and Hugo's build of the export serves every address Hugo's build of the corpus served, with the same page.
/// </summary>
[Collection(ParityCollection.Name)]
public sealed class ExportIdentityTests(ParityFixture corpus)
{
    [HugoTheory, Providers]
    public async Task Import_export_import_gives_the_same_postings_slugs_redirects_and_translation_keys(string provider)
    {
        await using var first = await ImportHarness.CreateAsync(provider);
        await first.ImportAsync([Path.Combine(corpus.Site.Path, "content")], baseFolder: corpus.Site.Path);
        using var export = new TempFolder();
        var exported = await first.WithScopeAsync(s => s.GetRequiredService<HugoExporter>().ExportAsync(export.Path));
        await using var second = await ImportHarness.CreateAsync(provider);
        var report = await second.ImportAsync([Path.Combine(export.Path, "content")], baseFolder: export.Path);

        var before = await SnapshotAsync(first);
        Assert.Equal(before.Count, exported);
        Assert.Equal(before.Count, report.Created);
        Assert.Equal(before, await SnapshotAsync(second));
        foreach (var source in before.Keys) // byte for byte, but for a byte-order mark, which the import does not keep
            Assert.True(File.ReadAllText(Path.Combine(corpus.Site.Path, source)) == File.ReadAllText(Path.Combine(export.Path, source)),
                $"{source} was exported with another text than the legacy file's.");
    }

    [HugoFact]
    public async Task Hugo_serves_every_address_of_the_original_build_from_the_export()
    {
        using var export = new TempFolder();
        await corpus.Harness.WithScopeAsync(s => s.GetRequiredService<HugoExporter>().ExportAsync(export.Path));

        var rebuilt = HugoSite.Build(export.Path);

        Assert.Empty(rebuilt.Refused);
        var missing = corpus.Hugo.Addresses.Where(a => rebuilt.Addresses.GetValueOrDefault(a.Key)?.Source != a.Value.Source)
            .Select(a => $"{a.Key} ({a.Value.Source}): {rebuilt.Addresses.GetValueOrDefault(a.Key)?.Source ?? "not served"}").ToList();
        Assert.True(missing.Count == 0, "Addresses the export's build serves differently:\n" + string.Join("\n", missing));
    }

    /// <summary>Each imported posting by source: what it shows and how it is found, and the old paths that lead to it.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(ImportHarness harness)
    {
        await using var db = harness.NewDbContext();
        var postings = await db.Postings.AsNoTracking().ToListAsync();
        var sources = postings.ToDictionary(p => p.Id, p => p.ImportSource!);
        var redirects = (await db.Redirects.AsNoTracking().ToListAsync()).ToLookup(r => sources[r.PostingId], r => r.Path);
        return postings.ToDictionary(p => p.ImportSource!, p =>
        {
            var c = p.Published!;
            return new JsonObject
            {
                ["language"] = p.Language, ["slug"] = p.Slug, ["translationKey"] = p.TranslationKey, ["status"] = p.Status.ToString(),
                ["title"] = c.Title, ["description"] = c.Description, ["body"] = c.BodyMarkdown, ["leverId"] = c.LeverId,
                ["aliases"] = new JsonArray(c.Aliases.Select(a => (JsonNode?)a).ToArray()), ["urls"] = new JsonArray(c.Urls.Select(u => (JsonNode?)u).ToArray()),
                ["layout"] = c.Layout, ["type"] = c.Type,
                ["extras"] = new JsonObject(c.ExtraFrontMatter.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, kv.Value))),
                ["html"] = p.PublishedHtml,
                ["redirects"] = new JsonArray(redirects[p.ImportSource!].Order(StringComparer.Ordinal).Select(r => (JsonNode?)r).ToArray()),
            }.ToJsonString();
        });
    }
}
