using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Recruiting.Legacy.Export;
using Recruiting.Legacy.Hugo;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Export;

/// <summary>Import legacy files into a real database, export them, and read both back: same front-matter values, same body.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> ParserSamples() =>
        new(Directory.EnumerateFiles(Path.Combine(Samples.Folder, "parser")).Select(Path.GetFileName)
            .Where(n => HugoParser.Parse(Samples.ParserText(n!)).Document is not null).Order()!);

    [Fact]
    public async Task The_repository_import_folder_exports_to_the_same_values_and_bodies()
    {
        var sources = Directory.GetFiles(Samples.RepositoryImportFolder);
        Assert.NotEmpty(sources);
        await AssertRoundTripAsync(sources, Samples.RepositoryImportFolder);
    }

    [Theory]
    [MemberData(nameof(ParserSamples))]
    public async Task A_difficult_sample_exports_to_the_same_values_and_body(string sample)
    {
        await AssertRoundTripAsync([Samples.Parser(sample)], Samples.Folder);
    }

    private static async Task AssertRoundTripAsync(IReadOnlyList<string> files, string baseFolder)
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(files, baseFolder: baseFolder);
        Assert.Equal(files.Count, report.Created);
        await using var db = harness.NewDbContext();
        foreach (var posting in await db.Postings.ToListAsync())
        {
            var original = HugoParser.Parse(File.ReadAllText(Path.Combine(baseFolder, posting.ImportSource!))).Document!;
            var exported = HugoParser.Parse(HugoExporter.ToHugo(posting));
            Assert.True(exported.Document is not null, $"{posting.ImportSource}: export does not parse: {exported.Error}");
            Assert.Equal(original.Body, exported.Document!.Body);
            var before = original.FrontMatter.ToDictionary(kv => kv.Key, kv => kv.Value);
            var after = exported.Document.FrontMatter.ToDictionary(kv => kv.Key, kv => kv.Value);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            foreach (var (key, value) in before)
                Assert.True(JsonNode.DeepEquals(value, after[key]),
                    $"{posting.ImportSource}: '{key}' was {LegacyJson.Text(value)}, exported as {LegacyJson.Text(after[key])}");
        }
    }
}
