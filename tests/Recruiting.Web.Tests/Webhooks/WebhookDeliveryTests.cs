using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Delivery;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using Recruiting.Web.Webhooks;
using static Recruiting.Web.Tests.Webhooks.WebhookTestSupport;

namespace Recruiting.Web.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task Publishing_sends_a_signed_json_event_to_each_subscribed_enabled_hook()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort());
        await using var app = await TestApp.StartAsync(settings: FastSettings());
        var hook = await AddHookAsync(app, receiver.Url, PostingEvents.Published, PostingEvents.Archived);
        var archiveOnly = await AddHookAsync(app, receiver.Url.Replace("/hook", "/archive-only"), PostingEvents.Archived);
        var disabled = await AddHookAsync(app, receiver.Url, PostingEvents.Published);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WebhookRegistry>().SetEnabledAsync(disabled.Id, false, HookAdmin);

        var id = await new PostingSeeder(app).PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data Engineer"));

        var received = await receiver.WaitForAsync();
        Assert.Equal(WebhookSignature.Sign(hook.Secret, received.Body), received.Headers[WebhookSignature.Header]);
        Assert.NotEqual(WebhookSignature.Sign("another secret", received.Body), received.Headers[WebhookSignature.Header]);
        Assert.Equal("posting.published", received.Headers[WebhookSignature.EventHeader]);
        Assert.StartsWith("application/json", received.Headers["Content-Type"]);
        var json = JsonNode.Parse(received.Text)!;
        Assert.Equal("posting.published", (string)json["event"]!);
        Assert.Equal(received.Headers[WebhookSignature.DeliveryHeader], (string)json["deliveryId"]!);
        Assert.True(DateTimeOffset.TryParse((string)json["occurredAt"]!, out _));
        Assert.Equal(id.ToString(), (string)json["posting"]!["id"]!);
        Assert.Equal("en", (string)json["posting"]!["language"]!);
        Assert.Equal("data-engineer", (string)json["posting"]!["slug"]!);
        Assert.Equal("Data Engineer", (string)json["posting"]!["title"]!);
        Assert.Equal("https://careers.example.org/en/careers/data-engineer", (string)json["posting"]!["url"]!);

        var delivered = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Succeeded);
        Assert.Equal(200, delivered.LastStatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.WebhookDeliveries.CountAsync());
        Assert.Equal(hook.Id, (await db.WebhookDeliveries.SingleAsync()).WebhookId);
        Assert.Single(receiver.Requests);
        Assert.NotEqual(archiveOnly.Id, delivered.WebhookId);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_backoff_until_it_succeeds()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort(), 500, 503);
        await using var app = await TestApp.StartAsync(settings: FastSettings());
        var hook = await AddHookAsync(app, receiver.Url, PostingEvents.Archived);

        await new PostingSeeder(app).ArchivedAsync("en", "old-job", PostingSeeder.Content("Old job"));

        var third = await receiver.WaitForAsync(3);
        var delivered = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Succeeded);
        Assert.Equal(3, delivered.Attempts);
        Assert.Null(delivered.LastError);
        var bodies = receiver.Requests.Select(r => r.Text).Distinct().ToList();
        Assert.Single(bodies);
        Assert.Equal(WebhookSignature.Sign(hook.Secret, third.Body), third.Headers[WebhookSignature.Header]);
        Assert.Single(receiver.Requests.Select(r => r.Headers[WebhookSignature.DeliveryHeader]).Distinct());
    }

    [Fact]
    public async Task Gives_up_after_the_maximum_attempts_and_an_administrator_can_resend()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort(), 500, 500);
        await using var app = await TestApp.StartAsync(settings: FastSettings(maxAttempts: 2));
        await AddHookAsync(app, receiver.Url, PostingEvents.Unpublished);
        var seed = new PostingSeeder(app);
        await seed.UnpublishedAsync("en", "gone-job", PostingSeeder.Content("Gone job"));

        var failed = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(2, failed.Attempts);
        Assert.Equal(500, failed.LastStatusCode);
        Assert.Contains("500", failed.LastError);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<WebhookRegistry>().ResendAsync(failed.Id, HookAdmin));
        var resent = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Succeeded);
        Assert.Equal(failed.Id, resent.Id);
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_pending_delivery_is_sent_after_the_site_restarts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var port = WebhookReceiver.FreePort();
        var settings = FastSettings();
        settings["ConnectionStrings:Default"] = database.ConnectionString;
        settings["Database:Provider"] = database.Provider;

        await using (var first = await TestApp.StartAsync(settings: settings))
        {
            await AddHookAsync(first, $"http://127.0.0.1:{port}/hook", PostingEvents.Published);
            await new PostingSeeder(first).PublishedAsync("en", "survivor", PostingSeeder.Content("Survivor"));
            var attempted = await WaitForDeliveryAsync(database, d => d.Attempts >= 1 && d.LastError is not null);
            Assert.Equal(DeliveryStatus.Pending, attempted.Status);
            Assert.NotNull(attempted.LastError);
        }

        await using var receiver = await WebhookReceiver.StartAsync(port);
        await using var second = await TestApp.StartAsync(settings: settings);
        var received = await receiver.WaitForAsync();
        Assert.Equal("Survivor", (string)JsonNode.Parse(received.Text)!["posting"]!["title"]!);
        await WaitForDeliveryAsync(database, d => d.Status == DeliveryStatus.Succeeded);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("/relative/hook")]
    [InlineData("")]
    public void Only_http_and_https_urls_are_accepted(string url)
    {
        Assert.NotNull(WebhookRegistry.UrlProblem(url));
        Assert.Null(WebhookRegistry.UrlProblem("https://example.com/hook"));
        Assert.Null(WebhookRegistry.UrlProblem("http://127.0.0.1:8080/hook"));
    }
}
