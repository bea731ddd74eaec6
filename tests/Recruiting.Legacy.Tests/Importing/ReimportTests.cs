using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Importing;

public sealed class ReimportTests
{
    private const string Original = "---\ntitle: Data engineer\ndescription: Build pipelines.\ntranslationKey: data-engineer\n---\nWe build data pipelines for the teams.\n";
    private const string Changed = "---\ntitle: Data engineer (senior)\ndescription: Build pipelines.\ntranslationKey: data-engineer\n---\nWe build data pipelines for the teams.\n";

    [Fact]
    public async Task A_changed_file_becomes_a_new_revision_of_the_same_posting()
    {
        using var folder = Samples.Write(("en/data-engineer.md", Original));
        await using var harness = await ImportHarness.CreateAsync();
        var first = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);
        folder.Write("en/data-engineer.md", Changed);

        var second = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        Assert.Equal(FileOutcome.Updated, second.Files.Single().Outcome);
        Assert.Equal(first.Files.Single().PostingId, second.Files.Single().PostingId);
        await using var db = harness.NewDbContext();
        var posting = await db.Postings.SingleAsync();
        Assert.Equal("Data engineer (senior)", posting.Published!.Title);
        Assert.Equal((2, 2), (posting.Version, posting.ImportedVersion));
        var revisions = await db.Revisions.Where(r => r.PostingId == posting.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(["import", "import"], revisions.Select(r => r.Action));
        Assert.Equal("Title", revisions[1].ChangedFields);
    }

    [Fact]
    public async Task A_posting_edited_in_the_cms_since_its_import_is_a_conflict_left_alone_unless_forced()
    {
        using var folder = Samples.Write(("en/data-engineer.md", Original));
        await using var harness = await ImportHarness.CreateAsync();
        var id = (await harness.ImportAsync(folder.Path, baseFolder: folder.Path)).Files.Single().PostingId!.Value;
        await harness.WithScopeAsync(async sp =>
        {
            var workflow = sp.GetRequiredService<PostingWorkflow>();
            var posting = await sp.GetRequiredService<Core.Storage.RecruitingDb>().Postings.AsNoTracking().SingleAsync(p => p.Id == id);
            var input = new PostingInput(posting.Language, posting.Slug, posting.TranslationKey, posting.Draft with { Description = "Edited in the CMS." });
            var result = await workflow.SaveDraftAsync(id, input, posting.Version, Actor.System("editor"));
            Assert.True(result.Succeeded);
            return result;
        });
        folder.Write("en/data-engineer.md", Changed);

        var refused = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);
        Assert.Equal(FileOutcome.Conflict, refused.Files.Single().Outcome);
        Assert.Contains("--force", refused.Files.Single().Messages.Single().Action);
        await using (var db = harness.NewDbContext())
        {
            var kept = await db.Postings.SingleAsync();
            Assert.Equal(("Edited in the CMS.", "Data engineer"), (kept.Draft.Description, kept.Published!.Title));
        }

        var forced = await harness.ImportAsync(folder.Path, new ImportOptions(Force: true), folder.Path);
        Assert.Equal(FileOutcome.Updated, forced.Files.Single().Outcome);
        await using (var db = harness.NewDbContext())
        {
            var overwritten = await db.Postings.SingleAsync();
            Assert.Equal(("Build pipelines.", "Data engineer (senior)"), (overwritten.Draft.Description, overwritten.Published!.Title));
            Assert.Equal(overwritten.Version, overwritten.ImportedVersion);
        }
    }

    [Fact]
    public async Task A_missing_description_never_loses_a_published_posting()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Samples.Parser("missing-description.md"));
        Assert.Equal(FileOutcome.Created, report.Files.Single().Outcome);
        Assert.Contains(report.Files.Single().Messages, m => m.Code == "description-derived");
        await using var db = harness.NewDbContext();
        var posting = await db.Postings.SingleAsync();
        Assert.Equal(PostingStatus.Published, posting.Status);
        Assert.StartsWith("We are a small team", posting.Published!.Description);
    }

    [Fact]
    public async Task Two_files_wanting_the_same_slug_in_one_language_get_distinct_slugs()
    {
        using var folder = Samples.Write(
            ("en/a/designer.md", "---\ntitle: Designer\ndescription: One.\n---\nBody one.\n"),
            ("en/b/designer.md", "---\ntitle: Designer\ndescription: Two.\n---\nBody two.\n"),
            ("fr/designer.md", "---\ntitle: Designer\ndescription: Trois.\n---\nCorps.\n"));
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);
        Assert.Equal(["designer", "designer-2", "designer"], report.Files.Select(f => f.Slug));
        Assert.Equal(["en", "en", "fr"], report.Files.Select(f => f.Language));
    }
}
