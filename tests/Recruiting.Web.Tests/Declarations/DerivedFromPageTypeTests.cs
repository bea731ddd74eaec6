using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Legacy.Export;
using Recruiting.Legacy.Import;
using Recruiting.Testing;
using Recruiting.Web.Tests.Admin.Postings;
using Recruiting.Web.Tests.Api;

namespace Recruiting.Web.Tests.Declarations;

/// <summary>
/// The page type is the one declaration the site derives from: a job-posting type with one more field, registered only
/// in this test's host, shows in the editor, is validated, is served and accepted by the APIs and survives an export and
/// an import, without a line of code written for the field. The careers index's editor reads its own type's declaration
/// in the same way.
/// </summary>
public sealed class DerivedFromPageTypeTests
{
    private static readonly FieldDefinition ReferenceNumber = new("ReferenceNumber", FieldKind.Text,
        new("Reference number", "Numéro de référence"), "reference number")
    {
        Custom = true, Required = true, MaxLength = 12, FrontMatterKey = "referenceNumber",
        Hint = new("The number HR files the job under.", "Le numéro sous lequel les RH classent le poste."),
    };

    /// <summary>An optional long text that feeds a schema.org property.</summary>
    private static readonly FieldDefinition Perks = new("Perks", FieldKind.LongText, new("Perks", "Avantages"), "perks")
    {
        Custom = true, MaxLength = 500, FrontMatterKey = "perks", JsonLd = "jobBenefits",
    };

    private static readonly PageType WithReference = Recruiting.Core.Content.PageTypes.JobPosting.With(ReferenceNumber, Perks);

    /// <summary>A careers index declared otherwise than the product's: other labels and hints, a shorter title, a required and bounded introduction.</summary>
    private static readonly PageType ShortIndex = new(Recruiting.Core.Content.PageTypes.CareersIndex.Id, new("Careers index", "Page Carrières"),
    [
        new("Title", FieldKind.Text, new("Heading", "Intitulé"), "heading")
            { Required = true, MaxLength = 30, Hint = new("Thirty characters at most.", "Trente caractères au plus.") },
        new("BodyMarkdown", FieldKind.Markdown, new("Welcome text", "Texte d’accueil"), "welcome text")
            { Required = true, MaxLength = 200, Hint = new("Say who you are.", "Dites qui vous êtes.") },
    ]);

    private static Task<TestApp> StartAsync() =>
        TestApp.StartAsync(services: s => s.AddSingleton(new PageTypeSet(WithReference, ShortIndex)));

    [Fact]
    public async Task The_editor_shows_every_declared_text_field_with_the_servers_limits_and_the_extra_field_in_both_languages()
    {
        await using var app = await StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var html = new HtmlParser().ParseDocument(await author.GetStringAsync(PostingForms.NewUrl));
        foreach (var field in WithReference.Fields.Where(f => f.Kind is FieldKind.Text or FieldKind.LongText or FieldKind.Slug && !f.LegacyOnly))
        {
            var input = html.QuerySelector($"#{field.Name}");
            Assert.True(input is not null, $"The editor has no input for {field.Name}.");
            Assert.Equal(field.MaxLength?.ToString(), input.GetAttribute("maxlength"));
            Assert.Equal(field.Required, input.HasAttribute("required"));
            Assert.StartsWith(field.Label.English, html.QuerySelector($"label[for={field.Name}]")!.TextContent.Trim());
        }
        var reference = html.QuerySelector("#ReferenceNumber")!;
        Assert.Equal("Form.Fields[ReferenceNumber]", reference.GetAttribute("name"));
        Assert.Contains("The number HR files the job under.", html.QuerySelector("#ReferenceNumber-hint")!.TextContent);
        Assert.Equal("5000", html.QuerySelector("#Description")!.GetAttribute("maxlength"));

        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var french = new HtmlParser().ParseDocument(await author.GetStringAsync(PostingForms.NewUrl));
        Assert.StartsWith("Numéro de référence", french.QuerySelector("label[for=ReferenceNumber]")!.TextContent.Trim());
        Assert.Contains("Le numéro sous lequel les RH classent le poste.", french.QuerySelector("#ReferenceNumber-hint")!.TextContent);
    }

    [Fact]
    public async Task The_editor_validates_the_extra_field_as_declared_and_saves_it()
    {
        await using var app = await StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var missing = await author.PostFormAsync(PostingForms.NewUrl, PostingForms.Fields(), PostingForms.NewUrl + "?handler=Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var html = new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Enter the reference number.", html.QuerySelector("#ReferenceNumber-error")!.TextContent);

        var fields = PostingForms.Fields();
        fields["Form.Fields[ReferenceNumber]"] = "R-2026-000001";
        var tooLong = await author.PostFormAsync(PostingForms.NewUrl, fields, PostingForms.NewUrl + "?handler=Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        html = new HtmlParser().ParseDocument(await tooLong.Content.ReadAsStringAsync());
        Assert.Contains("The reference number is longer than 12 characters; shorten it.", html.QuerySelector("#ReferenceNumber-error")!.TextContent);

        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var french = await author.PostFormAsync(PostingForms.NewUrl, fields, PostingForms.NewUrl + "?handler=Save");
        html = new HtmlParser().ParseDocument(await french.Content.ReadAsStringAsync());
        Assert.Contains("Le champ «\u00A0Numéro de référence\u00A0» dépasse 12\u00A0caractères", html.QuerySelector("#ReferenceNumber-error")!.TextContent);

        fields["Form.Fields[ReferenceNumber]"] = " R-2026-001 ";
        var id = await PostingForms.CreateAsync(author, fields);
        await using (var db = app.NewDbContext())
            Assert.Equal("R-2026-001", (await db.Postings.SingleAsync(p => p.Id == id)).Draft.Field("ReferenceNumber"));
        var edit = new HtmlParser().ParseDocument(await author.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Equal("R-2026-001", edit.QuerySelector("#ReferenceNumber")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_apis_accept_validate_and_serve_the_extra_field_and_the_openapi_schema_declares_it()
    {
        await using var app = await StartAsync();
        var client = await new ApiUsers(app).ClientAsync("publisher", Roles.Publisher, Roles.Author);
        object Body(object? reference) => new Dictionary<string, object?>
        {
            ["language"] = "en", ["title"] = "Data engineer", ["description"] = "Pipelines.", ["bodyMarkdown"] = "You build.",
            ["leverId"] = "8c4a0a3e-3c5e-4a43-9c0e-2d0c3f7c1b11", ["referenceNumber"] = reference, ["perks"] = "Four weeks of holidays.",
        };

        var missing = await (await client.PostAsJsonAsync("/api/v1/manage/postings", Body(null))).ExpectProblemAsync(422);
        Assert.Contains("Enter the reference number.", (string)missing["errors"]!["referenceNumber"]![0]!);
        var tooLong = await (await client.PostAsJsonAsync("/api/v1/manage/postings", Body("R-2026-000001"))).ExpectProblemAsync(422);
        Assert.Contains("longer than 12 characters", (string)tooLong["errors"]!["referenceNumber"]![0]!);
        var wrongType = await (await client.PostAsJsonAsync("/api/v1/manage/postings", Body(42))).ExpectProblemAsync(400);
        Assert.NotNull(wrongType["errors"]!["referenceNumber"]);

        var created = await client.PostAsJsonAsync("/api/v1/manage/postings", Body("R-2026-001"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var posting = await created.ReadJsonAsync();
        Assert.Equal("R-2026-001", (string)posting["draft"]!["referenceNumber"]!);
        var id = (string)posting["id"]!;

        var update = await client.PutAsJsonAsync($"/api/v1/manage/postings/{id}",
            new Dictionary<string, object?> { ["referenceNumber"] = "R-2026-002", ["expectedVersion"] = (int)posting["version"]! });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var managed = await (await client.GetAsync($"/api/v1/manage/postings/{id}")).ReadJsonAsync();
        Assert.Equal("R-2026-002", (string)managed["draft"]!["referenceNumber"]!);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/manage/postings/{id}/publish", null)).StatusCode);
        var served = await (await app.CreateClient().GetAsync($"/api/v1/postings/{id}")).ReadJsonAsync();
        Assert.Equal("R-2026-002", (string)served["referenceNumber"]!);
        Assert.Equal("Four weeks of holidays.", (string)served["perks"]!);
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync((string)served["url"]!));
        var jsonLd = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Equal("Four weeks of holidays.", (string)jsonLd["jobBenefits"]!);

        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        foreach (var schema in new[] { "PostingWriteRequest", "PostingFieldsDto", "PostingDto" })
        {
            var properties = document["components"]!["schemas"]![schema]!["properties"]!;
            Assert.Equal(12, (int)properties["referenceNumber"]!["maxLength"]!);
            Assert.Contains("Reference number.", (string)properties["referenceNumber"]!["description"]!);
            Assert.Equal(Core.Workflow.PostingLimits.Title, (int)properties["title"]!["maxLength"]!);
        }
    }

    [Fact]
    public async Task The_careers_index_editor_takes_its_labels_hints_limits_and_rules_from_the_careers_index_declaration()
    {
        await using var app = await StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        const string url = "/admin/postings/careersindex?language=en";
        Task<HttpResponseMessage> Save(string title, string body) =>
            publisher.PostFormAsync(url, new() { ["Language"] = "en", ["Title"] = title, ["BodyMarkdown"] = body, ["Version"] = "0" });

        var html = new HtmlParser().ParseDocument(await publisher.GetStringAsync(url));
        foreach (var field in ShortIndex.Fields)
        {
            var input = html.QuerySelector($"#{field.Name}")!;
            Assert.Equal(field.MaxLength?.ToString(), input.GetAttribute("maxlength"));
            Assert.Equal(field.Required, input.HasAttribute("required"));
            Assert.StartsWith(field.Label.English, html.QuerySelector($"label[for={field.Name}]")!.TextContent.Trim());
            Assert.Contains(field.Hint!.English, html.QuerySelector($"#{field.Name}-hint")!.TextContent);
        }

        var invalid = await Save(new string('t', 31), "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        html = new HtmlParser().ParseDocument(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("The heading is longer than 30 characters; shorten it.", html.QuerySelector("#Title-error")!.TextContent);
        Assert.Contains("Enter the welcome text.", html.QuerySelector("#BodyMarkdown-error")!.TextContent);
        var tooLong = new HtmlParser().ParseDocument(await (await Save("Work with us", new string('b', 201))).Content.ReadAsStringAsync());
        Assert.Contains("The welcome text is longer than 200 characters; shorten it.", tooLong.QuerySelector("#BodyMarkdown-error")!.TextContent);

        await publisher.PostFormAsync(url, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var french = new HtmlParser().ParseDocument(await (await Save(new string('t', 31), "We hire.")).Content.ReadAsStringAsync());
        Assert.StartsWith("Intitulé", french.QuerySelector("label[for=Title]")!.TextContent.Trim());
        Assert.Contains("Trente caractères au plus.", french.QuerySelector("#Title-hint")!.TextContent);
        Assert.Contains("dépasse 30", french.QuerySelector("#Title-error")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await Save("Work with us", "We hire.")).StatusCode);
        var history = new HtmlParser().ParseDocument(await publisher.GetStringAsync("/admin/postings/careersindexhistory?language=en"));
        Assert.Contains("Intitulé, Texte d’accueil", history.QuerySelector("table.revisions tbody")!.TextContent);
    }

    [Fact]
    public async Task The_extra_field_survives_an_export_and_an_import_into_a_new_database()
    {
        var folder = Directory.CreateTempSubdirectory("pagetype-export-").FullName;
        try
        {
            Guid id;
            await using (var app = await StartAsync())
            {
                var client = await new ApiUsers(app).ClientAsync("publisher", Roles.Publisher, Roles.Author);
                var created = await (await client.PostAsJsonAsync("/api/v1/manage/postings", new Dictionary<string, object?>
                {
                    ["language"] = "en", ["slug"] = "data-engineer", ["title"] = "Data engineer", ["description"] = "Pipelines.",
                    ["bodyMarkdown"] = "You build.", ["referenceNumber"] = "R-2026-001",
                })).ReadJsonAsync();
                id = Guid.Parse((string)created["id"]!);
                await using var scope = app.Services.CreateAsyncScope();
                Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<HugoExporter>().ExportAsync(folder));
            }
            var file = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Single();
            Assert.Contains("\nreferenceNumber: R-2026-001\n", File.ReadAllText(file));

            await using (var app = await StartAsync())
            {
                await using var scope = app.Services.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<LegacyImporter>()
                    .ImportAsync(ImportSourceReader.List([folder], folder), new ImportOptions());
                Assert.Equal(1, report.Created);
                await using var db = app.NewDbContext();
                var imported = await db.Postings.SingleAsync();
                Assert.Equal("R-2026-001", imported.Draft.Field("ReferenceNumber"));
                Assert.DoesNotContain("referenceNumber", imported.Draft.ExtraFrontMatter.Keys);
                Assert.NotEqual(id, imported.Id);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
