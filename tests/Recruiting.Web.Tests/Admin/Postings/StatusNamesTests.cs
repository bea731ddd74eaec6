using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>In French, one posting's status is singular ("Publiée"); lists of postings keep the plural ("Publiées").</summary>
public sealed class StatusNamesTests
{
    private static readonly Actor Publisher = new("seed@example.test", [Roles.Publisher]);

    [Fact]
    public async Task One_postings_status_is_singular_in_french_and_list_filters_stay_plural()
    {
        await using var app = await TestApp.StartAsync();
        Guid published;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            published = await IndexTests.Create(workflow, "fr", "comptable", "Comptable", "Tient les comptes.");
            Assert.True((await workflow.PublishAsync(published, null, Publisher)).Succeeded);
            var archived = await IndexTests.Create(workflow, "fr", "archiviste", "Archiviste", "Range.");
            Assert.True((await workflow.PublishAsync(archived, null, Publisher)).Succeeded);
            Assert.True((await workflow.ArchiveAsync(archived, null, Publisher)).Succeeded);
        }
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var english = await publisher.GetStringAsync(PostingForms.EditUrl(published));
        await publisher.PostFormAsync("/admin/postings", new() { ["language"] = "fr", ["returnUrl"] = "/admin/postings" }, AdminPaths.Language);

        var list = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin/postings"));
        var edit = WebUtility.HtmlDecode(await publisher.GetStringAsync(PostingForms.EditUrl(published)));
        var dashboard = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin"));

        // The editor's side panel shows the status as a badge, as the list does.
        Assert.Contains("<span class=\"badge badge-published\">Published</span>", english);
        // The list's status cell holds the status as a badge.
        Assert.Matches("<td data-label=\"Statut\"><span class=\"badge badge-published\">Publiée</span></td>", list);
        Assert.Matches("<td data-label=\"Statut\"><span class=\"badge badge-archived\">Archivée</span></td>", list);
        Assert.Contains(">Publiées</option>", list);
        Assert.Contains("<span class=\"badge badge-published\">Publiée</span>", edit);
        Assert.Contains("Publiées", dashboard);
        Assert.DoesNotMatch(@"status\.(draft|in-review|scheduled|published|archived)", list + edit + english); // keys never reach the page
    }
}
