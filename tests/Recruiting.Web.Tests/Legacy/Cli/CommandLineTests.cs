using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Hugo;
using Recruiting.Testing.Legacy;
using Recruiting.Testing;
using Recruiting.Web.Cli;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Legacy.Cli;

/// <summary>The import and export commands run in-process, as `dotnet run -- …` runs them, on an application root of their own.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly TempFolder _root = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrate: false);
        File.WriteAllText(Path.Combine(_root.Path, "appsettings.json"), JsonSerializer.Serialize(new
        {
            ConnectionStrings = new { Default = _database.ConnectionString },
            Database = new { Provider = _database.Provider },
        }));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _root.Dispose();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CommandLine.RunAsync(args, new AppRoot(_root.Path), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_exits_non_zero_when_a_file_is_rejected_and_prints_a_line_for_it_and_the_summary()
    {
        var (exit, output, _) = await RunAsync("import", Samples.Archive);
        Assert.Equal(ImportCommand.Rejected, exit);
        Assert.Contains("rejected: ", output);
        Assert.Contains("broken.md", output);
        Assert.Contains("line 5", output);
        Assert.Contains("7 created", output);
        Assert.Contains("1 rejected", output);
        await using var db = _database.NewContext();
        Assert.Equal(7, await db.Postings.CountAsync());
    }

    [Fact]
    public async Task Import_exits_zero_when_all_files_import_and_json_prints_the_report()
    {
        var (exit, output, _) = await RunAsync("import", Samples.RepositoryImportFolder, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var files = Directory.GetFiles(Samples.RepositoryImportFolder).Length;
        Assert.Equal(files, json.RootElement.GetProperty("created").GetInt32());
        Assert.Equal(files, json.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal("Created", json.RootElement.GetProperty("files")[0].GetProperty("outcome").GetString());

        var (again, second, _) = await RunAsync("import", Samples.RepositoryImportFolder);
        Assert.Equal(0, again);
        Assert.Contains($"{files} unchanged", second);
        Assert.Contains("Nothing changed", second);
    }

    [Fact]
    public async Task A_clean_import_prints_a_short_summary_and_verbose_lists_every_file()
    {
        // 60 jobs in English and French sharing a leverId (one job, two languages: no ambiguity); every third has no
        // description (a warning), one has a leverId that is not a GUID (a lint warning).
        for (var i = 0; i < 60; i++)
            foreach (var lang in new[] { "en", "fr" })
                _root.Write($"legacy/content/{lang}/careers/positions/job-{i:00}.md",
                    $"---\ntitle: Job {i} {lang}\n{(i % 3 == 0 ? "" : "description: A job.\n")}translationKey: job-{i}\n"
                    + $"leverId: {(i == 7 ? "12345" : $"00000000-0000-4000-8000-{i:000000000000}")}\n---\n\nThe role.\n");

        var legacy = Path.Combine(_root.Path, "legacy");
        var (exit, output, _) = await RunAsync("import", legacy, "--dry-run");

        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.True(lines.Length <= 5, "a short summary:\n" + output);
        Assert.DoesNotContain("lever-id-shared", output);
        Assert.Contains(lines, l => l.StartsWith("warning description-derived: 40 files, e.g. ") && l.Contains("job-00.md"));
        Assert.Contains(lines, l => l.StartsWith("warning lint.leverid-format: 2 files, e.g. "));
        Assert.Contains("--verbose", output);
        Assert.StartsWith("Dry run (nothing written): 120 files read: 120 created", lines[^1]);

        var (again, verbose, _) = await RunAsync("import", legacy, "--verbose");
        Assert.Equal(0, again);
        for (var i = 0; i < 60; i++)
            Assert.Contains($"created: legacy/content/fr/careers/positions/job-{i:00}.md [fr, by path] → fr/job-{i:00}", verbose);
        Assert.Contains("  warning: [leverId] The leverId '12345' is not a GUID", verbose);
    }

    [Fact]
    public async Task Dry_run_writes_nothing_and_a_missing_path_is_a_clear_error()
    {
        var (exit, output, _) = await RunAsync("import", Samples.RepositoryImportFolder, "--dry-run");
        Assert.Equal(0, exit);
        Assert.StartsWith("Dry run", output.Trim().Split('\n')[^1]);
        await using (var db = _database.NewContext())
            Assert.Equal(0, await db.Postings.CountAsync());

        var (missing, _, error) = await RunAsync("import", Path.Combine(_root.Path, "nowhere"));
        Assert.Equal(ImportCommand.BadPath, missing);
        Assert.Contains("There is no file or folder", error);
    }

    [Fact]
    public async Task Export_writes_hugo_files_that_read_back_to_the_imported_values()
    {
        await RunAsync("import", Samples.Parser("flow-lists.md"), "--lang", "fr");
        var target = Path.Combine(_root.Path, "out");
        var (exit, output, _) = await RunAsync("export", target);

        Assert.Equal(0, exit);
        Assert.Contains("Exported 1 postings", output);
        var file = Path.Combine(target, "content", "fr", "careers", "positions", "flow-lists.md"); // its url is a list, which Hugo ignored: the slug comes from the file name
        var exported = LegacyPosting.From(HugoParser.Parse(File.ReadAllText(file)).Document!);
        var original = LegacyPosting.From(HugoParser.Parse(Samples.ParserText("flow-lists.md")).Document!);
        Assert.Equal(original.Body, exported.Body);
        Assert.Equal(original.Fields.Aliases, exported.Fields.Aliases);
        Assert.Equal(original.Fields with { Aliases = [], Urls = [] }, exported.Fields with { Aliases = [], Urls = [] });
    }
}
