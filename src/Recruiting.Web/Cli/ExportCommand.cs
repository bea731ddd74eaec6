using System.CommandLine;
using Recruiting.Legacy.Export;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Cli;

/// <summary>`export DIR`: every posting as Hugo Markdown under DIR/content/{lang}/careers/positions/.</summary>
public static class ExportCommand
{
    public static Command Create(AppRoot root)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write content/{lang}/careers/positions/{slug}.md into." };
        var command = new Command("export", "Export every posting as Hugo Markdown.") { folder };
        command.SetAction(async (result, ct) =>
        {
            var dir = CliPaths.Output(result.GetValue(folder)!);
            using var host = await CliHost.StartAsync(root);
            await using var scope = host.Services.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<HugoExporter>().ExportAsync(dir, ct);
            await result.InvocationConfiguration.Output.WriteLineAsync($"Exported {count} postings to {Path.Combine(dir, "content")}.");
            return 0;
        });
        return command;
    }
}
