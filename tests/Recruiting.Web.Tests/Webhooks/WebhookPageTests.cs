using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using static Recruiting.Web.Tests.Webhooks.WebhookTestSupport;

namespace Recruiting.Web.Tests.Webhooks;

public sealed partial class WebhookPageTests
{
    [GeneratedRegex("<p class=\"admin-secret\" id=\"new-secret\">([0-9a-f]+)</p>")]
    private static partial Regex SecretPattern();

    [Fact]
    public async Task An_administrator_adds_a_hook_sees_its_deliveries_and_resends_one()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort());
        await using var app = await TestApp.StartAsync(settings: FastSettings());
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var added = await admin.PostFormAsync("/admin/webhooks",
            new() { ["Form.Url"] = receiver.Url, ["Form.Events"] = PostingEvents.Published }, "/admin/webhooks?handler=Add");
        var secret = SecretPattern().Match(await added.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(64, secret.Length);

        await new PostingSeeder(app).PublishedAsync("en", "hooked", PostingSeeder.Content("Hooked"));
        var received = await receiver.WaitForAsync();
        Assert.Equal(Recruiting.Web.Webhooks.WebhookSignature.Sign(secret, received.Body), received.Headers["X-Recruiting-Signature"]);
        var delivery = await WaitForDeliveryAsync(app, d => d.Status == DeliveryStatus.Succeeded);

        var page = await admin.GetStringAsync($"/admin/webhooks/deliveries?id={delivery.WebhookId}");
        Assert.Contains("posting.published", page);
        Assert.Contains("Delivered (200)", page);

        var resent = await admin.PostFormAsync($"/admin/webhooks/deliveries?id={delivery.WebhookId}", new(),
            $"/admin/webhooks/deliveries?handler=Resend&id={delivery.WebhookId}&delivery={delivery.Id}");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        await receiver.WaitForAsync(2);

        var disabled = await admin.PostFormAsync("/admin/webhooks", new(), $"/admin/webhooks?handler=Enable&id={delivery.WebhookId}&enabled=false");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        await using var db = app.NewDbContext();
        Assert.False((await db.Webhooks.SingleAsync()).Enabled);
        Assert.Contains(await db.AuditLog.Select(a => a.Action).ToListAsync(), a => a == "webhook.created");
    }

    [Fact]
    public async Task Non_http_urls_are_refused_and_only_administrators_get_the_page()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var refused = await admin.PostFormAsync("/admin/webhooks",
            new() { ["Form.Url"] = "file:///etc/passwd", ["Form.Events"] = PostingEvents.Published }, "/admin/webhooks?handler=Add");
        Assert.Contains("Enter an http:// or https:// URL", await refused.Content.ReadAsStringAsync());
        await using (var db = app.NewDbContext())
            Assert.Equal(0, await db.Webhooks.CountAsync());

        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var denied = await publisher.GetAsync("/admin/webhooks");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.Contains("accessdenied", denied.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
