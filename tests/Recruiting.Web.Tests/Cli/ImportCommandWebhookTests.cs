using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Delivery;
using Recruiting.Testing;
using Recruiting.Web.Cli;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Cli;

/// <summary>`import PATH` run from a folder whose appsettings.json points at a fresh database with a webhook.</summary>
public sealed class ImportCommandWebhookTests
{
    private const string Posting = """
        ---
        title: 'Data engineer'
        description: A role in the data team.
        archived: false
        translationKey: data-engineer
        leverId: 3b6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f
        ---

        ## About the role

        You will move data.
        """;

    [Theory, Providers]
    public async Task A_command_line_import_queues_a_delivery_for_each_listening_webhook(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = await CommandFolder.CreateAsync(database, new { Site = new { BaseUrl = "https://careers.example.org" } });
        Directory.CreateDirectory(Path.Combine(folder.Path, "postings", "en"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "postings", "en", "data-engineer.md"), Posting);
        var hook = new Webhook { Url = "https://hooks.example.org/in", Secret = "s3cret-for-tests", Events = PostingEvents.Published, CreatedAt = DateTimeOffset.UtcNow };
        var deaf = new Webhook { Url = "https://hooks.example.org/deaf", Secret = "s3cret-for-tests", Events = PostingEvents.Archived, CreatedAt = DateTimeOffset.UtcNow };
        await using (var db = database.NewContext())
        {
            db.Webhooks.AddRange(hook, deaf);
            await db.SaveChangesAsync();
        }

        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["import", Path.Combine(folder.Path, "postings")], new AppRoot(folder.Path), new StringWriter(), error);

        Assert.Equal((0, ""), (exit, error.ToString()));
        await using var check = database.NewContext();
        var posting = await check.Postings.SingleAsync();
        var delivery = await check.WebhookDeliveries.SingleAsync();
        Assert.Equal((hook.Id, PostingEvents.Published, DeliveryStatus.Pending), (delivery.WebhookId, delivery.Event, delivery.Status));
        Assert.Contains(posting.Id.ToString(), delivery.Payload);
        Assert.Contains("https://careers.example.org/en/careers/" + posting.Slug, delivery.Payload);
    }
}
