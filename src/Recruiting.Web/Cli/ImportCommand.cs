using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Recruiting.Legacy.Import;
using Recruiting.Web.Hosting;
using Spectre.Console;

namespace Recruiting.Web.Cli;

/// <summary>
/// `import PATH... [--lang en|fr] [--dry-run] [--json] [--force] [--chunk-size N] [--verbose]`. Exit code: 0 all imported or unchanged,
/// 1 some file rejected, 2 a path does not exist, 3 conflicts (postings edited in the CMS) but nothing rejected.
/// </summary>
public static class ImportCommand
{
    public const int Rejected = 1, BadPath = 2, Conflicts = 3;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(AppRoot root)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (read recursively) of legacy Hugo Markdown postings." };
        var lang = new Option<string?>("--lang") { Description = "Force the language of every file: en or fr." };
        lang.AcceptOnlyFromAmong("en", "fr");
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would happen; write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var force = new Option<bool>("--force") { Description = "Overwrite postings edited in the CMS since their last import." };
        var chunkSize = new Option<int>("--chunk-size")
        {
            Description = $"Files prepared and written per transaction, 1 to {ImportOptions.MaxChunkSize:N0} (default {ImportOptions.DefaultChunkSize:N0}): the import's memory grows with it, not with the number of files.",
            DefaultValueFactory = _ => ImportOptions.DefaultChunkSize,
        };
        chunkSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > ImportOptions.MaxChunkSize)
                r.AddError($"--chunk-size must be a whole number from 1 to {ImportOptions.MaxChunkSize:N0} (files per transaction).");
        });
        var verbose = new Option<bool>("--verbose") { Description = "List every file read, with its outcome and messages (by default: rejected and conflicting files, and a count per kind of warning)." };
        var command = new Command("import", "Import legacy Hugo Markdown job postings.") { paths, lang, dryRun, json, force, chunkSize, verbose };
        command.SetAction((result, ct) => RunAsync(root, result.GetValue(paths)!, new ImportOptions(result.GetValue(lang), result.GetValue(dryRun), result.GetValue(force), "import (command line)", result.GetValue(chunkSize)),
            result.GetValue(json), result.GetValue(verbose), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(AppRoot root, string[] paths, ImportOptions options, bool json, bool verbose, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ImportFiles sources;
        try
        {
            sources = ImportSourceReader.List(paths.Select(p => CliPaths.Input(p, root)), root.Path);
        }
        catch (FileNotFoundException e)
        {
            await error.WriteLineAsync(e.Message);
            return BadPath;
        }
        using var host = await CliHost.StartAsync(root);
        ImportReport report;
        if (json)
        {
            using var files = new ImportReportJson(Json, output, options.DryRun);
            report = await ImportAsync(host, sources, options, files, showProgress: false, ct);
            await files.EndAsync(report);
        }
        else
        {
            var text = new ImportReportText(verbose);
            report = await ImportAsync(host, sources, options, text, ShowsProgress(output), ct);
            await text.WriteAsync(report, output);
        }
        return report.Rejected > 0 ? Rejected : report.Conflicts > 0 ? Conflicts : 0;
    }

    private static async Task<ImportReport> ImportAsync(IHost host, ImportFiles sources, ImportOptions options, IFileReportSink files, bool showProgress, CancellationToken ct)
    {
        // No file: nothing to decide, so the postings' import state (a row per posting) is not read.
        if (sources.Count == 0) return new ImportReport { DryRun = options.DryRun };
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        return showProgress
            ? await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Importing", maxValue: sources.Count);
                return await importer.ImportAsync(sources, options, ct, new Callback(n => task.Value = n), files);
            })
            : await importer.ImportAsync(sources, options, ct, sink: files);
    }

    private static bool ShowsProgress(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private sealed class Callback(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
