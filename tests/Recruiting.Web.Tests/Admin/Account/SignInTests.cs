using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin.Account;

public sealed class SignInTests
{
    [Theory, Providers]
    public async Task A_user_signs_in_with_the_right_password_and_reaches_the_dashboard(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var dashboard = await author.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("Dashboard", html);
        Assert.Contains(author.Email, html);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.SignedIn && e.Actor == author.Email));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_recorded()
    {
        await using var app = await TestApp.StartAsync();
        var email = "someone@example.test";
        await SignedInClient.CreateUserAsync(app, email, SignedInClient.NewPassword(), [Roles.Author]);
        using var client = SignedInClient.Anonymous(app);

        var response = await SignedInClient.SubmitSignInAsync(client, email, "Wrong-password-1!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email address or password is incorrect.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.Actor == email));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page()
    {
        await using var app = await TestApp.StartAsync();
        using var client = SignedInClient.Anonymous(app);

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/account/signin", response.Headers.Location!.ToString());
    }
}

public sealed class LockoutAndDisabledTests
{
    // Before: five wrong passwords from anywhere locked the account for everyone (a denial of service), and only
    // known accounts said "locked". Now the limit is per address typed and client, and unknown addresses get it too.
    [Fact]
    public async Task Five_wrong_passwords_block_that_client_for_that_address_even_against_the_right_password()
    {
        await using var app = await TestApp.StartAsync();
        var email = "locked@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Author]);
        using var client = SignedInClient.Anonymous(app);

        for (var i = 0; i < IdentityRules.MaxFailedSignIns; i++)
            await SignedInClient.SubmitSignInAsync(client, email, "Wrong-password-1!");
        var withRightPassword = await SignedInClient.SubmitSignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("Too many failed sign-ins for this email address from your network.", await withRightPassword.Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.LockedOut && e.Target == email));
        Assert.Equal(IdentityRules.MaxFailedSignIns - 1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.SignInFailed && e.Details == "wrong password"));
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public async Task An_attacker_guessing_from_another_address_does_not_lock_the_administrator_out()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["ReverseProxy:Enabled"] = "true" });
        var email = "admin@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Administrator]);
        using var attacker = SignedInClient.Anonymous(app);
        attacker.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.66");
        using var administrator = SignedInClient.Anonymous(app);
        administrator.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");

        for (var i = 0; i < IdentityRules.MaxFailedSignIns + 2; i++)
            await SignedInClient.SubmitSignInAsync(attacker, email, $"Guess-number-{i}-wrong");
        var blocked = await SignedInClient.SubmitSignInAsync(attacker, email, password);
        var signedIn = await SignedInClient.SubmitSignInAsync(administrator, email, password);

        Assert.Contains("Too many failed sign-ins", await blocked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(AdminPaths.Home, signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Known_and_unknown_addresses_get_the_same_answers_all_the_way_to_the_limit()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Security:SignInRateLimit:PermitLimit"] = "100" });
        var known = "known@example.test";
        await SignedInClient.CreateUserAsync(app, known, SignedInClient.NewPassword(), [Roles.Author]);
        using var client = SignedInClient.Anonymous(app);

        async Task<List<string>> AnswersAsync(string email)
        {
            var answers = new List<string>();
            for (var i = 0; i < IdentityRules.MaxFailedSignIns + 1; i++)
            {
                var html = await (await SignedInClient.SubmitSignInAsync(client, email, "Wrong-password-1!")).Content.ReadAsStringAsync();
                answers.Add(System.Text.RegularExpressions.Regex.Match(html, "<div class=\"admin-error\"[^>]*><p>([^<]*)</p>").Groups[1].Value);
            }
            return answers;
        }

        var forKnown = await AnswersAsync(known);
        var forUnknown = await AnswersAsync("nobody-here@example.test");

        Assert.Equal(forKnown, forUnknown);
        Assert.Contains("incorrect", forKnown[0]);
        Assert.Contains("Too many failed sign-ins", forKnown[^1]);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_no_longer_works()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var session = (await author.GetAsync("/admin")).RequestMessage!.Headers.GetValues("Cookie").Single();
        using var thief = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/admin")).StatusCode);

        var signOut = await author.PostFormAsync("/admin", [], AdminPaths.SignOut);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var replayed = await thief.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal(AdminPaths.SignIn, replayed.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        await using var app = await TestApp.StartAsync();
        var email = "gone@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Author]);
        await using (var db = app.NewDbContext())
        {
            (await db.Users.SingleAsync(u => u.Email == email)).Disabled = true;
            await db.SaveChangesAsync();
        }
        using var client = SignedInClient.Anonymous(app);

        var response = await SignedInClient.SubmitSignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is disabled.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin")).StatusCode);
        var authorId = await UserId(app, author.Email);

        var disable = await admin.PostFormAsync($"/admin/users/edit/{authorId}", [], $"/admin/users/edit/{authorId}?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        var after = await author.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(AdminPaths.SignIn, after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_and_a_page_that_says_so()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Security:SignInRateLimit:PermitLimit"] = "3",
            ["Security:SignInRateLimit:WindowSeconds"] = "600",
        });
        using var client = SignedInClient.Anonymous(app);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
            statuses.Add((await SignedInClient.SubmitSignInAsync(client, $"nobody{i}@example.test", "Wrong-password-1!")).StatusCode);
        var limited = await SignedInClient.SubmitSignInAsync(client, "nobody@example.test", "Wrong-password-1!");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AdminPaths.SignIn)).StatusCode);
    }

    internal static async Task<string> UserId(TestApp app, string email)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}

public sealed class NavigationTests
{
    [Fact]
    public async Task The_menu_shows_each_role_only_the_screens_it_may_open()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var asAuthor = await author.GetStringAsync("/admin");
        var asAdmin = await admin.GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/postings\"", asAuthor);
        Assert.DoesNotContain("href=\"/admin/users\"", asAuthor);
        Assert.DoesNotContain("href=\"/admin/audit\"", asAuthor);
        Assert.Contains("href=\"/admin/users\"", asAdmin);
        Assert.Contains("href=\"/admin/audit\"", asAdmin);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">", asAdmin);
        Assert.Contains("<main id=\"main\"", asAdmin);
    }
}
