using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;
using Recruiting.Testing;

namespace Recruiting.Legacy.Tests.Importing;

/// <summary>The sample archive (Samples/archive) holds one file per difficult case of the real legacy archive.</summary>
public sealed class ArchiveImportTests
{
    private static FileReport File(ImportReport report, string name) => report.Files.Single(f => f.Path.EndsWith("/" + name));

    [Theory, Providers]
    public async Task Importing_the_archive_publishes_every_valid_file_and_reports_the_rest(string provider)
    {
        await using var harness = await ImportHarness.CreateAsync(provider);
        var report = await harness.ImportAsync(Samples.Archive);

        Assert.Equal((7, 0, 0, 1, 1), (report.Created, report.Updated, report.Unchanged, report.Rejected, report.Skipped));
        Assert.Equal(FileOutcome.Skipped, File(report, "photo.png").Outcome);
        var broken = File(report, "broken.md");
        Assert.Equal(FileOutcome.Rejected, broken.Outcome);
        Assert.Equal("archive/misc/broken.md", broken.Path);
        Assert.Equal(5, broken.Messages.Single().Line);

        await using var db = harness.NewDbContext();
        var postings = await db.Postings.ToListAsync();
        Assert.Equal(7, postings.Count);
        Assert.DoesNotContain(postings, p => p.ImportSource!.Contains("broken"));
        var lead = postings.Single(p => p.ImportSource == "archive/content/en/careers/positions/team-lead.md");
        Assert.Equal((PostingStatus.Published, "team-lead", "team-lead"), (lead.Status, lead.Slug, lead.TranslationKey));
        Assert.True(lead.Published!.SameAs(lead.Draft));
        Assert.NotNull(lead.PublishedHtml);
        Assert.Equal(lead.Version, lead.ImportedVersion);
        var archived = postings.Single(p => p.ImportSource!.EndsWith("chef-d-equipe-2021.md"));
        Assert.Equal(PostingStatus.Archived, archived.Status);
        Assert.NotNull(archived.ArchivedAt);

        var revisions = await db.Revisions.Where(r => r.PostingId == lead.Id).ToListAsync();
        Assert.Equal("import", Assert.Single(revisions).Action);
        Assert.Equal(7, await db.AuditLog.CountAsync(a => a.Action == "posting.import"));
    }

    [Theory, Providers]
    public async Task A_second_run_of_the_same_import_changes_nothing_and_says_so(string provider)
    {
        await using var harness = await ImportHarness.CreateAsync(provider);
        await harness.ImportAsync(Samples.Archive);
        var before = await Snapshot(harness);

        var again = await harness.ImportAsync(Samples.Archive);

        Assert.Equal((0, 0, 7, 1), (again.Created, again.Updated, again.Unchanged, again.Rejected));
        Assert.Contains("Nothing changed", again.Summary());
        Assert.Equal(before, await Snapshot(harness));
    }

    [Fact]
    public async Task The_language_is_decided_by_the_path_else_the_text_and_the_report_says_how()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Samples.Archive);

        Assert.Equal(("en", "path"), Decision(File(report, "team-lead.md")));
        Assert.Equal(("fr", "path"), Decision(File(report, "chef-d-equipe.md")));
        Assert.Equal(("en", "path"), Decision(File(report, "analyst.md")));
        Assert.Equal(("fr", "path"), Decision(File(report, "designer.fr.md")));
        Assert.Equal(("fr", "text"), Decision(File(report, "0042_9f8e7d6c5b4a3f2e.txt")));
        Assert.Equal(("en", "text"), Decision(File(report, "team-lead-renamed.md")));
    }

    [Fact]
    public async Task The_lang_option_overrides_the_path()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Path.Combine(Samples.Archive, "misc", "designer.fr.md"), new ImportOptions(Language: "en"));
        Assert.Equal(("en", "option"), Decision(report.Files.Single()));
        await using var db = harness.NewDbContext();
        Assert.Equal("en", (await db.Postings.SingleAsync()).Language);
    }

    [Fact]
    public async Task A_url_gives_the_slug_and_a_slug_already_taken_gets_a_number()
    {
        using var folder = Samples.Write(
            ("content/en/careers/positions/a.md", "---\ntitle: A\nurl: /jobs/Data-Lead/\n---\nBody\n"),
            ("content/en/careers/positions/b.md", "---\ntitle: B\nurl: jobs/data-lead/\n---\nBody\n"));
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        Assert.Equal("data-lead", File(report, "a.md").Slug);
        var second = File(report, "b.md");
        Assert.Equal("data-lead-2", second.Slug);
        Assert.Contains(second.Ambiguities, a => a.Code == "slug-taken");
    }

    [Fact]
    public async Task Slugs_come_from_the_url_a_meaningful_file_name_or_the_folded_title()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync([Samples.Archive, Samples.Parser("flow-lists.md")]);

        Assert.Equal("team-lead", File(report, "team-lead.md").Slug);
        Assert.Equal("designer", File(report, "designer.fr.md").Slug);
        Assert.Equal("chef-de-l-ingenierie", File(report, "0042_9f8e7d6c5b4a3f2e.txt").Slug); // a hash is no name: the title
        // A url written as a list was ignored by Hugo (the page stayed at its file's address), so the file name gives the slug.
        var listUrl = File(report, "flow-lists.md");
        Assert.Equal(("fr", "flow-lists"), (listUrl.Language, listUrl.Slug));
    }

    [Fact]
    public async Task Legacy_paths_urls_and_aliases_redirect_to_the_new_posting_and_a_taken_path_is_reported()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Samples.Archive);
        await using var db = harness.NewDbContext();
        var redirects = await db.Redirects.ToDictionaryAsync(r => r.Path, r => r.PostingId);
        var lead = await db.Postings.SingleAsync(p => p.Slug == "team-lead");
        var chef = await db.Postings.SingleAsync(p => p.Slug == "chef-d-equipe");

        Assert.Equal(lead.Id, redirects["/en/careers/positions/team-lead"]);
        Assert.Equal(lead.Id, redirects["/jobs/team-lead"]);
        Assert.Equal(chef.Id, redirects["/fr/careers/positions/chef-d-equipe"]);
        var analyst = File(report, "analyst.md");
        Assert.Contains(analyst.Ambiguities, a => a.Code == "redirect-other-file" && a.Message.Contains("/jobs/team-lead"));
    }

    [Fact]
    public async Task A_re_posted_job_keeps_its_translation_key_and_a_lever_id_shared_in_one_language_is_reported()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Samples.Archive);
        await using var db = harness.NewDbContext();
        var french = await db.Postings.Where(p => p.Language == "fr" && p.Slug.StartsWith("chef-d-equipe")).ToDictionaryAsync(p => p.Slug);

        // Both postings of the re-posted job keep the file's key, so both have a translation (the re-posted one used to
        // get the key "team-lead--chef-d-equipe-2021" and no translation at all); the public readers pick the counterpart.
        Assert.Equal("team-lead", french["chef-d-equipe"].TranslationKey);
        Assert.Equal("team-lead", french["chef-d-equipe-2021"].TranslationKey);
        Assert.Empty(File(report, "chef-d-equipe-2021.md").Ambiguities);
        Assert.False(french["chef-d-equipe-2021"].Published!.ExtraFrontMatter.ContainsKey("translationKey"));

        var renamed = File(report, "team-lead-renamed.md");
        Assert.Contains(renamed.Ambiguities, a => a.Code == "lever-id-shared" && a.Message.Contains("en/team-lead"));
        Assert.Equal(2, await db.Postings.CountAsync(p => p.LeverId == "11111111-2222-4333-8444-555555555555"));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_writes_nothing()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Samples.Archive, new ImportOptions(DryRun: true));
        Assert.Equal((7, 1), (report.Created, report.Rejected));
        Assert.Contains(File(report, "analyst.md").Ambiguities, a => a.Code == "redirect-other-file");
        await using var db = harness.NewDbContext();
        Assert.Equal((0, 0, 0), (await db.Postings.CountAsync(), await db.Redirects.CountAsync(), await db.AuditLog.CountAsync()));
    }

    private static (string?, string?) Decision(FileReport f) => (f.Language, f.LanguageDecidedBy);

    private static async Task<string> Snapshot(ImportHarness harness)
    {
        await using var db = harness.NewDbContext();
        var postings = await db.Postings.OrderBy(p => p.Id).Select(p => new { p.Id, p.Version, p.LastModifiedAt, p.Slug }).ToListAsync();
        return string.Join("|", postings) + $"|{await db.Revisions.CountAsync()}|{await db.AuditLog.CountAsync()}|{await db.Redirects.CountAsync()}";
    }
}
