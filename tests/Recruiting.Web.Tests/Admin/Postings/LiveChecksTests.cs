using System.Net;
using System.Text.Json.Nodes;
using Recruiting.Core.Identity;
using Recruiting.Core.Lint.Rules;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>The editor's live checks endpoint: the form in, the warnings a save would give as JSON, nothing saved.</summary>
public sealed class LiveChecksTests
{
    private const string FrenchBody = "## Le poste\n\nVous travaillez avec les équipes de la direction et vous êtes responsable des données pour le service.";

    [Fact]
    public async Task The_form_as_typed_gets_the_lint_rules_and_the_editors_checks_as_json()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await PostingForms.CreateAsync(author, PostingForms.Fields());
        var fields = await EditTests.CurrentFieldsAsync(app, id,
            body: "# Title in the body\n\nSee [the team] (https://example.org) and [x](htp:/broken link).\n\n" + FrenchBody);
        fields["Form.Description"] = new string('d', 400);
        fields["Form.ClosingAt"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm");
        var before = (await EditTests.LoadAsync(app, id)).Version;

        var codes = Codes(await ChecksAsync(author, id, fields));

        Assert.Contains("lint." + HeadingLevelRule.Id, codes);
        Assert.Contains("lint." + MalformedLinkRule.Id, codes);
        Assert.Contains("lint." + LinkSchemeRule.Id, codes);
        Assert.Contains("lint." + DescriptionLengthRule.Id, codes);
        Assert.Contains("closing-date-passed", codes);
        Assert.Contains("body-in-french", codes);
        Assert.Equal(before, (await EditTests.LoadAsync(app, id)).Version); // nothing saved

        var clean = Codes(await ChecksAsync(author, id, await EditTests.CurrentFieldsAsync(app, id)));
        Assert.DoesNotContain(clean, c => c.StartsWith("lint.") || c is "closing-date-passed" or "body-in-french");
    }

    [Fact]
    public async Task Messages_are_in_the_consoles_language_and_the_endpoint_needs_the_antiforgery_token()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var fields = PostingForms.Fields(body: "## Role\n\nYou will work with the team and you are in charge of the data for our service.", language: "fr");

        var answer = await ChecksAsync(author, null, fields);
        var finding = answer["findings"]!.AsArray().Single(f => (string)f!["code"]! == "body-in-english")!;
        Assert.Equal("BodyMarkdown", (string)finding["field"]!);
        Assert.StartsWith("Le texte semble rédigé en anglais", (string)finding["message"]!);

        var forged = await author.Http.PostAsync("/admin/postings/checks", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var anonymous = await SignedInClient.Anonymous(app).PostAsync("/admin/postings/checks", new FormUrlEncodedContent(fields));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Content_checks_speak_french_in_the_french_console_with_their_values_and_french_typography()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var fields = PostingForms.Fields(language: "fr",
            body: "## Le poste\n\n#### Détails\n\nVoir [l’équipe] (https://example.org) et [x](htp:/lien cassé).\n\n" + FrenchBody);
        fields["Form.Description"] = new string('d', 400);

        var findings = (await ChecksAsync(author, null, fields))["findings"]!.AsArray()
            .Where(f => ((string)f!["code"]!).StartsWith("lint.")).ToDictionary(f => (string)f!["code"]!, f => (string)f!["message"]!);

        Assert.Equal("Ligne 3\u00A0: Ce titre de niveau 4 suit un titre de niveau 2\u00A0: le niveau 3 est sauté. Utilisez ### ici, ou ajoutez au-dessus le titre de niveau 3 qui manque.",
            findings["lint." + HeadingLevelRule.Id]);
        Assert.Equal("Ligne 5\u00A0: «\u00A0[l’équipe] (https://example.org)\u00A0» n’est pas un lien\u00A0: l’espace entre «\u00A0]\u00A0» et «\u00A0(\u00A0» en fait du texte simple. Supprimez l’espace\u00A0: [l’équipe](https://example.org).",
            findings["lint." + MalformedLinkRule.Id]);
        Assert.StartsWith("Ligne 5\u00A0: Le lien «\u00A0htp:/lien cassé\u00A0» utilise le schéma «\u00A0htp\u00A0», qui n’est ni une adresse web ni une adresse e-mail\u00A0:",
            findings["lint." + LinkSchemeRule.Id]);
        Assert.Equal("La description compte 400 caractères\u00A0; les résultats de recherche la coupent après environ 160. Raccourcissez-la à 160 caractères ou moins, l’essentiel en premier.",
            findings["lint." + DescriptionLengthRule.Id]);
    }

    [Fact]
    public async Task What_the_sanitizer_removes_is_said_in_french_in_the_french_console()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var fields = PostingForms.Fields(language: "fr",
            body: FrenchBody + "\n\n<script>alert(1)</script>\n\nUn <b onclick=\"go()\">bouton</b> et [un lien](javascript:go()).");

        var removed = (await ChecksAsync(author, null, fields))["findings"]!.AsArray()
            .Where(f => (string)f!["code"]! == "lint." + RemovedHtmlRule.Id).Select(f => (string)f!["message"]!).ToList();

        const string Never = "\u00A0: cela n’apparaît jamais sur la page publique. Supprimez-le du texte";
        Assert.Contains(removed, m => m.StartsWith("Ligne 5\u00A0: Le nettoyage du HTML retire l’élément <script> et tout son contenu" + Never));
        Assert.Contains(removed, m => m.StartsWith("Ligne 7\u00A0: Le nettoyage du HTML retire le gestionnaire d’événement onclick de <b>" + Never));
        Assert.Contains(removed, m => m.StartsWith("Ligne 7\u00A0: Le nettoyage du HTML retire l’adresse dangereuse de ce lien (javascript:)" + Never));
        Assert.DoesNotContain(removed, m => m.Contains("the ") || m.Contains("element") || m.Contains("event handler"));
    }

    [Fact]
    public async Task After_a_save_the_editor_words_the_checks_in_french_too()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");

        var saved = await author.PostFormAsync(PostingForms.NewUrl,
            PostingForms.Fields(language: "fr", body: "## Le poste\n\n#### Détails\n\n<script>x()</script>\n\n" + FrenchBody), PostingForms.NewUrl + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = WebUtility.HtmlDecode(await author.GetStringAsync(saved.Headers.Location!.OriginalString));

        Assert.Contains("Ligne 3\u00A0: Ce titre de niveau 4 suit un titre de niveau 2\u00A0: le niveau 3 est sauté.", editor);
        Assert.Contains("Ligne 5\u00A0: Le nettoyage du HTML retire l’élément <script> et tout son contenu\u00A0:", editor);
        Assert.DoesNotContain("heading follows", editor);
        Assert.DoesNotContain("The sanitizer removes", editor);
    }

    private static async Task<JsonNode> ChecksAsync(SignedInClient client, Guid? id, Dictionary<string, string> fields)
    {
        var page = id is { } pid ? PostingForms.EditUrl(pid) : PostingForms.NewUrl;
        var response = await client.PostFormAsync(page, fields, "/admin/postings/checks" + (id is null ? "" : "/" + id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> Codes(JsonNode answer) => answer["findings"]!.AsArray().Select(f => (string)f!["code"]!).ToList();
}
