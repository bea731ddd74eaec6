using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Webhooks;
using static Recruiting.Web.Tests.Webhooks.WebhookTestSupport;

namespace Recruiting.Web.Tests.Webhooks;

/// <summary>"Send a test event" on a webhook's page: a signed test delivery through the real path, its outcome shown at once.</summary>
public sealed class WebhookTestEventTests
{
    [Fact]
    public async Task The_test_event_is_signed_delivered_and_its_outcome_shown()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort());
        await using var app = await TestApp.StartAsync(settings: FastSettings());
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var hook = await AddHookAsync(app, receiver.Url, PostingEvents.Published);
        var page = $"/admin/webhooks/deliveries?id={hook.Id}";
        Assert.Contains("Send a test event", await admin.GetStringAsync(page));

        var sent = await admin.PostFormAsync(page, new(), $"/admin/webhooks/deliveries?handler=Test&id={hook.Id}");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var received = Assert.Single(receiver.Requests);
        Assert.Equal(WebhookSignature.Sign(hook.Secret, received.Body), received.Headers["X-Recruiting-Signature"]);
        Assert.Equal("test", received.Headers["X-Recruiting-Event"]);
        using var body = JsonDocument.Parse(received.Text);
        Assert.Equal("test", body.RootElement.GetProperty("event").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("posting").ValueKind);
        var shown = await admin.GetStringAsync(page);
        Assert.Contains("The test event was delivered: the receiver answered 200.", shown);
        Assert.Contains("Delivered (200)", shown);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "webhook.tested"));
    }

    [Fact]
    public async Task A_failed_test_says_why_in_the_console_language_and_is_not_retried()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort(), 500);
        await using var app = await TestApp.StartAsync(settings: FastSettings());
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var hook = await AddHookAsync(app, receiver.Url, PostingEvents.Published);
        var page = $"/admin/webhooks/deliveries?id={hook.Id}";
        await admin.PostFormAsync("/admin", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");

        await admin.PostFormAsync(page, new(), $"/admin/webhooks/deliveries?handler=Test&id={hook.Id}");

        Assert.Contains("L’événement de test n’a pas été livré\u00A0: le destinataire a répondu 500.", WebUtility.HtmlDecode(await admin.GetStringAsync(page)));
        await using var db = app.NewDbContext();
        var delivery = await db.WebhookDeliveries.SingleAsync();
        Assert.Equal((DeliveryStatus.Failed, 1), (delivery.Status, delivery.Attempts));
    }
}
