using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Webhooks;

namespace Recruiting.Web.Tests.Webhooks;

internal static class WebhookTestSupport
{
    public static readonly Actor HookAdmin = Actor.System("test-admin");

    /// <summary>
    /// Fast polling and retries, so tests see several attempts within a second or two; the local receiver's
    /// 127.0.0.1 allowed as an internal host, as an operator would allow a receiver inside their network.
    /// </summary>
    public static Dictionary<string, string?> FastSettings(int maxAttempts = 10) => new()
    {
        ["Webhooks:AllowedInternalHosts:0"] = "127.0.0.1",
        ["Webhooks:PollSeconds"] = "0.1",
        ["Webhooks:RetryBaseSeconds"] = "0.2",
        ["Webhooks:MaxAttempts"] = maxAttempts.ToString(),
        ["Site:BaseUrl"] = "https://careers.example.org",
    };

    public static async Task<Webhook> AddHookAsync(TestApp app, string url, params string[] events)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (hook, errors) = await scope.ServiceProvider.GetRequiredService<WebhookRegistry>().AddAsync(url, events, HookAdmin);
        Assert.Empty(errors);
        return hook!;
    }

    public static Task<WebhookDelivery> WaitForDeliveryAsync(TestApp app, Func<WebhookDelivery, bool> done, int seconds = 20) =>
        WaitForDeliveryAsync(app.Database, done, seconds);

    public static async Task<WebhookDelivery> WaitForDeliveryAsync(TestDatabase database, Func<WebhookDelivery, bool> done, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var db = database.NewContext();
            var deliveries = await db.WebhookDeliveries.AsNoTracking().ToListAsync();
            if (deliveries.FirstOrDefault(done) is { } found) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("No delivery reached the expected state: " + string.Join("; ", deliveries.Select(d => $"{d.Status} x{d.Attempts} {d.LastError}")));
            await Task.Delay(50);
        }
    }
}
