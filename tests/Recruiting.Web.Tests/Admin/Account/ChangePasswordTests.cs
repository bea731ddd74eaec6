using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin.Account;

public sealed class ChangePasswordTests
{
    [Fact]
    public async Task A_one_time_password_must_be_changed_before_any_other_page_opens()
    {
        await using var app = await TestApp.StartAsync();
        var email = "new@example.test";
        var oneTime = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, oneTime, [Roles.Administrator], mustChangePassword: true);
        using var client = SignedInClient.Anonymous(app);

        var signIn = await SignedInClient.SubmitSignInAsync(client, email, oneTime);
        Assert.Equal(AdminPaths.ChangePassword, signIn.Headers.Location!.OriginalString);
        foreach (var page in new[] { "/admin", "/admin/users", "/admin/audit" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(AdminPaths.ChangePassword, response.Headers.Location!.OriginalString);
        }

        var mine = SignedInClient.NewPassword();
        var change = await SignedInClient.PostFormAsync(client, AdminPaths.ChangePassword, new()
        {
            ["Form.CurrentPassword"] = oneTime, ["Form.NewPassword"] = mine, ["Form.ConfirmPassword"] = mine,
        });

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        await using var db = app.NewDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Email == email)).MustChangePassword);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.PasswordChanged && e.Actor == email));
        using var again = await SignedInClient.SignInAsync(app, email, mine);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_with_the_rules_it_breaks()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var response = await author.PostFormAsync(AdminPaths.ChangePassword, new()
        {
            ["Form.CurrentPassword"] = author.Password, ["Form.NewPassword"] = "short", ["Form.ConfirmPassword"] = "short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The password must be at least 15 characters long.", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        using var stillOld = await SignedInClient.SignInAsync(app, author.Email, author.Password);
    }

    [Theory]
    [InlineData("Summer2024!!Summer")]
    [InlineData("Welcome2025!!!!!")]
    public async Task A_common_pattern_is_refused_even_when_long_and_mixed(string password)
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var response = await author.PostFormAsync(AdminPaths.ChangePassword, new()
        {
            ["Form.CurrentPassword"] = author.Password, ["Form.NewPassword"] = password, ["Form.ConfirmPassword"] = password,
        });

        Assert.Contains("This password is too common or too easy to guess", await response.Content.ReadAsStringAsync());
        using var stillOld = await SignedInClient.SignInAsync(app, author.Email, author.Password);
    }
}
