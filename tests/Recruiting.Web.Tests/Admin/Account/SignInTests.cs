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
