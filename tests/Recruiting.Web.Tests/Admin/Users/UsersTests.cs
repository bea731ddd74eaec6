using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin.Users;

public sealed partial class UsersTests
{
    [GeneratedRegex("<p class=\"admin-secret\">([^<]+)</p>")]
    private static partial Regex SecretPattern();

    private static string OneTimePasswordIn(string html) => System.Net.WebUtility.HtmlDecode(SecretPattern().Match(html).Groups[1].Value);

    [Theory, Providers]
    public async Task An_administrator_creates_a_user_who_signs_in_with_the_one_time_password_shown_once(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var created = await admin.PostFormAsync("/admin/users/create", new()
        {
            ["Form.Email"] = "writer@example.test", ["Form.DisplayName"] = "Writer", ["Form.Language"] = "fr", ["Form.Roles"] = Roles.Author,
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl!.NoStore);
        var oneTime = OneTimePasswordIn(await created.Content.ReadAsStringAsync());
        Assert.Equal(20, oneTime.Length);
        var list = await admin.GetStringAsync("/admin/users");
        Assert.Contains("writer@example.test", list);
        Assert.DoesNotContain(oneTime, list);

        using var writer = SignedInClient.Anonymous(app);
        var signIn = await SignedInClient.SubmitSignInAsync(writer, "writer@example.test", oneTime);
        Assert.Equal(AdminPaths.ChangePassword, signIn.Headers.Location!.OriginalString);
        await using var db = app.NewDbContext();
        var entry = await db.AuditLog.SingleAsync(e => e.Action == AuditActions.Created);
        Assert.Equal((admin.Email, "writer@example.test", "roles: Author"), (entry.Actor, entry.Target, entry.Details));
        var user = await db.Users.SingleAsync(u => u.Email == "writer@example.test");
        Assert.Equal(("Writer", "fr", true), (user.DisplayName, user.PreferredLanguage, user.MustChangePassword));
    }

    [Fact]
    public async Task Creating_a_user_without_a_role_or_with_a_taken_email_is_refused_with_clear_messages()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var noRole = await admin.PostFormAsync("/admin/users/create", new() { ["Form.Email"] = "x@example.test" });
        var taken = await admin.PostFormAsync("/admin/users/create", new() { ["Form.Email"] = admin.Email, ["Form.Roles"] = Roles.Author });

        Assert.Contains("Choose at least one role.", await noRole.Content.ReadAsStringAsync());
        Assert.Contains($"A user with the email address {admin.Email} already exists.", await taken.Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Changing_roles_takes_effect_on_the_users_next_request_and_is_audited()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await Account.LockoutAndDisabledTests.UserId(app, author.Email);
        Assert.Equal(AdminPaths.AccessDenied, (await author.GetAsync("/admin/users")).Headers.Location!.AbsolutePath);

        var save = await admin.PostFormAsync($"/admin/users/edit/{id}", new()
        {
            ["Form.DisplayName"] = "Promoted", ["Form.Language"] = "en", ["Form.Roles"] = Roles.Administrator,
        }, $"/admin/users/edit/{id}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin/users")).StatusCode);
        await using var db = app.NewDbContext();
        var entry = await db.AuditLog.SingleAsync(e => e.Action == AuditActions.RolesChanged);
        Assert.Equal((author.Email, "Author → Administrator"), (entry.Target, entry.Details));
    }

    [Fact]
    public async Task An_administrator_cannot_demote_or_disable_themselves()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var id = await Account.LockoutAndDisabledTests.UserId(app, admin.Email);

        var demote = await admin.PostFormAsync($"/admin/users/edit/{id}", new()
        {
            ["Form.Language"] = "en", ["Form.Roles"] = Roles.Author,
        }, $"/admin/users/edit/{id}?handler=Save");
        var disable = await admin.PostFormAsync($"/admin/users/edit/{id}", [], $"/admin/users/edit/{id}?handler=Disable");

        Assert.Contains("You cannot remove your own administrator access.", await demote.Content.ReadAsStringAsync());
        Assert.Contains("You cannot remove your own administrator access.", await disable.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Resetting_a_password_gives_a_new_one_time_password_unlocks_and_ends_sessions()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await Account.LockoutAndDisabledTests.UserId(app, author.Email);

        var reset = await admin.PostFormAsync($"/admin/users/edit/{id}", [], $"/admin/users/edit/{id}?handler=ResetPassword");

        var oneTime = OneTimePasswordIn(await reset.Content.ReadAsStringAsync());
        Assert.NotEqual("", oneTime);
        Assert.Equal(AdminPaths.SignIn, (await author.GetAsync("/admin")).Headers.Location!.AbsolutePath);
        using var fresh = SignedInClient.Anonymous(app);
        Assert.Equal(HttpStatusCode.OK, (await SignedInClient.SubmitSignInAsync(fresh, author.Email, author.Password)).StatusCode);
        Assert.Equal(AdminPaths.ChangePassword, (await SignedInClient.SubmitSignInAsync(fresh, author.Email, oneTime)).Headers.Location!.OriginalString);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.PasswordReset && e.Target == author.Email && e.Actor == admin.Email));
    }

    [Fact]
    public async Task A_disabled_user_can_be_enabled_again()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await Account.LockoutAndDisabledTests.UserId(app, author.Email);
        await admin.PostFormAsync($"/admin/users/edit/{id}", [], $"/admin/users/edit/{id}?handler=Disable");

        var enable = await admin.PostFormAsync($"/admin/users/edit/{id}", [], $"/admin/users/edit/{id}?handler=Enable");

        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        using var again = await SignedInClient.SignInAsync(app, author.Email, author.Password);
        await using var db = app.NewDbContext();
        Assert.Equal([AuditActions.Disabled, AuditActions.Enabled],
            await db.AuditLog.Where(e => e.Target == author.Email && (e.Action == AuditActions.Disabled || e.Action == AuditActions.Enabled))
                .OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
    }
}
