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
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
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
        Assert.Contains("This account is locked", await withRightPassword.Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.LockedOut && e.Target == email));
        Assert.Equal(IdentityRules.MaxFailedSignIns - 1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.SignInFailed && e.Details == "wrong password"));
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
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
