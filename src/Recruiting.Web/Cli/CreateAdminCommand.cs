using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Cli;

/// <summary>
/// `create-admin EMAIL [--name NAME]`: the first administrator (or another one). Prints a generated one-time
/// password once, or, when standard input is redirected and not empty (`echo 'pw' | … create-admin a@b.c`), uses the password read from it.
/// </summary>
public static class CreateAdminCommand
{
    public sealed record Io(TextReader Input, bool InputRedirected, TextWriter Output, TextWriter Error)
    {
        public static Io Console => new(System.Console.In, System.Console.IsInputRedirected, System.Console.Out, System.Console.Error);
    }

    public static Command Build(AppRoot root, Io? io = null)
    {
        var email = new Argument<string>("email") { Description = "The administrator's email address; they sign in with it." };
        var name = new Option<string?>("--name") { Description = "The name shown in the console (default: the email address)." };
        var command = new Command("create-admin", "Creates an administrator with a one-time password (printed once), or the password given on standard input.")
        {
            email, name,
        };
        command.SetAction(async (parse, cancel) =>
        {
            using var host = await CliHost.StartAsync(root, services => services.AddAccountStore());
            return await RunAsync(host.Services, parse.GetValue(email)!, parse.GetValue(name), io ?? Io.Console);
        });
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string email, string? name, Io io)
    {
        await using var scope = services.CreateAsyncScope();
        await RoleSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        // Empty redirected input (e.g. </dev/null in a script) means "no chosen password": one is generated.
        var chosen = io.InputRedirected ? (await io.Input.ReadLineAsync())?.TrimEnd('\r', '\n') : null;
        if (string.IsNullOrEmpty(chosen)) chosen = null;

        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var outcome = await accounts.CreateAsync(new(email, name ?? "", [Roles.Administrator]), Actor.System("command line (create-admin)"), chosen);
        if (!outcome.Succeeded)
        {
            await io.Error.WriteLineAsync($"Could not create the administrator {email}:");
            foreach (var error in outcome.Errors) await io.Error.WriteLineAsync("  - " + error);
            return 1;
        }
        await io.Output.WriteLineAsync($"Created the administrator {email}.");
        if (outcome.OneTimePassword is { } password)
        {
            await io.Output.WriteLineAsync($"One-time password (shown only now): {password}");
            await io.Output.WriteLineAsync("Sign in at /admin with it; you will be asked to choose your own password.");
        }
        else
            await io.Output.WriteLineAsync("Sign in at /admin with the password you gave.");
        return 0;
    }
}
