using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>The postings list's search ignores accents and case, by the careers search's folding rule, on both databases.</summary>
public sealed class ListSearchTests
{
    [Theory, Providers]
    public async Task Montreal_finds_Montréal_and_the_search_still_reads_title_body_and_leverId(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            await IndexTests.Create(workflow, "fr", "infirmiere", "Infirmière à Montréal", "Soins de nuit.");
            await IndexTests.Create(workflow, "fr", "developpeuse", "Développeuse", "Équipe basée à **Québec**.", leverId: "5ac21346-8e0c-4494-8e4a-ea8e9f2c1a01");
            await IndexTests.Create(workflow, "en", "nurse", "Night nurse", "Works in Toronto.");
        }
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        async Task<string> Search(string text) => await author.GetStringAsync("/admin/postings?Criteria.Search=" + Uri.EscapeDataString(text));

        var montreal = await Search("Montreal");
        Assert.Contains("1 postings", montreal);
        Assert.Contains("Infirmière à Montréal", System.Net.WebUtility.HtmlDecode(montreal));
        Assert.Contains("1 postings", await Search("MONTRÉAL"));
        Assert.Contains("1 postings", await Search("infirmiere a"));
        Assert.Contains("Développeuse", System.Net.WebUtility.HtmlDecode(await Search("quebec")));
        Assert.Contains("1 postings", await Search("equipe basee"));
        Assert.Contains("1 postings", await Search("5AC21346"));
        Assert.Contains("Night nurse", await Search("NURSE"));
        Assert.Contains("0 postings", await Search("%"));
        Assert.Contains("0 postings", await Search("montreal toronto"));
    }
}
