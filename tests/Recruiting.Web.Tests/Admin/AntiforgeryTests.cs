using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin;

public sealed class AntiforgeryTests
{
    [Fact]
    public async Task A_console_post_without_the_token_is_refused_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var form = new Dictionary<string, string> { ["Form.Email"] = "forged@example.test", ["Form.Roles"] = Roles.Administrator };

        var forged = await admin.Http.PostAsync("/admin/users/create", new FormUrlEncodedContent(form));
        var genuine = await admin.PostFormAsync("/admin/users/create", form);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "forged@example.test"));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_token_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        using var client = SignedInClient.Anonymous(app);

        var response = await client.PostAsync("/admin/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = "a@example.test", ["Form.Password"] = "whatever",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_console_form_carries_an_antiforgery_token()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var id = await Account.LockoutAndDisabledTests.UserId(app, admin.Email);

        foreach (var url in new[] { "/admin", "/admin/users/create", $"/admin/users/edit/{id}", "/admin/account/changepassword", "/admin/account/signout" })
        {
            var html = await admin.GetStringAsync(url);
            var posts = System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.NotEmpty(posts);
            Assert.All(posts, form => Assert.Contains("__RequestVerificationToken", form.Groups[1].Value));
        }
    }
}
