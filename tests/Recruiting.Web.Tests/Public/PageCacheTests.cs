using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Import;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Tests.Api;
using Recruiting.Testing;
using static Recruiting.Web.Tests.Api.PostingSeeder;
using Recruiting.Web.Workflow;

namespace Recruiting.Web.Tests.Public;

/// <summary>Cached public pages change as soon as the content they show is saved.</summary>
public sealed class PageCacheTests
{
    [Theory, Providers]
    public async Task Pages_seen_before_a_change_show_it_right_after(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        var id = await seed.PublishedAsync("en", "cached", Content("Cached") with { LeverId = "lever-c" });
        var client = app.Client();
        var (_, before) = await client.GetHtmlAsync("/en/careers/cached");
        var (_, indexBefore) = await client.GetHtmlAsync("/en/careers");
        Assert.NotNull(before.QuerySelector("a.apply-link"));

        await seed.RunAsync(w => w.ArchiveAsync(id, null, Actor.System("test")));
        await seed.PublishedAsync("en", "fresh", Content("Fresh"));
        var (_, after) = await client.GetHtmlAsync("/en/careers/cached");
        var (_, indexAfter) = await client.GetHtmlAsync("/en/careers");
        var feed = await client.GetStringAsync("/en/careers/feed.xml");

        Assert.Equal(["Cached"], indexBefore.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
        Assert.NotNull(after.QuerySelector(".closed-banner"));
        Assert.Null(after.QuerySelector("a.apply-link"));
        Assert.Equal(["Fresh"], indexAfter.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
        Assert.DoesNotContain("Cached", feed);
    }

    [Fact]
    public async Task Editing_the_index_introduction_through_the_application_shows_at_once()
    {
        await using var app = await PublicSite.StartAsync();
        var client = app.Client();
        var (_, before) = await client.GetHtmlAsync("/en/careers");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<PageWorkflow>()
                .SaveAsync(PageTypes.CareersIndex, new("en", "Work with us", ""), expectedVersion: 0, Actor.System("test"));
            Assert.True(result.Succeeded);
        }
        var (_, after) = await client.GetHtmlAsync("/en/careers");

        Assert.Equal("Careers", before.QuerySelector("h1")!.TextContent);
        Assert.Equal("Work with us", after.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_scheduled_publication_shows_on_pages_seen_before_it()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Scheduler:IntervalSeconds"] = "3600" });
        var id = await new PostingSeeder(app).ScheduledAsync("en", "due", Content("Due"));
        var client = app.Client();
        var (_, before) = await client.GetHtmlAsync("/en/careers");
        await using (var db = app.NewDbContext())
        {
            // Bringing the time forward is no public change: the page stays cached until the scheduler publishes.
            var posting = await db.Postings.SingleAsync(p => p.Id == id);
            posting.ScheduledPublishAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await app.Service<PublishingScheduler>().RunOnceAsync());
        var (_, after) = await client.GetHtmlAsync("/en/careers");

        Assert.Empty(before.QuerySelectorAll("ul.postings a"));
        Assert.Equal(["Due"], after.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_draft_save_never_shows_and_its_publication_shows_at_once()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        var id = await seed.PublishedAsync("en", "drafted", Content("Published title"));
        var client = app.Client();
        var (_, published) = await client.GetHtmlAsync("/en/careers/drafted");

        await seed.SaveDraftAsync(id, "en", "drafted", Content("Draft title"));
        var (_, afterDraft) = await client.GetHtmlAsync("/en/careers/drafted");
        var (_, indexAfterDraft) = await client.GetHtmlAsync("/en/careers");
        await seed.RunAsync(w => w.PublishAsync(id, null, Actor.System("test")));
        var (_, afterPublish) = await client.GetHtmlAsync("/en/careers/drafted");
        var (_, indexAfterPublish) = await client.GetHtmlAsync("/en/careers");

        Assert.Equal("Published title", published.QuerySelector("h1")!.TextContent);
        Assert.Equal("Published title", afterDraft.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Published title"], indexAfterDraft.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
        Assert.Equal("Draft title", afterPublish.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Draft title"], indexAfterPublish.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
    }

    [Theory, Providers]
    public async Task An_import_in_the_running_site_shows_on_pages_seen_before_it(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var client = app.Client();
        var (_, before) = await client.GetHtmlAsync("/en/careers");
        var sources = new[]
        {
            new ImportSource("en/imported-one.md", "---\ntitle: Imported one\ndescription: One.\n---\nBody.\n"),
            new ImportSource("en/imported-two.md", "---\ntitle: Imported two\ndescription: Two.\n---\nBody.\n"),
        };

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions(ActorName: "test"));
            Assert.Equal(2, report.Created);
        }
        var (_, after) = await client.GetHtmlAsync("/en/careers");

        Assert.Empty(before.QuerySelectorAll("ul.postings a"));
        Assert.Equal(["Imported one", "Imported two"], after.QuerySelectorAll("ul.postings a").Select(a => a.TextContent).Order());
    }
}
