using Recruiting.Web.Public.Rendered;
using Recruiting.Web.Instances;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Delivery;
using Recruiting.Core.Telemetry;
using Recruiting.Legacy.Import;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using Recruiting.Web.Tests.Public;
using Recruiting.Web.Tests.Webhooks;
using Recruiting.Web.Webhooks;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Hosting;

/// <summary>What an operator relies on: health endpoints, our own counters, and addresses without Site:BaseUrl.</summary>
public sealed class OperationsTests
{
    [Theory, Providers]
    public async Task Ready_answers_200_while_the_schema_is_current_and_503_when_a_migration_is_missing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await using (var db = app.NewDbContext())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE id = 'V0009_audit_log_indexes'");

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Without_Site_BaseUrl_links_name_the_request_scheme_and_host()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Site:BaseUrl"] = "" });
        await new PostingSeeder(app).PublishedAsync("en", "roaming", Content("Roaming"));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://jobs.example.net") });

        var (_, page) = await client.GetHtmlAsync("/en/careers/roaming");
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/postings")).RootElement;

        Assert.Equal("https://jobs.example.net/en/careers/roaming", page.LinkHref("canonical"));
        Assert.Contains("<loc>https://jobs.example.net/en/careers/roaming</loc>", sitemap);
        Assert.Equal("https://jobs.example.net/en/careers/roaming", api.GetProperty("items")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Without_an_organization_name_the_structured_data_names_no_organization()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Site:Organization:Name"] = "" });
        await new PostingSeeder(app).PublishedAsync("en", "anonymous", Content("Anonymous") with { LeverId = "lever-a" });

        var (_, html) = await app.Client().GetHtmlAsync("/en/careers/anonymous");

        var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(json.TryGetProperty("hiringOrganization", out _));
        Assert.False(json.GetProperty("identifier").TryGetProperty("name", out _));
        Assert.Equal("lever-a", json.GetProperty("identifier").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Our_counters_count_page_cache_hits_and_misses_posting_events_and_imported_files()
    {
        await using var app = await PublicSite.StartAsync();
        using var counters = new Counters(app.Service<IMeterFactory>());
        var seed = new PostingSeeder(app);
        var id = await seed.PublishedAsync("en", "counted", Content("Counted"));
        await seed.RunAsync(w => w.ArchiveAsync(id, null, Recruiting.Core.Workflow.Actor.System("test")));
        await app.Service<PageRenderer>().IdleAsync();
        var client = app.Client();
        await client.GetStringAsync("/en/careers"); // rendered on publication, kept in memory
        await client.GetStringAsync("/en/careers?q=counted"); // a search: rendered, then kept by the page cache
        await client.GetStringAsync("/en/careers?q=counted");
        await app.Service<RenderedPageMemory>().ForgetAllAsync(CancellationToken.None);
        await client.GetStringAsync("/en/careers"); // read from the stored pages
        var folder = Directory.CreateTempSubdirectory("counted-import-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "good.md"), "---\ntitle: Good\ndescription: A good one.\n---\n\nBody.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.md"), "---\ntitle: [unclosed\n---\n\nBody.\n");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(ImportSourceReader.List([folder], folder), new ImportOptions());
        Directory.Delete(folder, recursive: true);

        Assert.Equal(1, counters.Sum("recruiting.page_cache.requests", "result", "miss"));
        Assert.Equal(2, counters.Sum("recruiting.page_cache.requests", "result", "hit"));
        Assert.Equal(1, counters.Sum("recruiting.page_cache.requests", "result", "stored"));
        Assert.Equal(2, counters.Sum("recruiting.posting.events", "event", "posting.published")); // "counted", then the imported file
        Assert.Equal(1, counters.Sum("recruiting.posting.events", "event", "posting.archived"));
        Assert.Equal(1, counters.Sum("recruiting.import.files", "outcome", "created"));
        Assert.Equal(1, counters.Sum("recruiting.import.files", "outcome", "rejected"));
    }

    [Fact]
    public async Task A_page_rendered_after_this_instances_own_change_is_not_evicted_again_by_the_relay_of_that_change()
    {
        await using var app = await PublicSite.StartAsync();
        using var counters = new Counters(app.Service<IMeterFactory>());
        await new PostingSeeder(app).PublishedAsync("en", "relayed", Content("Relayed"));
        await app.Service<PageRenderer>().IdleAsync();
        var client = app.Client();
        await client.GetStringAsync("/en/careers");
        // Longer than the listener needs to read the bumped counter and to empty the memory a second time.
        await Task.Delay(RelayedChangesListener.SqlitePoll * 2 + RelayedChangesListener.SecondEviction + TimeSpan.FromMilliseconds(300));
        await client.GetStringAsync("/en/careers");

        Assert.Equal(0, counters.Sum("recruiting.page_cache.requests", "result", "miss"));
        Assert.Equal(0, counters.Sum("recruiting.page_cache.requests", "result", "stored"));
        Assert.Equal(2, counters.Sum("recruiting.page_cache.requests", "result", "hit"));
    }

    [Fact]
    public async Task Our_counters_count_webhook_attempts_by_outcome()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort(), 500, 500);
        await using var app = await TestApp.StartAsync(settings: WebhookTestSupport.FastSettings(maxAttempts: 2));
        using var counters = new Counters(app.Service<IMeterFactory>());
        await WebhookTestSupport.AddHookAsync(app, receiver.Url, PostingEvents.Published);

        await new PostingSeeder(app).PublishedAsync("en", "hooked", Content("Hooked"));
        var failed = await WebhookTestSupport.WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Failed);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<WebhookRegistry>().ResendAsync(failed.Id, WebhookTestSupport.HookAdmin));
        await WebhookTestSupport.WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Succeeded);

        Assert.Equal(1, counters.Sum("recruiting.webhook.attempts", "outcome", "retrying"));
        Assert.Equal(1, counters.Sum("recruiting.webhook.attempts", "outcome", "failed"));
        Assert.Equal(1, counters.Sum("recruiting.webhook.attempts", "outcome", "delivered"));
    }

    /// <summary>The measurements of one app's "Recruiting" meter (other apps run in the same test process).</summary>
    private sealed class Counters : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Name, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

        public Counters(IMeterFactory app)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == RecruitingMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, app))
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
            _listener.Start();
        }

        public long Sum(string name, string tag, string value) =>
            _measurements.Where(m => m.Name == name && m.Tags.Any(t => t.Key == tag && Equals(t.Value, value))).Sum(m => m.Value);

        public void Dispose() => _listener.Dispose();
    }
}
