using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin.Account;

public sealed partial class LanguageTests
{
    // L["…"] in pages and code, and the messages of validation attributes.
    [System.Text.RegularExpressions.GeneratedRegex("(?:L\\[|ErrorMessage = )\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial System.Text.RegularExpressions.Regex TextLiteral();

    [Fact]
    public async Task Switching_to_French_returns_to_the_same_page_in_French_and_is_remembered_for_the_user()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var response = await admin.PostFormAsync("/admin/users", new() { ["language"] = "fr", ["returnUrl"] = "/admin/users?x=1" }, AdminPaths.Language);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users?x=1", response.Headers.Location!.OriginalString);
        var french = await admin.GetStringAsync("/admin/users");
        Assert.Contains("<html lang=\"fr\">", french);
        Assert.Contains("Ajouter un utilisateur", french);
        await using var db = app.NewDbContext();
        Assert.Equal("fr", (await db.Users.SingleAsync(u => u.Email == admin.Email)).PreferredLanguage);
    }

    [Fact]
    public async Task The_preferred_language_applies_at_sign_in_and_foreign_return_addresses_are_ignored()
    {
        await using var app = await TestApp.StartAsync();
        var email = "fr@example.test";
        var password = SignedInClient.NewPassword();
        var user = await SignedInClient.CreateUserAsync(app, email, password, [Roles.Author]);
        await using (var db = app.NewDbContext())
        {
            (await db.Users.SingleAsync(u => u.Id == user.Id)).PreferredLanguage = "fr";
            await db.SaveChangesAsync();
        }
        using var client = await SignedInClient.SignInAsync(app, email, password);

        Assert.Contains("Tableau de bord", await client.GetStringAsync("/admin"));
        var away = await client.PostFormAsync("/admin", new() { ["language"] = "en", ["returnUrl"] = "https://evil.example/" }, AdminPaths.Language);
        Assert.Equal("/admin", away.Headers.Location!.OriginalString);
        Assert.Contains("Dashboard", await client.GetStringAsync("/admin"));
    }

    [Fact]
    public async Task Validation_messages_come_from_the_catalog_their_model_names_in_the_consoles_language()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        await admin.PostFormAsync("/admin", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, AdminPaths.Language);

        var token = WebUtility.HtmlDecode(await (await admin.PostFormAsync("/admin/tokens", new() { ["Form.Name"] = "" }, "/admin/tokens?handler=Create")).Content.ReadAsStringAsync());
        var user = WebUtility.HtmlDecode(await (await admin.PostFormAsync("/admin/users/create", new() { ["Form.Email"] = "not an address" })).Content.ReadAsStringAsync());

        Assert.Contains("Saisissez un nom qui indique où le jeton est utilisé.", token); // ApiTexts, through [TextsFrom]
        Assert.Contains("Saisissez une adresse électronique comme nom@exemple.fr.", user); // AdminTexts
        Assert.DoesNotContain("Enter a name that says", token);
    }

    [Fact]
    public async Task Every_console_text_has_its_French()
    {
        await using var app = await TestApp.StartAsync();
        var localizer = app.Service<Microsoft.Extensions.Localization.IStringLocalizer<AdminTexts>>();
        var web = Path.Combine(Recruiting.Web.Hosting.AppRoot.Locate().Path, "src", "Recruiting.Web");
        // The shell, accounts, users and audit screens (AdminTexts); the postings, token and webhook screens have their
        // own catalogs, checked by Localization/CatalogCheckTests with every other area.
        var sources = new[] { "Pages/Admin", "Admin" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(web, dir), "*.cs*", SearchOption.AllDirectories))
            .Where(file => !new[] { "Postings", "Tokens", "Webhooks" }.Any(area => file.Contains($"{Path.DirectorySeparatorChar}{area}{Path.DirectorySeparatorChar}")));
        var literals = sources.SelectMany(file => TextLiteral().Matches(File.ReadAllText(file))
            .Select(m => (File: Path.GetFileName(file), Text: System.Text.RegularExpressions.Regex.Unescape(m.Groups[1].Value)))).ToList();

        Assert.True(literals.Count > 80, $"only {literals.Count} texts found: is the pattern still right?");
        Assert.All(literals, t => Assert.False(localizer[t.Text].ResourceNotFound, $"{t.File}: no French for \"{t.Text}\""));
        Assert.All(AdminNavigation.Items, item => Assert.False(localizer[item.Label].ResourceNotFound, item.Label));
        Assert.All(Roles.All, role => Assert.False(localizer[role].ResourceNotFound, role));
        Assert.All(new AdminTexts().French, entry => Assert.False(string.IsNullOrWhiteSpace(entry.French), entry.Key));
    }
}
