using System.Net;
using System.Text.Json.Nodes;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Testing;
using Recruiting.Web.Admin;
using Recruiting.Web.Hosting;
using Recruiting.Web.Tests.Webhooks;

namespace Recruiting.Web.Tests.Hosting;

/// <summary>
/// Three real processes of the site, started together on one new PostgreSQL database, behave as one site: proved over
/// HTTP, as a load balancer without sticky sessions would send the requests (one cookie jar for all three).
/// How fast a change travels is measured by the `instances` benchmark, not here: these tests only show that the other
/// instances serve it long before their page cache (600 s here) would have expired.
/// </summary>
public sealed class SeveralInstancesTests(SeveralInstancesTests.Cluster cluster) : IClassFixture<SeveralInstancesTests.Cluster>
{
    private static readonly TimeSpan FarBelowCacheExpiry = TimeSpan.FromSeconds(15);

    [PostgresFact]
    public async Task Three_first_starts_together_give_one_schema_one_key_ring_and_one_copy_of_each_posting()
    {
        Assert.All(cluster.Instances, i => Assert.False(i.HasExited, $"{i.Name} stopped:\n{i.Output}"));
        var files = Directory.GetFiles(cluster.ImportFolder).Length;

        Assert.Equal(new SchemaMigrator(DatabaseOptions.Postgres).Migrations().Count, await cluster.CountAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(3, await cluster.CountAsync("""SELECT count(*) FROM "AspNetRoles" """));
        Assert.Equal(1, await cluster.CountAsync("SELECT count(*) FROM data_protection_keys"));
        Assert.Equal(files, await cluster.CountAsync("SELECT count(*) FROM postings"));
        Assert.Equal(files, await cluster.CountAsync("""SELECT count(DISTINCT "Slug") FROM postings WHERE "Slug" NOT LIKE '%-2'"""));
        Assert.Equal(files, await cluster.CountAsync("""SELECT count(*) FROM audit_log WHERE "Action" = 'posting.import'"""));
    }

    [PostgresFact]
    public async Task A_sign_in_cookie_and_an_antiforgery_token_from_one_instance_are_accepted_by_the_others()
    {
        var (a, b, c) = cluster.Abc;
        using var browser = Cluster.Browser();
        await cluster.SignInAsync(browser, a);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(b.Address, "/admin/postings"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(c.Address, "/admin/postings"))).StatusCode);

        // The form and its token come from A; the post goes to C.
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "Cross-instance form", ["Form.Description"] = "Posted to another instance.", ["Form.Language"] = "en",
            ["Form.Slug"] = "cross-instance-form", ["Form.BodyMarkdown"] = "Body.", ["Form.Version"] = "0",
        };
        var saved = await SignedInClient.PostFormAsync(browser, new Uri(a.Address, "/admin/postings/edit").ToString(), fields,
            new Uri(c.Address, "/admin/postings/edit?handler=Save").ToString());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches("/admin/postings/edit/[0-9a-f-]{36}", saved.Headers.Location!.OriginalString);
        Assert.Equal(1, await cluster.CountAsync("""SELECT count(*) FROM postings WHERE "Slug" = 'cross-instance-form'"""));
    }

    [PostgresFact]
    public async Task A_publication_and_an_unpublication_on_one_instance_are_served_by_the_others_on_pages_api_feeds_and_sitemap()
    {
        var (a, b, c) = cluster.Abc;
        var slug = "relayed-" + Guid.NewGuid().ToString("N")[..8];
        var id = await cluster.CreatePostingAsync(a, slug, "Relayed change");
        foreach (var other in new[] { b, c })
            Assert.False(await ServesAsync(other, slug, "Relayed change")); // the feed and sitemap are now cached without it

        await cluster.ManageAsync(a, $"/api/v1/manage/postings/{id}/publish");
        await WaitUntilAsync(async () => await ServesAsync(b, slug, "Relayed change") && await ServesAsync(c, slug, "Relayed change"),
            "B and C to serve the posting published on A");

        await cluster.ManageAsync(b, $"/api/v1/manage/postings/{id}/unpublish");
        await WaitUntilAsync(async () => await GoneAsync(a, slug, "Relayed change") && await GoneAsync(c, slug, "Relayed change"),
            "A and C to stop serving the posting unpublished on B");
    }

    [PostgresFact]
    public async Task A_scheduled_publication_and_a_closing_date_archive_happen_once_with_one_audit_line_each()
    {
        var (a, b, c) = cluster.Abc;
        var scheduled = "scheduled-" + Guid.NewGuid().ToString("N")[..8];
        var closing = "closing-" + Guid.NewGuid().ToString("N")[..8];
        var scheduledId = await cluster.CreatePostingAsync(a, scheduled, "Scheduled once");
        var closingId = await cluster.CreatePostingAsync(b, closing, "Closing once", closingAt: DateTimeOffset.UtcNow.AddHours(1));

        await cluster.ManageAsync(a, $"/api/v1/manage/postings/{scheduledId}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddSeconds(3) });
        await cluster.ManageAsync(b, $"/api/v1/manage/postings/{closingId}/publish");
        // Its closing date then passes (publishing refuses one already past, and a few seconds ahead raced a slow machine).
        Assert.Equal(1, await cluster.CountAsync(
            $"""WITH moved AS (UPDATE postings SET "PublishedClosingAt" = now() - interval '1 second' WHERE "Id" = '{closingId}' RETURNING 1) SELECT count(*) FROM moved"""));
        await WaitUntilAsync(async () => await ApiStatusAsync(c, scheduled) == "open" && await ApiStatusAsync(c, closing) == "archived",
            "the scheduled posting to open and the closing one to be archived");
        await Task.Delay(TimeSpan.FromSeconds(4)); // several more scheduler runs on each instance (every second)

        Assert.Equal(1, await cluster.CountAsync($"""SELECT count(*) FROM audit_log WHERE "Action" = 'posting.publish' AND "Target" = 'en/{scheduled}'"""));
        Assert.Equal(1, await cluster.CountAsync($"""SELECT count(*) FROM audit_log WHERE "Action" = 'posting.archive' AND "Target" = 'en/{closing}'"""));
        Assert.Equal(1, await cluster.CountAsync($"""SELECT count(*) FROM posting_revisions r JOIN postings p ON p."Id" = r."PostingId" WHERE p."Slug" = '{scheduled}' AND r."Action" = 'publish'"""));
    }

    [PostgresFact]
    public async Task A_webhook_event_is_delivered_once_by_the_three_senders()
    {
        var (a, _, _) = cluster.Abc;
        var slug = "hooked-" + Guid.NewGuid().ToString("N")[..8];
        var id = await cluster.CreatePostingAsync(a, slug, "Hooked once");

        await cluster.ManageAsync(a, $"/api/v1/manage/postings/{id}/publish");
        await WaitUntilAsync(() => Task.FromResult(cluster.Receiver.Requests.Any(r => r.Text.Contains(id.ToString()))), "the delivery");
        await Task.Delay(TimeSpan.FromSeconds(3)); // fifteen more polls by each instance

        var received = cluster.Receiver.Requests.Where(r => r.Text.Contains(id.ToString())).ToList();
        Assert.Single(received);
        Assert.Equal("posting.published", received[0].Headers["X-Recruiting-Event"]);
        var deliveryIds = cluster.Receiver.Requests.Select(r => r.Headers["X-Recruiting-Delivery"]).ToList();
        Assert.Equal(deliveryIds.Distinct().Count(), deliveryIds.Count);
        Assert.Equal(1, await cluster.CountAsync(
            $"""SELECT count(*) FROM webhook_deliveries WHERE "Id" = '{received[0].Headers["X-Recruiting-Delivery"]}' AND "Status" = {(int)DeliveryStatus.Succeeded} AND "Attempts" = 1"""));
    }

    [PostgresFact]
    public async Task The_sign_in_limit_trips_at_the_same_count_whichever_instance_is_asked()
    {
        var client = $"198.51.100.{Random.Shared.Next(1, 250)}";
        using var browser = Cluster.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < Cluster.SignInPermits + 3; attempt++)
        {
            var instance = cluster.Instances[attempt % 3];
            statuses.Add(await cluster.SubmitSignInAsync(browser, instance, "nobody@example.test", "Wrong-passw0rd!", client));
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Cluster.SignInPermits).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
    }

    [PostgresFact]
    public async Task Failed_sign_ins_for_one_address_from_one_client_are_counted_across_instances()
    {
        // Failures on A, B, C, A, then the fifth on B blocks; C then refuses even the right password. Six posts: the rate limit's count.
        var attacker = $"203.0.113.{Random.Shared.Next(1, 250)}";
        using var browser = Cluster.Browser();
        var answers = new List<string>();
        for (var attempt = 0; attempt < IdentityRules.MaxFailedSignIns; attempt++)
        {
            using var failed = await cluster.Sites.PostSignInAsync(browser, cluster.Instances[attempt % 3], SiteCluster.AdminEmail, $"Guess-number-{attempt}-wrong", attacker);
            answers.Add(await failed.Content.ReadAsStringAsync());
        }
        using var blocked = await cluster.Sites.PostSignInAsync(browser, cluster.Instances[2], SiteCluster.AdminEmail, SiteCluster.AdminPassword, attacker);

        Assert.All(answers[..^1], answer => Assert.Contains("The email address or password is incorrect.", answer));
        Assert.Contains(TooManyFailures, answers[^1]);
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Contains(TooManyFailures, await blocked.Content.ReadAsStringAsync());
        Assert.Equal(1, await cluster.CountAsync($"""SELECT count(*) FROM audit_log WHERE "Action" = '{AuditActions.LockedOut}' AND "Details" LIKE '%{attacker}'"""));
        // Another client is not blocked.
        Assert.Equal(HttpStatusCode.Redirect, await cluster.SubmitSignInAsync(Cluster.Browser(), cluster.Instances[1], SiteCluster.AdminEmail, SiteCluster.AdminPassword, "192.0.2.10"));
    }

    private const string TooManyFailures = "Too many failed sign-ins for this email address from your network.";

    private static async Task<bool> ServesAsync(AppProcess site, string slug, string title)
    {
        using var http = Cluster.Browser();
        return (await http.GetAsync(new Uri(site.Address, $"/en/careers/{slug}"))).StatusCode == HttpStatusCode.OK
            && (await http.GetAsync(new Uri(site.Address, $"/api/v1/postings/en/{slug}"))).StatusCode == HttpStatusCode.OK
            && (await http.GetStringAsync(new Uri(site.Address, "/en/careers/feed.xml"))).Contains(title)
            && (await http.GetStringAsync(new Uri(site.Address, "/sitemap.xml"))).Contains($"/en/careers/{slug}");
    }

    private static async Task<bool> GoneAsync(AppProcess site, string slug, string title)
    {
        using var http = Cluster.Browser();
        return (await http.GetAsync(new Uri(site.Address, $"/en/careers/{slug}"))).StatusCode == HttpStatusCode.NotFound
            && (await http.GetAsync(new Uri(site.Address, $"/api/v1/postings/en/{slug}"))).StatusCode == HttpStatusCode.NotFound
            && !(await http.GetStringAsync(new Uri(site.Address, "/en/careers/feed.xml"))).Contains(title)
            && !(await http.GetStringAsync(new Uri(site.Address, "/sitemap.xml"))).Contains($"/en/careers/{slug}");
    }

    private static async Task<string?> ApiStatusAsync(AppProcess site, string slug)
    {
        using var http = Cluster.Browser();
        var response = await http.GetAsync(new Uri(site.Address, $"/api/v1/postings/en/{slug}"));
        return response.IsSuccessStatusCode ? (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"] : null;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + FarBelowCacheExpiry;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {FarBelowCacheExpiry.TotalSeconds} s for {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Three instances started at the same moment on a new, empty database that imports the repository's import/ folder.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        public const int SignInPermits = 6;

        private SiteCluster? _sites;
        public SiteCluster Sites => _sites!;
        public List<AppProcess> Instances => Sites.Instances;
        internal WebhookReceiver Receiver { get; private set; } = null!;
        public string ImportFolder { get; } = Path.Combine(AppRoot.Locate().Path, "import");
        public (AppProcess A, AppProcess B, AppProcess C) Abc => (Instances[0], Instances[1], Instances[2]);

        public async Task InitializeAsync()
        {
            if (!PostgresAvailability.InCi && !PostgresAvailability.Reachable.Value) return;
            Receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort());
            _sites = await SiteCluster.StartAsync(3, new Dictionary<string, string?>
            {
                ["Import:Folder"] = ImportFolder,
                ["Site:BaseUrl"] = "https://careers.example.org",
                ["Site:PageCacheSeconds"] = "600",
                ["Scheduler:IntervalSeconds"] = "1",
                ["Webhooks:PollSeconds"] = "0.2",
                ["Webhooks:AllowedInternalHosts:0"] = "127.0.0.1", // the local receiver
                ["ReverseProxy:Enabled"] = "true",
                ["Security:SignInRateLimit:PermitLimit"] = SignInPermits.ToString(),
                ["Security:SignInRateLimit:WindowSeconds"] = "600",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            using var browser = SiteCluster.Browser();
            var c = Instances[2];
            await Sites.SignInAsync(browser, Instances[0]);
            var hook = await SignedInClient.PostFormAsync(browser, SiteCluster.Url(c, "/admin/webhooks"),
                new() { ["Form.Url"] = Receiver.Url, ["Form.Events"] = PostingEvents.Published }, SiteCluster.Url(c, "/admin/webhooks?handler=Add"));
            if (hook.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Could not add the webhook: {(int)hook.StatusCode}.");
        }

        public Task SignInAsync(HttpClient browser, AppProcess site) => Sites.SignInAsync(browser, site);
        public Task<HttpStatusCode> SubmitSignInAsync(HttpClient browser, AppProcess site, string email, string password, string? client = null) =>
            Sites.SubmitSignInAsync(browser, site, email, password, client);
        public Task<Guid> CreatePostingAsync(AppProcess site, string slug, string title, DateTimeOffset? closingAt = null) =>
            Sites.CreatePostingAsync(site, slug, title, closingAt);
        public Task<JsonNode> ManageAsync(AppProcess site, string path, object? body = null) => Sites.ManageAsync(site, path, body);
        public Task<long> CountAsync(string sql) => Sites.CountAsync(sql);
        public static HttpClient Browser() => SiteCluster.Browser();

        public async Task DisposeAsync()
        {
            if (_sites is not null) await _sites.DisposeAsync();
            if (Receiver is not null) await Receiver.DisposeAsync();
        }
    }
}
