using System.CommandLine;
using System.Text.Json;
using Recruiting.Core.Lint;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Cli;

/// <summary>
/// `lint [--json]`: the content checks over every posting in the database. Warnings are advice, so the exit code
/// is 0 when the run worked, whatever it found; it is 1 only when the lint could not run (e.g. no database).
/// </summary>
public static class LintCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(AppRoot root)
    {
        var json = new Option<bool>("--json") { Description = "Print the warnings as JSON." };
        var command = new Command("lint", "Check every posting's content: links, headings, descriptions, removed HTML, translations, leverIds.");
        command.Options.Add(json);
        command.SetAction((parse, ct) => RunAsync(root, parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(AppRoot root, bool asJson, TextWriter output, TextWriter error, CancellationToken ct)
    {
        IReadOnlyList<LintWarning> warnings;
        try
        {
            using var host = await CliHost.StartAsync(root);
            await using var scope = host.Services.CreateAsyncScope();
            warnings = await scope.ServiceProvider.GetRequiredService<SiteLint>().RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"lint: could not read the postings: {e.GetBaseException().Message.TrimEnd('.')}. Check ConnectionStrings:Default and Database:Provider in appsettings.json.");
            return 1;
        }
        if (asJson) await output.WriteLineAsync(JsonSerializer.Serialize(new { count = warnings.Count, warnings }, Json));
        else Print(warnings, output);
        return 0;
    }

    private static void Print(IReadOnlyList<LintWarning> warnings, TextWriter output)
    {
        foreach (var w in warnings)
        {
            var where = w.Line is { } line ? $"{w.Language}/{w.Slug}:{line}" : $"{w.Language}/{w.Slug} ({w.Field})";
            output.WriteLine($"{where} [{w.RuleId}] {w.Message}");
            output.WriteLine($"    → {w.Fix}");
        }
        var postings = warnings.Select(w => w.PostingId).Distinct().Count();
        output.WriteLine(warnings.Count == 0 ? "No warnings." : $"{warnings.Count} warning(s) in {postings} posting(s).");
    }
}
