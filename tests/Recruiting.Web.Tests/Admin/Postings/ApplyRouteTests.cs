using AngleSharp.Html.Parser;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>An open posting without an apply route (no Lever ID, or no apply template) is flagged before and on publication.</summary>
public sealed class ApplyRouteTests
{
    [Fact]
    public async Task A_posting_without_a_lever_id_is_flagged_in_the_checks_and_on_publish_in_both_languages()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher, Roles.Author);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields());

        var html = new HtmlParser().ParseDocument(await publisher.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Contains("This posting has no Lever ID, so it will show no Apply link", html.QuerySelector("aside.lint")!.TextContent);
        Assert.Contains("candidates cannot apply", html.QuerySelector("#LeverId-warning")!.TextContent);

        var fields = PostingForms.Fields();
        fields["Form.Version"] = "1";
        var published = await PostingForms.PostAsync(publisher, id, "Publish", fields);
        var after = new HtmlParser().ParseDocument(await publisher.GetStringAsync(published.Headers.Location!.OriginalString));
        Assert.Contains("The posting is published.", after.QuerySelector(".notice")!.TextContent);
        Assert.Contains("The posting is published, but it shows no Apply link", after.QuerySelector("aside.lint")!.TextContent);

        await publisher.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var french = new HtmlParser().ParseDocument(await publisher.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Contains("Cette offre n’a pas d’identifiant Lever", french.QuerySelector("aside.lint")!.TextContent);

        fields["Form.LeverId"] = "8c4a0a3e-3c5e-4a43-9c0e-2d0c3f7c1b11";
        fields["Form.Version"] = french.QuerySelector("form.posting-form input[name='Form.Version']")!.GetAttribute("value")!;
        var saved = await PostingForms.PostAsync(publisher, id, "Save", fields);
        var fixedPage = new HtmlParser().ParseDocument(await publisher.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Null(fixedPage.QuerySelector("#LeverId-warning"));
        Assert.DoesNotContain("Lever", fixedPage.QuerySelector("aside.lint")!.TextContent);
    }

    [Fact]
    public async Task Without_an_apply_template_the_checks_say_no_posting_shows_an_apply_link()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Site:ApplyUrlTemplate"] = "" });
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var fields = PostingForms.Fields();
        fields["Form.LeverId"] = "8c4a0a3e-3c5e-4a43-9c0e-2d0c3f7c1b11";
        var id = await PostingForms.CreateAsync(author, fields);

        var html = new HtmlParser().ParseDocument(await author.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Contains("the site has no Site:ApplyUrlTemplate", html.QuerySelector("aside.lint")!.TextContent);
    }
}
