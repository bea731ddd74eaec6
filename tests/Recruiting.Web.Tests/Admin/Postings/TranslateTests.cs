using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class TranslateTests
{
    [Theory, Providers]
    public async Task Create_the_translation_makes_a_linked_prefilled_draft_in_the_other_language(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var fields = PostingForms.Fields();
        fields["Form.Aliases"] = "/jobs/data";
        var id = await PostingForms.CreateAsync(author, fields);

        var response = await author.PostFormAsync(PostingForms.EditUrl(id), [], $"/admin/postings/translate/{id}");
        var translationId = PostingForms.IdFromRedirect(response);

        var original = await EditTests.LoadAsync(app, id);
        var translation = await EditTests.LoadAsync(app, translationId);
        Assert.Equal("fr", translation.Language);
        Assert.Equal(original.TranslationKey, translation.TranslationKey);
        Assert.Equal(original.Draft.BodyMarkdown, translation.Draft.BodyMarkdown);
        Assert.Empty(translation.Draft.Aliases);

        // Asking again opens the same translation instead of a second one.
        var again = await author.PostFormAsync(PostingForms.EditUrl(id), [], $"/admin/postings/translate/{id}");
        Assert.Equal(translationId, PostingForms.IdFromRedirect(again));
        await using (var db = app.NewDbContext())
            Assert.Equal(2, await db.Postings.CountAsync());

        var compare = await author.GetStringAsync($"/admin/postings/compare/{id}");
        Assert.Contains("lang=\"fr\"", compare);
        Assert.Contains("lang=\"en\"", compare);

        // The English changes after the French: the French is stale, the English up to date.
        await Task.Delay(20);
        await PostingForms.PostAsync(author, id, "Save", await EditTests.CurrentFieldsAsync(app, id, body: "Changed in English"));
        var frenchEditor = await author.GetStringAsync(PostingForms.EditUrl(translationId));
        Assert.Contains("Stale translation", frenchEditor);
        Assert.Contains("Up to date", await author.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Contains("Stale translation", await author.GetStringAsync($"/admin/postings/compare/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/admin/postings/compare/{translationId}")).StatusCode);
    }
}
