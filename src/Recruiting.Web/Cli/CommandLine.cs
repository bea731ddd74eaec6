using System.CommandLine;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Cli;

/// <summary>`dotnet run --project src/Recruiting.Web -- COMMAND …`: the program doubles as the command line.</summary>
public static class CommandLine
{
    private static readonly string[] Names = ["import", "export", "lint", "create-admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && (Names.Contains(args[0]) || args[0] is "--help" or "-h");

    public static async Task<int> RunAsync(string[] args, AppRoot root, TextWriter? output = null, TextWriter? error = null)
    {
        var command = new RootCommand("Recruiting CMS. Without a command, runs the web site.");
        // Each command lives in its own file and adds itself here.
        command.Subcommands.Add(CreateAdminCommand.Build(root));
        command.Subcommands.Add(ImportCommand.Create(root));
        command.Subcommands.Add(ExportCommand.Create(root));
        command.Subcommands.Add(LintCommand.Create(root));
        // Without the library's handler, a failure the operator can fix (a setting, the data folder, the database) is
        // told in one line; anything else is a bug and keeps its stack trace.
        var invocation = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error, EnableDefaultExceptionHandler = false };
        return await StartupFailures.ReportAsync(() => command.Parse(args).InvokeAsync(invocation), invocation.Error, "The command cannot run: ");
    }
}
