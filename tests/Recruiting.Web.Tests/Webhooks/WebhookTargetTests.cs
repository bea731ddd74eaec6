using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using Recruiting.Web.Webhooks;
using static Recruiting.Web.Tests.Webhooks.WebhookTestSupport;

namespace Recruiting.Web.Tests.Webhooks;

/// <summary>Webhooks cannot be aimed inside the network (SSRF), at registration nor at send time, and tell nothing of what they reached.</summary>
public sealed class WebhookTargetTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/hook")]
    [InlineData("http://172.16.5.4/hook")]
    [InlineData("http://192.168.1.1/hook")]
    [InlineData("http://localhost:6379/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.1/")]
    [InlineData("http://0.0.0.0:8080/")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00::5]/")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("http://100.64.0.1/")]
    public async Task Internal_targets_are_refused_at_registration(string url)
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var refused = await admin.PostFormAsync("/admin/webhooks",
            new() { ["Form.Url"] = url, ["Form.Events"] = PostingEvents.Published }, "/admin/webhooks?handler=Add");
        Assert.Contains("internal network", await refused.Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Webhooks.CountAsync());
    }

    [Theory]
    [InlineData("https://example.com/hook\r\nX-Injected: 1")]
    [InlineData("https://example.com/ho\nok")]
    [InlineData("https://example.com/%0d%0a\u0000")]
    public async Task Urls_with_line_breaks_or_control_characters_are_refused(string url)
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var (hook, errors) = await scope.ServiceProvider.GetRequiredService<WebhookRegistry>().AddAsync(url, [PostingEvents.Published], HookAdmin);
        Assert.Null(hook);
        Assert.Contains("control character", errors["Url"]);
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("2606:4700:4700::1111", false)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::", true)]
    [InlineData("::127.0.0.1", true)]
    [InlineData("2002:0a00:0001::1", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("172.32.0.1", false)]
    public void Addresses_are_classified(string address, bool isInternal) =>
        Assert.Equal(isInternal, WebhookTargets.IsInternal(IPAddress.Parse(address)));

    [Fact]
    public async Task A_host_that_resolves_inside_is_refused_when_sending_and_the_console_shows_a_generic_error()
    {
        // A hook stored as registration stored it while its host resolved outside (DNS rebinding: now it answers
        // 127.0.0.1). The sender resolves and checks again in its own connection, and refuses without connecting.
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort());
        var settings = FastSettings(maxAttempts: 1);
        settings.Remove("Webhooks:AllowedInternalHosts:0");
        await using var app = await TestApp.StartAsync(settings: settings);
        await using (var db = app.NewDbContext())
        {
            db.Webhooks.Add(new Webhook { Url = receiver.Url, Secret = "s", Events = PostingEvents.Published, Enabled = true, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        await new PostingSeeder(app).PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data engineer"));

        var failed = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(WebhookDispatcher.InternalTarget, failed.LastError);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task A_receiver_that_cannot_be_reached_gets_a_generic_error_without_the_connection_details()
    {
        var port = WebhookReceiver.FreePort();
        await using var app = await TestApp.StartAsync(settings: FastSettings(maxAttempts: 1));
        await AddHookAsync(app, $"http://127.0.0.1:{port}/closed", PostingEvents.Published);
        await new PostingSeeder(app).PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data engineer"));

        var failed = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(WebhookDispatcher.NoConnection, failed.LastError);
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var page = await admin.GetStringAsync($"/admin/webhooks/deliveries?id={failed.WebhookId}");
        Assert.Contains(WebhookDispatcher.NoConnection, page.Replace("&#x27;", "'"));
        Assert.DoesNotContain("refused", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(port.ToString() + ")", page);
    }

    [Fact]
    public async Task The_unpublished_payload_carries_the_published_title_slug_and_address_not_the_drafts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort());
        await using var app = await TestApp.StartAsync(settings: FastSettings());
        await AddHookAsync(app, receiver.Url, PostingEvents.Unpublished);
        var seeder = new PostingSeeder(app);
        var id = await seeder.PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data engineer"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            var editor = Actor.System("test-editor");
            await using var db = app.NewDbContext();
            var posting = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
            var saved = await workflow.SaveDraftAsync(id, new PostingInput("en", "data-team-closing", posting.TranslationKey,
                posting.Draft with { Title = "Secret reorganisation: data team closes" }), posting.Version, editor);
            Assert.True(saved.Succeeded);
            Assert.True((await workflow.UnpublishAsync(id, null, Actor.System("test-publisher"))).Succeeded);
        }

        await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Succeeded);
        var payload = JsonNode.Parse(receiver.Requests.Single().Text)!;
        Assert.Equal("posting.unpublished", (string)payload["event"]!);
        Assert.Equal("Data engineer", (string)payload["posting"]!["title"]!);
        // Before: the draft's slug and its future address (/en/careers/data-team-closing), which the public never saw.
        Assert.Equal("data-engineer", (string)payload["posting"]!["slug"]!);
        Assert.EndsWith("/en/careers/data-engineer", (string)payload["posting"]!["url"]!);
        Assert.Equal("en", (string)payload["posting"]!["language"]!);
    }
}
