using System.Net;
using System.Net.Http.Json;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using Recruiting.Web.Tests.Public;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>
/// A translation starts as a draft flagged "to translate" that cannot be published until its text is marked translated,
/// and a body in the other language needs a publisher's "the language is right" to be published.
/// </summary>
public sealed class TranslationFlagTests
{
    private const string EnglishBody = "## The role\n\nYou will work with the team and you are in charge of the data for our service.";
    private const string FrenchBody = "## Le poste\n\nVous travaillez avec les équipes de la direction et vous êtes responsable des données pour le service.";

    [Theory, Providers]
    public async Task A_new_translation_is_flagged_to_translate_until_its_text_is_marked_translated(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields(body: EnglishBody));
        var translationId = PostingForms.IdFromRedirect(await publisher.PostFormAsync(PostingForms.EditUrl(id), [], $"/admin/postings/translate/{id}"));
        Assert.Equal("en", (await EditTests.LoadAsync(app, translationId)).Draft.TranslateFrom);

        var editor = (await publisher.Http.GetHtmlAsync(PostingForms.EditUrl(translationId))).Html;
        Assert.Equal("To translate", editor.QuerySelector(".to-translate .badge")!.TextContent.Trim());
        Assert.Contains("You will work with the team", editor.QuerySelector(".translation-source")!.TextContent);
        Assert.NotNull(editor.QuerySelector("input#Translated[name='Form.Translated']"));

        var refused = await PostingForms.PostAsync(publisher, translationId, "Publish", await EditTests.CurrentFieldsAsync(app, translationId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var error = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector("#BodyMarkdown-error");
        Assert.Contains("still flagged 'to translate'", error!.TextContent);

        var translated = await EditTests.CurrentFieldsAsync(app, translationId, title: "Ingénieur de données", body: FrenchBody);
        translated["Form.Translated"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, translationId, "Publish", translated)).StatusCode);
        var posting = await EditTests.LoadAsync(app, translationId);
        Assert.Null(posting.Draft.TranslateFrom);
        Assert.Equal(PostingStatus.Published, posting.Status);
    }

    [Fact]
    public async Task Publishing_a_body_in_the_other_language_needs_the_language_is_right_box()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields(language: "fr", body: EnglishBody));

        var refused = await PostingForms.PostAsync(publisher, id, "Publish", await EditTests.CurrentFieldsAsync(app, id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The body reads as English, but the posting is in French", page.QuerySelector("#BodyMarkdown-error")!.TextContent);
        Assert.Equal("The language is right", page.QuerySelector("label[for=LanguageConfirmed]")!.TextContent.Trim());
        Assert.Null((await EditTests.LoadAsync(app, id)).Published);

        var confirmed = await EditTests.CurrentFieldsAsync(app, id);
        confirmed["LanguageConfirmed"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, id, "Publish", confirmed)).StatusCode);
        Assert.Equal(PostingStatus.Published, (await EditTests.LoadAsync(app, id)).Status);
    }

    [Fact]
    public async Task The_api_refuses_it_too_unless_confirmLanguage_is_sent()
    {
        await using var app = await TestApp.StartAsync();
        var draft = await new PostingSeeder(app).DraftAsync("en", "wrong-language", PostingSeeder.Content("Mauvaise langue", FrenchBody));
        var api = await new ApiUsers(app).ClientAsync("paula", Roles.Publisher);

        var problem = await (await api.PostAsync($"/api/v1/manage/postings/{draft}/publish", null)).ExpectProblemAsync(409);
        Assert.Contains("reads as French", (string)problem["errors"]!["bodyMarkdown"]![0]!);
        var published = await api.PostAsJsonAsync($"/api/v1/manage/postings/{draft}/publish", new { confirmLanguage = true });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }
}
