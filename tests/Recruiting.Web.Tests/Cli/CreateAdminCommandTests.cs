using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;
using Recruiting.Web.Cli;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Cli;

/// <summary>The command as run from a folder whose appsettings.json points at a fresh database.</summary>
public sealed class CreateAdminCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CommandFolder _folder = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrate: false);
        _folder = await CommandFolder.CreateAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new CreateAdminCommand.Io(new StringReader(stdin ?? ""), stdin is not null, output, error);
        var exit = await CreateAdminCommand.Build(new AppRoot(_folder.Path), io).Parse(args).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Without_input_it_prints_a_one_time_password_that_signs_in_once_and_must_be_changed()
    {
        var (exit, output, error) = await RunAsync(null, "first@example.test");

        Assert.Equal((0, ""), (exit, error));
        var password = output.Split('\n').Single(l => l.StartsWith("One-time password")).Split(": ")[1].Trim();
        await using var db = _database.NewContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal(("first@example.test", true, false), (user.Email, user.MustChangePassword, user.Disabled));
        Assert.Equal([Roles.Administrator], await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.Created && e.Target == "first@example.test"));

        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["ConnectionStrings:Default"] = _database.ConnectionString });
        using var client = SignedInClient.Anonymous(app);
        var signIn = await SignedInClient.SubmitSignInAsync(client, "first@example.test", password);
        Assert.Equal(AdminPaths.ChangePassword, signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_password_on_standard_input_is_used_and_not_printed()
    {
        var (exit, output, _) = await RunAsync("chosen orbit lantern velvet\n", "piped@example.test", "--name", "Piped Admin");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("chosen orbit lantern velvet", output);
        Assert.DoesNotContain("One-time password", output);
        await using var db = _database.NewContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal(("Piped Admin", false), (user.DisplayName, user.MustChangePassword));
    }

    [Fact]
    public async Task A_weak_password_or_an_existing_user_is_refused_with_a_clear_error()
    {
        var weak = await RunAsync("short\n", "weak@example.test");
        await RunAsync(null, "taken@example.test");
        var taken = await RunAsync(null, "taken@example.test");

        Assert.Equal(1, weak.Exit);
        Assert.Contains("The password must be at least 15 characters long.", weak.Error);
        Assert.Equal(1, taken.Exit);
        Assert.Contains("A user with the email address taken@example.test already exists.", taken.Error);
        await using var db = _database.NewContext();
        Assert.Equal(["taken@example.test"], await db.Users.Select(u => u.Email!).ToListAsync());
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("Summer2024!!")]
    [InlineData("Password123456789!")]
    [InlineData("Qwertyuiop123456")]
    [InlineData("Recruiting-2025-admin")]
    public async Task Common_and_patterned_passwords_are_refused_whatever_their_symbols(string password)
    {
        var (exit, _, error) = await RunAsync(password + "\n", "common@example.test");

        Assert.Equal(1, exit);
        Assert.True(error.Contains("too common or too easy to guess") || error.Contains("at least 15 characters"), error);
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_long_passphrase_without_digits_or_symbols_is_accepted()
    {
        var (exit, _, error) = await RunAsync("correct horse battery staple\n", "phrase@example.test");

        Assert.True(exit == 0, error);
    }
}
